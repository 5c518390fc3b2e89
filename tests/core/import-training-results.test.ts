import { describe, expect, it } from 'vitest';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { registerState } from './db-bytes';
import { makeCore, must } from './harness';
import {
  BATCH_ID,
  BEFORE_IMPORT_COPY,
  base64,
  jobData,
  jobError,
  mappedColumns,
  takeWorkbook,
  type Cell,
  workbookOf,
} from './import-workbooks';
import { enrolInput, trainingCounty } from './training-fixtures';

// Issue 15: a provider's 考核结果 sheet on the shared roster pipeline (imports.results.*). Each row is matched to the
// class's enrolment by 公民身份号码 and goes through training.results.save's own rules (hours ≤ the class's hours,
// a certificate number unique per type) in the dry run, which writes nothing; the commit writes the rows in one
// transaction, and a commit the rules now refuse leaves the database byte-identical.

const HEADER = ['培训班编号', '姓名', '身份证号码', '出勤学时', '考核结果', '证书类型', '证书编号', '发证日期'];

async function scene() {
  const core = makeCore();
  const c = await trainingCounty(core);
  const classId = await c.filedClass(); // PX2026-001, 100 学时
  const ids = {
    a: await c.registered('19800315'),
    b: await c.registered('19810315'),
    e: await c.registered('19820315'),
  };
  await must(core, 'training.enrol', enrolInput(classId, ids.a));
  const opened = await must(core, 'training.enrol', enrolInput(classId, ids.b));
  await must(core, 'training.classes.act', { id: classId, action: 'open', date: '2026-11-16' });
  const person = (id: string) =>
    core.ctx.db.prepare('SELECT name, id_number FROM persons WHERE id = ?').get(id) as {
      name: string;
      id_number: string;
    };
  const tb = opened.trainees.find((t) => t.personId === ids.b)!;
  return { core, classId, tb, p: { a: person(ids.a), b: person(ids.b), e: person(ids.e) } };
}
type Scene = Awaited<ReturnType<typeof scene>>;
type P = { name: string; id_number: string };

const line = (p: P, hours: number, result: string, cert: string, no: string | null, date: string | null): Cell[] => [
  'PX2026-001',
  p.name,
  p.id_number,
  hours,
  result,
  cert,
  no,
  date,
];

const check = async (s: Scene, rows: Cell[][], header: Cell[] = HEADER) =>
  jobData<RosterImportCheck>(s.core, 'imports.results.check', {
    fileName: '考核结果.xlsx',
    contentBase64: base64(
      await workbookOf([{ name: '考核结果', rows: [['家政服务员班 考核结果表'], header, ...rows] }]),
    ),
  });

const results = (s: Scene) =>
  s.core.ctx.db
    .prepare(
      `SELECT p.name, te.attended_hours AS hours, te.result, te.cert_type AS type, te.cert_no AS no, te.cert_date AS date
       FROM training_enrolments te JOIN persons p ON p.id = te.person_id ORDER BY p.birth_date`,
    )
    .all();

describe('issue 15: the 考核结果 sheet import', () => {
  it('offers a blank sheet whose header the check reads back', async () => {
    const s = await scene();
    const t = await jobData<{ fileId: string }>(s.core, 'imports.results.template', {});
    const { fileName, wb } = await takeWorkbook(s.core, t.fileId);
    expect(fileName).toBe('培训考核结果导入模板.xlsx');
    const ws = wb.getWorksheet('考核结果')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '班级编号',
      '姓名',
      '公民身份号码',
      '出勤学时',
      '考核结果',
      '证书类型',
      '证书编号',
      '发证日期',
    ]);
    // A sheet made from the old template (实际学时) is still read.
    const old = await check(s, [line(s.p.a, 96, '合格', '五级', 'Z1', '2026-11-26')], HEADER.with(3, '实际学时'));
    expect([old.acceptedCount, mappedColumns(old)?.[3]]).toEqual([1, 'D:attendedHours']);
  });

  it('saves the rows of a clean sheet through the results rules (codes read from their labels)', async () => {
    const s = await scene();
    const r = await check(s, [
      line(s.p.a, 96, '合格', '五级', 'Z1', '2026-11-26'),
      line(s.p.b, 60, '不合格', '未取得', null, null),
    ]);
    expect([r.kind, r.headerRow, r.total, r.acceptedCount, r.errorRows]).toEqual(['results', 2, 2, 2, 0]);
    expect(mappedColumns(r)).toEqual([
      'A:classCode',
      'B:name',
      'C:idNumber',
      'D:attendedHours',
      'E:result',
      'F:certType',
      'G:certNo',
      'H:certDate',
    ]);
    expect(results(s)).toEqual([
      { name: s.p.a.name, hours: null, result: null, type: null, no: null, date: null },
      { name: s.p.b.name, hours: null, result: null, type: null, no: null, date: null },
    ]);
    const done = await jobData<RosterImportResult>(s.core, 'imports.results.commit', { token: r.token });
    expect(done).toEqual({
      created: 2,
      skipped: 0,
      persons: 0,
      employers: 0,
      posts: 0,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    expect(results(s)).toEqual([
      { name: s.p.a.name, hours: 96, result: '1', type: '01', no: 'Z1', date: '2026-11-26' },
      { name: s.p.b.name, hours: 60, result: '2', type: '00', no: null, date: null },
    ]);
  });

  it('names the row and column of every refusal, and a refused commit leaves the file byte-identical', async () => {
    const s = await scene();
    const r = await check(s, [
      line(s.p.a, 120, '合格', '五级', 'Z1', '2026-11-26'), // 3: hours over the class's 100
      line(s.p.b, 90, '合格', '五级', 'Z1', '2026-11-26'), // 4: valid on its own
      line(s.p.e, 90, '合格', '五级', 'Z3', '2026-11-26'), // 5: not enrolled in the class
      line(s.p.a, 90, '优秀', '五级', 'Z4', '2026-12-26'), // 6: not a result; the same person again
    ]);
    expect([r.total, r.acceptedCount, r.errorRows]).toEqual([4, 1, 3]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [3, 'C', '公民身份号码', expect.stringContaining('第 6 行')],
      [5, 'C', '公民身份号码', '该人员不是培训班“PX2026-001”的学员，请核对班级编号和公民身份号码'],
      [
        6,
        'C',
        '公民身份号码',
        '公民身份号码与第 3 行重复，不同的列：D列出勤学时、E列考核结果、G列证书编号、H列发证日期，请核对后只保留一行',
      ],
      [6, 'E', '考核结果', '考核结果“优秀”不在代码表中，可填写：合格、不合格、缺考、中途退学'],
    ]);
    const before = registerState(s.core);
    const e = await jobError(s.core, 'imports.results.commit', { token: r.token });
    expect(e.message).toContain('文件中有 3 行有错误');
    expect(registerState(s.core)).toEqual(before);
    expect(results(s)).toEqual([
      { name: s.p.a.name, hours: null, result: null, type: null, no: null, date: null },
      { name: s.p.b.name, hours: null, result: null, type: null, no: null, date: null },
    ]);
  });

  it('rehearses the grid rules on their cells: hours over the class hours, a certificate number taken', async () => {
    const s = await scene();
    const r = await check(s, [
      line(s.p.a, 120, '合格', '五级', 'Z1', '2026-11-26'),
      line(s.p.b, 90, '合格', '初级工', 'Z1', '2026-11-26'),
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [3, 'D', '出勤学时', `${s.p.a.name}：出勤学时 120 超过课程学时 100`],
    ]);
    const taken = await check(s, [
      line(s.p.a, 96, '合格', '五级', 'Z1', '2026-11-26'),
      line(s.p.b, 90, '合格', '初级工', 'Z1', '2026-11-26'),
    ]);
    expect(taken.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [4, 'G', '证书编号', `${s.p.b.name}：职业技能等级证书(五级/初级工)编号 Z1 已登记给${s.p.a.name}`],
    ]);
    expect(results(s).map((x) => (x as { no: string | null }).no)).toEqual([null, null]);
  });

  it('a commit the rules now refuse (number given meanwhile in the grid) names the row and writes nothing', async () => {
    const s = await scene();
    const r = await check(s, [line(s.p.a, 96, '合格', '五级', 'Z1', '2026-11-26')]);
    expect(r.errorRows).toBe(0);
    await must(s.core, 'training.results.save', {
      classId: s.classId,
      rows: [
        { enrolmentId: s.tb.id, attendedHours: 90, result: '1', certType: '01', certNo: 'Z1', certDate: '2026-11-26' },
      ],
    });
    const before = registerState(s.core);
    const e = await jobError(s.core, 'imports.results.commit', { token: r.token });
    expect(e.message).toBe(
      `第 3 行：${s.p.a.name}：职业技能等级证书(五级/初级工)编号 Z1 已登记给${s.p.b.name}。未导入任何数据，请重新检查文件。`,
    );
    expect(registerState(s.core)).toEqual(before);
  });
});
