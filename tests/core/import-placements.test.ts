import { describe, expect, it } from 'vitest';
import type { WrittenFile } from '../../shared/contract/files';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { snapshot } from './harness';
import { failInsertAfter } from './forced-failure';
import { expectCancelledUntouched, registerState } from './db-bytes';
import {
  BATCH_ID,
  BEFORE_IMPORT_COPY,
  base64,
  jobData,
  jobError,
  jobErrorUnchanged,
  takeWorkbook,
  type Cell,
} from './import-workbooks';
import { HEADER, UNKNOWN, check, placementRow, scene, type Scene, type Who } from './import-placements-scene';

// Issue 14: a 公益性岗位安置 roster — existing employer and post found by 统一社会信用代码 / 岗位编号 and by name,
// a new village committee and its post created (listed first in the dry run), and rows the placement rules refuse
// (capacity, eligibility, overlap) with the rule's own message; a person not registered is refused. Nothing written
// until the commit; a commit the rules now refuse leaves the database byte-identical; the error file round trip.

function roster(s: Scene): Cell[][] {
  const { u1, u2, u3, u4, r1 } = s.ids;
  const village = { employer: '阿亚格曼干村村民委员会', uscc: null, nature: '村(居)委会', code: null };
  return [
    ['2026年11月公益性岗位安置人员花名册'], // 1
    HEADER, // 2
    placementRow(1, u1), // 3
    placementRow(2, u2, { uscc: null, code: null, start: '2026.11.01', end: '2027.10.31', basis: '低保' }), // 4
    placementRow(3, u3), // 5 post full
    placementRow(4, r1, {
      ...village,
      title: '村庄保洁员',
      type: '村庄保洁',
      place: '乌帕尔镇/阿亚格曼干村',
      basis: '脱贫人口',
    }), // 6 new employer + post
    placementRow(5, { name: '无名氏', idNumber: UNKNOWN }), // 7 not registered
    placementRow(6, u4, { basis: '大龄失业人员' }), // 8 not eligible
    placementRow(7, u1, { code: null, title: '门卫', type: 'U06', place: '乌帕尔镇', start: '2026-11-15' }), // 9 overlap (its new post not kept)
    ['合计', null, null, null, null, null, null, null, null, null, null, null, '7人'], // 10
  ];
}

const placementsOf = (s: Scene) =>
  s.core.ctx.db
    .prepare(
      `SELECT p.name, po.post_code, po.title, pl.start_date, pl.contract_end, pl.basis_list, pl.basis_code, pl.basis_source
         FROM placements pl JOIN persons p ON p.id = pl.person_id JOIN posts po ON po.id = pl.post_id
        ORDER BY po.post_code, p.id_number`,
    )
    .all();

describe('issue 14: the 公益性岗位安置 roster import', () => {
  it('dry run: finds employers and posts, previews what will be created, refuses the rows the placement rules refuse', async () => {
    const s = await scene();
    const before = snapshot(s.core);
    const r = await check(s, roster(s));
    expect(snapshot(s.core)).toBe(before);
    expect([r.kind, r.total, r.acceptedCount, r.errorRows]).toEqual(['placements', 7, 3, 4]);
    expect(r.skippedRows).toEqual([{ row: 10, reason: '合计行' }]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [5, 'K', '上岗日期', '岗位“保洁员”核定 2 人，2026-11-01 起已有 2 人在岗'],
      [
        7,
        'C',
        '公民身份号码',
        '该公民身份号码尚未登记为人员：请先导入人员名册或在“人员信息”中新增该人员，再导入安置名册',
      ],
      [8, 'M', '安置类别', expect.stringContaining('大龄失业人员')],
      [9, 'K', '上岗日期', expect.stringContaining('与本次安置时间重叠；一人只能在一个公益性岗位')],
    ]);
    expect(r.newEmployers).toEqual([{ row: 6, name: '阿亚格曼干村村民委员会', detail: '' }]);
    expect(r.newPosts).toEqual([
      { row: 6, name: '阿亚格曼干村村民委员会/村庄保洁员', detail: 'GY2026001，村庄保洁，核定 1 人' },
    ]);
    expect(r.newPersons).toEqual([]);
  });

  it('commit: the valid rows through the placement rules, the new employer and post created; audited once', async () => {
    const s = await scene();
    const r = await check(s, roster(s));
    const done = await jobData<RosterImportResult>(s.core, 'imports.placements.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({
      created: 3,
      skipped: 4,
      persons: 0,
      employers: 1,
      posts: 1,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    const { u1, u2, r1 } = s.ids;
    const placed = (who: Who, post_code: string, title: string, basis_list: string, basis_code: string) => {
      const dates = { start_date: '2026-11-01', contract_end: '2027-10-31' };
      return { name: who.name, post_code, title, ...dates, basis_list, basis_code, basis_source: 'recorded' };
    };
    expect(placementsOf(s)).toEqual([
      placed(u1, 'GY-001', '保洁员', 'E06', 'K03'),
      placed(u2, 'GY-001', '保洁员', 'E06', 'K03'),
      placed(r1, 'GY2026001', '村庄保洁员', 'E24', '1'),
    ]);
    const post = s.core.ctx.db
      .prepare(
        `SELECT e.name AS employer, e.nature, po.post_type, po.area_type, po.work_region_id, po.approved_count, po.created_date
           FROM posts po JOIN employers e ON e.id = po.employer_id WHERE po.post_code = 'GY2026001'`,
      )
      .get();
    expect(post).toEqual({
      employer: '阿亚格曼干村村民委员会',
      nature: '6',
      post_type: 'V01',
      area_type: 'rural',
      work_region_id: s.village1,
      approved_count: 1,
      created_date: '2026-11-01',
    });
    const flags = s.core.ctx.db.prepare('SELECT on_post, employment_status FROM persons WHERE id = ?').get(u1.id);
    expect(flags).toEqual({ on_post: 1, employment_status: '24' });
    const audit = s.core.ctx.db
      .prepare("SELECT entity, summary FROM audit_log WHERE summary LIKE '导入公益性岗位安置名册%'")
      .all();
    expect(audit).toEqual([
      {
        entity: 'placement',
        summary:
          '导入公益性岗位安置名册：安置 3 条，新增用人单位 1 个，新增岗位 1 个，跳过 4 行（文件“安置花名册.xlsx”）',
      },
    ]);
  });

  it('a commit the rules now refuse (post filled meanwhile) names the row and leaves the database byte-identical', async () => {
    const s = await scene();
    const rows = roster(s).filter((_, i) => i !== 3); // without row 5 (the third person on the post)
    const r = await check(s, rows);
    // Meanwhile the post is cut to one place.
    s.core.ctx.db.prepare("UPDATE posts SET approved_count = 1 WHERE post_code = 'GY-001'").run();
    const e = await jobErrorUnchanged(s.core, 'imports.placements.commit', { token: r.token, skipInvalidRows: true });
    expect(e.message).toBe(
      '第 4 行：岗位“保洁员”核定 1 人，2026-11-01 起已有 1 人在岗。未导入任何数据，请重新检查文件。',
    );
  });

  it('a cancelled commit, and one failing part-way (new employer, post and two placements written), leave the file byte-identical', async () => {
    const s = await scene();
    const r = await check(s, roster(s));
    const before = await expectCancelledUntouched(s.core, 'imports.placements.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    // The third placement (row 6) is refused by the database after its new employer and post were written.
    const failure = failInsertAfter(s.core, 'placements', 2, ['employers', 'posts', 'placements']);
    const start = failure.start;
    const e = await jobError(s.core, 'imports.placements.commit', { token: r.token, skipInvalidRows: true });
    expect(e.code).toBe('INTERNAL');
    expect(failure.atFailure()).toEqual([start[0] + 1, start[1] + 1, start[2] + 2]);
    failure.remove();
    expect(registerState(s.core)).toEqual(before);
  });

  it('a new post without 岗位类别 and a new employer without 单位性质 are refused naming the column', async () => {
    const s = await scene();
    const rows = roster(s).slice(0, 2);
    const { r1 } = s.ids;
    const river = { uscc: null, code: null, title: '护河员', basis: '脱贫人口' };
    rows.push(placementRow(1, r1, { ...river, employer: '新单位' }), placementRow(2, r1, river));
    const r = await check(s, rows);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [3, 'F', '单位性质', '用人单位“新单位”尚未登记，新建单位需要填写单位性质'],
      [4, 'I', '岗位类别', '岗位“护河员”尚未登记，新建岗位需要填写岗位类别'],
    ]);
    expect(r.acceptedCount).toBe(0);
    const e = await jobError(s.core, 'imports.placements.commit', { token: r.token, skipInvalidRows: true });
    expect(e.message).toBe('文件中没有可以导入的安置：所有行都有错误。');
  });

  it('error file round trip and the template', async () => {
    const s = await scene();
    const r = await check(s, roster(s));
    const written = await jobData<WrittenFile>(s.core, 'imports.placements.errorWorkbook', { token: r.token });
    const { wb } = await takeWorkbook(s.core, written.fileId);
    const ws = wb.getWorksheet('安置')!;
    expect(ws.getCell('N2').value).toBe('错误说明');
    expect([3, 4, 5, 6].map((row) => ws.getCell(`C${row}`).value)).toEqual([
      s.ids.u3.idNumber,
      UNKNOWN,
      s.ids.u4.idNumber,
      s.ids.u1.idNumber,
    ]);
    // The valid rows go in; the clerk sends u3 and u4 to a new 门卫 post of the same employer and drops the rest.
    await jobData(s.core, 'imports.placements.commit', { token: r.token, skipInvalidRows: true });
    ws.spliceRows(4, 1);
    ws.spliceRows(5, 1);
    for (const row of [3, 4]) {
      ws.getCell(`G${row}`).value = null;
      ws.getCell(`H${row}`).value = '门卫';
      ws.getCell(`I${row}`).value = '机关事业单位后勤辅助(门卫、收发、保洁)';
      ws.getCell(`J${row}`).value = '乌帕尔镇';
      ws.getCell(`M${row}`).value = '低保对象';
    }
    const again = await jobData<RosterImportCheck>(s.core, 'imports.placements.check', {
      fileName: '安置花名册_错误清单.xlsx',
      contentBase64: base64(Buffer.from(await wb.xlsx.writeBuffer())),
    });
    expect([again.total, again.acceptedCount, again.errorRows]).toEqual([2, 2, 0]);
    expect(again.newPosts).toEqual([
      { row: 3, name: '乌帕尔镇人民政府/门卫', detail: 'GY2026002，机关事业单位后勤辅助(门卫、收发、保洁)，核定 2 人' },
    ]);
    const done = await jobData<RosterImportResult>(s.core, 'imports.placements.commit', { token: again.token });
    expect(done).toEqual({
      created: 2,
      skipped: 0,
      persons: 0,
      employers: 0,
      posts: 1,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    expect(placementsOf(s).filter((p) => (p as { title: string }).title === '门卫')).toHaveLength(2);

    const template = await jobData<WrittenFile>(s.core, 'imports.placements.template', {});
    const t = await takeWorkbook(s.core, template.fileId);
    expect(t.fileName).toBe('公益性岗位安置导入模板.xlsx');
    expect((t.wb.worksheets[0].getRow(1).values as unknown[]).slice(1, 9)).toEqual([
      '姓名',
      '公民身份号码',
      '用人单位',
      '统一社会信用代码',
      '单位性质',
      '岗位编号',
      '岗位名称',
      '岗位类别',
    ]);
  });
});
