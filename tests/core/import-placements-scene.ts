// The 公益性岗位安置 roster of the import tests (issue 14; tests/core/import-placements*.test.ts): the county of
// posts-fixtures with five registered persons, the roster's header as a county writes it, one row builder and the
// check run.
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { makeCore } from './harness';
import { makeId } from './persons-fixtures';
import { dibaoPerson, postCounty, ruralPerson, USCC_1, type PostCounty } from './posts-fixtures';
import { base64, jobData, workbookOf, type Cell } from './import-workbooks';

export const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '用人单位名称',
  '统一社会信用代码',
  '单位性质',
  '岗位编号',
  '岗位名称',
  '岗位类别',
  '工作地点',
  '上岗时间',
  '合同终止日期',
  '人员类别',
];

export interface Scene extends PostCounty {
  ids: Record<string, { id: string; idNumber: string; name: string }>;
}

export async function scene(): Promise<Scene> {
  const c = await postCounty(makeCore());
  const ids: Scene['ids'] = {};
  const person = (id: string) =>
    c.core.ctx.db.prepare('SELECT id, id_number AS idNumber, name FROM persons WHERE id = ?').get(id) as {
      id: string;
      idNumber: string;
      name: string;
    };
  // 低保 on record, not recognised in the app: the roster onboards placements made on paper (BR-16's recorded path).
  ids.u1 = person(await dibaoPerson(c, '19800315', '1'));
  ids.u2 = person(await dibaoPerson(c, '19810416', '2'));
  ids.u3 = person(await dibaoPerson(c, '19820517', '1'));
  ids.u4 = person(await dibaoPerson(c, '19830618', '2'));
  ids.r1 = person(await ruralPerson(c, '19850610', '2'));
  return { ...c, ids };
}

export const UNKNOWN = makeId('653121', '19790101', '051');

export type Who = { name: string; idNumber: string };
type RowField = 'employer' | 'uscc' | 'nature' | 'code' | 'title' | 'type' | 'place' | 'start' | 'end' | 'basis';

// One roster row: the county's 乌帕尔镇 cleaner post GY-001 from 2026-11-01 for a 低保 person unless `o` says otherwise.
export function placementRow(no: number, who: Who, o: Partial<Record<RowField, Cell>> = {}): Cell[] {
  const { employer = '乌帕尔镇人民政府', uscc = USCC_1, nature = null, code = 'GY-001', title = '保洁员' } = o;
  const { type = null, place = null, start = '2026-11-01', end = '2027-10-31', basis = '低保对象' } = o;
  return [no, who.name, who.idNumber, employer, uscc, nature, code, title, type, place, start, end, basis];
}

export const fileOf = async (rows: Cell[][]) => base64(await workbookOf([{ name: '安置', rows }]));

export const check = async (s: Scene, rows: Cell[][]) =>
  jobData<RosterImportCheck>(s.core, 'imports.placements.check', {
    fileName: '安置花名册.xlsx',
    contentBase64: await fileOf(rows),
  });
