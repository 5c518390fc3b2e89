import { describe, expect, it } from 'vitest';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { expectCancelledUntouched } from './db-bytes';
import { makeCore, must, snapshot } from './harness';
import {
  BATCH_ID,
  BEFORE_IMPORT_COPY,
  base64,
  jobData,
  jobError,
  mappedColumns,
  type Cell,
  workbookOf,
} from './import-workbooks';
import { makeId } from './persons-fixtures';
import { enrolInput, trainingCounty } from './training-fixtures';

// Issue 15: a provider's 培训学员 roster on the shared roster pipeline (imports.trainees.*). The dry run refuses
// exactly the rows the enrolment rules refuse (a person not in the register, an unknown class, a category the
// register contradicts as of the class start — BR-33) and writes nothing; the commit writes the valid rows through
// training.enrol; a commit the rules now refuse leaves the database byte-identical.

const UNKNOWN = makeId('653121', '19910101', '051');
const HEADER = ['序号', '姓名', '身份证号码', '培训班编号', '学员类别', '类别说明', '报名时间'];

async function scene() {
  const core = makeCore();
  const c = await trainingCounty(core);
  const classId = await c.newClass(); // PX2026-001, 2026-11-16 … 2026-11-25, capacity 30
  const person = (id: string) =>
    core.ctx.db.prepare('SELECT name, id_number FROM persons WHERE id = ?').get(id) as {
      name: string;
      id_number: string;
    };
  const a = await c.registered('19800315');
  const b = await c.registered('19810315');
  const d = await c.registered('19820315');
  return { core, c, classId, a, p: { a: person(a), b: person(b), d: person(d) } };
}

function roster(p: Awaited<ReturnType<typeof scene>>['p']): Cell[][] {
  return [
    ['疏附县鑫达职业培训学校 家政服务员班 学员花名册'], // 1
    HEADER, // 2
    [1, p.a.name, p.a.id_number, 'PX2026-001', '城镇登记失业人员', null, '2026-11-12'], // 3
    [2, p.b.name, p.b.id_number, 'PX2026-001', '就业困难人员', null, '2026-11-12'], // 4: not recognised
    [3, '吐尔逊', UNKNOWN, 'PX2026-001', '农村转移就业劳动者', '返乡务工', '2026-11-12'], // 5: not registered
    [4, p.d.name, p.d.id_number, 'PX2026-009', '城镇登记失业人员', null, '2026-11-12'], // 6: no such class
    [5, p.d.name, p.d.id_number, 'PX2026-001', '城镇登记失业人员', null, '2026.11.13'], // 7
  ];
}

const check = async (core: ReturnType<typeof makeCore>, rows: Cell[][]) =>
  jobData<RosterImportCheck>(core, 'imports.trainees.check', {
    fileName: '学员花名册.xlsx',
    contentBase64: base64(await workbookOf([{ name: '学员', rows }])),
  });

const enrolments = (core: ReturnType<typeof makeCore>) =>
  core.ctx.db
    .prepare(
      `SELECT p.name, te.category, te.enrol_date FROM training_enrolments te JOIN persons p ON p.id = te.person_id
       ORDER BY te.enrol_date, p.name`,
    )
    .all();

describe('issue 15: the 培训学员 roster import', () => {
  it('dry run refuses exactly the rows the enrolment rules refuse and writes nothing; the commit writes the rest', async () => {
    const s = await scene();
    const before = snapshot(s.core);
    const r = await check(s.core, roster(s.p));
    expect(snapshot(s.core)).toBe(before);
    expect([r.kind, r.headerRow, r.total, r.acceptedCount, r.errorRows]).toEqual(['trainees', 2, 5, 2, 3]);
    expect(mappedColumns(r)).toEqual([
      'B:name',
      'C:idNumber',
      'D:classCode',
      'E:category',
      'F:categoryNote',
      'G:enrolDate',
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [4, 'E', '人员类别', expect.stringContaining('人员类别“就业困难人员”与台账不符')],
      [5, 'C', '公民身份号码', '该人员尚未在人员信息中登记，请先导入人员名册'],
      [6, 'D', '班级编号', '找不到班级编号为“PX2026-009”的培训班'],
    ]);

    const done = await jobData<RosterImportResult>(s.core, 'imports.trainees.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({
      created: 2,
      skipped: 3,
      persons: 0,
      employers: 0,
      posts: 0,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    expect(enrolments(s.core)).toEqual([
      { name: s.p.a.name, category: '01', enrol_date: '2026-11-12' },
      { name: s.p.d.name, category: '01', enrol_date: '2026-11-13' },
    ]);
  });

  it('a cancelled commit leaves the file byte-identical, and the same check still commits afterwards', async () => {
    const s = await scene();
    const r = await check(s.core, roster(s.p));
    await expectCancelledUntouched(s.core, 'imports.trainees.commit', { token: r.token, skipInvalidRows: true });
    expect(enrolments(s.core)).toEqual([]);
    const done = await jobData<RosterImportResult>(s.core, 'imports.trainees.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done.created).toBe(2);
  });

  it('a commit the rules now refuse (enrolled meanwhile) names the row and leaves the database byte-identical', async () => {
    const s = await scene();
    const r = await check(s.core, roster(s.p));
    await must(s.core, 'training.enrol', enrolInput(s.classId, s.a));
    const before = snapshot(s.core);
    const e = await jobError(s.core, 'imports.trainees.commit', { token: r.token, skipInvalidRows: true });
    expect(e.message).toBe(`第 3 行：${s.p.a.name}已在本班报名。未导入任何数据，请重新检查文件。`);
    expect(snapshot(s.core)).toBe(before);
  });
});
