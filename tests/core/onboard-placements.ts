// Placements made on paper before the app, onboarded through the 公益性岗位安置 roster import (imports/placement-roster.ts):
// BR-16 lets their recorded category stand (basis_source 'recorded', marked 登记), which a placement entered in the app
// can no longer rest on for an urban post (it needs a recognition, or K04 by the household).
import type { Core } from '../../electron/core/core';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { base64, jobData, workbookOf } from './import-workbooks';

export interface PaperPlacement {
  personId: string;
  postId: string;
  /** The roster's 人员类别 text, e.g. 低保对象. */
  basis: string;
  basisDate: string;
  startDate: string;
  contractEnd: string;
}

const HEADER = [
  '姓名',
  '身份证号',
  '用人单位名称',
  '岗位编号',
  '岗位名称',
  '上岗时间',
  '合同终止日期',
  '人员类别',
  '安置依据日期',
];

/** Imports one roster row for the placement (check, then commit); returns the placement's id. */
export async function onboardPlacement(core: Core, p: PaperPlacement): Promise<string> {
  const db = core.ctx.db;
  const person = db.prepare('SELECT name, id_number FROM persons WHERE id = ?').get(p.personId) as {
    name: string;
    id_number: string;
  };
  const post = db
    .prepare(
      'SELECT po.post_code, po.title, e.name AS employer FROM posts po JOIN employers e ON e.id = po.employer_id WHERE po.id = ?',
    )
    .get(p.postId) as { post_code: string; title: string; employer: string };
  const row = [person.name, person.id_number, post.employer, post.post_code, post.title, p.startDate, p.contractEnd];
  const file = await workbookOf([{ name: '安置', rows: [HEADER, [...row, p.basis, p.basisDate]] }]);
  const check = await jobData<RosterImportCheck>(core, 'imports.placements.check', {
    fileName: '安置花名册.xlsx',
    contentBase64: base64(file),
  });
  if (check.errorRows) throw new Error(`onboardPlacement: ${JSON.stringify(check.errors)}`);
  await jobData<RosterImportResult>(core, 'imports.placements.commit', { token: check.token, skipInvalidRows: false });
  return db
    .prepare('SELECT id FROM placements WHERE person_id = ? AND post_id = ? AND start_date = ?')
    .pluck()
    .get(p.personId, p.postId, p.startDate) as string;
}
