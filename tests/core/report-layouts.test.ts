import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { RPT05_READ_BACK } from '../../electron/core/modules/attendance/reports/rpt05';
import { LAYOUT_STALE, SIGNATURE_READ_BACK } from '../../electron/core/modules/report-layouts/service';
import { EXPORTABLE_REPORTS } from '../../shared/contract/reports';
import type { ReportLayout, ReportLayoutView } from '../../shared/contract/report-layouts';
import { callUnchanged, makeCore, must, setUpOffice, signedInAs } from './harness';
import { refusedAs, refusedRule } from './refusals';

// 设置 → 报表格式 (DOMAIN §10 L4 [D]) through dispatch on real SQLite: the list, a report's defaults, save (stored as
// none when equal to the defaults), each refusal with the database unchanged, reset, the audit rows, permissions.

/** The whole layout as the screen sends it: every default node in pre-order, with `change` applied by id. */
function fullLayout(
  view: ReportLayoutView,
  change: Record<string, { header?: string; omit?: boolean }> = {},
  more: Partial<ReportLayout> = {},
): ReportLayout {
  return {
    title: null,
    signatures: null,
    columns: view.defaults.columns.map((n) => ({ id: n.id, header: n.header, omit: false, ...change[n.id] })),
    ...more,
  };
}

async function rpt04(core: Core) {
  await setUpOffice(core);
  return must(core, 'reportLayouts.get', { report: 'RPT-04' });
}

const save = (core: Core, view: ReportLayoutView, layout: ReportLayout) =>
  must(core, 'reportLayouts.save', { report: view.report, layout, expectedUpdatedAt: view.updatedAt });

const auditOf = (core: Core) =>
  core.ctx.db
    .prepare("SELECT summary FROM audit_log WHERE entity = 'reportLayout' ORDER BY rowid")
    .pluck()
    .all() as string[];

describe('reportLayouts.list / get', () => {
  it('lists every exportable report, none customised; RPT-04 defaults with its fixed figure columns', async () => {
    const core = makeCore();
    const list = await must(core, 'reportLayouts.list', {});
    expect(list.items.map((i) => i.report)).toEqual([...EXPORTABLE_REPORTS]);
    expect(list.items.every((i) => !i.customised && i.updatedAt === null)).toBe(true);
    const view = await rpt04(core);
    expect(view).toMatchObject({ report: 'RPT-04', name: '公益性岗位安置人员花名册', customised: false, layout: null });
    expect(view.defaults.title).toBe('{县市名}{年}年{月}月{报表名}');
    expect(view.defaults.columns.filter((n) => n.fixed).map((n) => n.id)).toEqual(['seq', 'township', 'name']);
  });

  it('every report has a tree; RPT-05 fixes what the attendance import reads; RPT-06 merges its sheets', async () => {
    const core = makeCore();
    await setUpOffice(core);
    for (const report of EXPORTABLE_REPORTS) {
      const v = await must(core, 'reportLayouts.get', { report });
      expect(v.defaults.columns.length, report).toBeGreaterThan(0);
      expect(new Set(v.defaults.columns.map((n) => n.id)).size, report).toBe(v.defaults.columns.length);
    }
    const rpt05 = await must(core, 'reportLayouts.get', { report: 'RPT-05' });
    const reasons = Object.fromEntries(rpt05.defaults.columns.map((n) => [n.header, n.fixedReason]));
    expect(reasons).toMatchObject({ 姓名: RPT05_READ_BACK, 每日考勤: RPT05_READ_BACK, 养老: RPT05_READ_BACK });
    expect([reasons['请假天数'], reasons['本人签字']]).toEqual([null, null]);
    expect(rpt05.defaults.columns.some((n) => n.header === '考勤编号')).toBe(false); // hidden: never listed
    const rpt06 = await must(core, 'reportLayouts.get', { report: 'RPT-06' });
    const ids = rpt06.defaults.columns.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['total', 'si', 'amount', 'reason', 'group:单位缴纳社会保险']));
    const rpt07 = await must(core, 'reportLayouts.get', { report: 'RPT-07' });
    expect(rpt07.defaults.columns.filter((n) => n.kind === 'group').map((n) => n.id)).toEqual([
      'group:其中',
      'group:其中#2',
      'group:期末在岗构成',
    ]);
  });
});

describe('reportLayouts.save', () => {
  it('saves a layout with an audit row naming the report and what changed; equal to the defaults = none', async () => {
    const core = makeCore();
    const view = await rpt04(core);
    const ids = view.defaults.columns.map((n) => n.id);
    const moved = [...ids.filter((id) => id !== 'post')];
    moved.splice(moved.indexOf('employer'), 0, 'post');
    const layout = fullLayout(
      view,
      { idNumber: { header: '身份证号' }, status: { header: '在岗状态' }, phone: { omit: true } },
      { title: '{县市名}{报表名}', signatures: ['制表人：　　审核人：'] },
    );
    layout.columns.sort((a, b) => moved.indexOf(a.id) - moved.indexOf(b.id));
    const saved = await save(core, view, layout);
    expect(saved).toMatchObject({ customised: true, updatedBy: '古丽', layout: { title: '{县市名}{报表名}' } });
    expect(saved.updatedAt).not.toBeNull();
    expect(auditOf(core)).toEqual([
      '修改报表格式 RPT-04 公益性岗位安置人员花名册：标题、表头 2 处、不导出 1 列、顺序、签字栏',
    ]);
    expect((await must(core, 'reportLayouts.list', {})).items.find((i) => i.report === 'RPT-04')?.customised).toBe(
      true,
    );

    // Back to the defaults by hand: stored as none.
    const plain = await save(core, saved, fullLayout(view, {}, { title: view.defaults.title }));
    expect(plain).toMatchObject({ customised: false, layout: null, updatedAt: null });
    expect(auditOf(core)[1]).toBe(
      '修改报表格式 RPT-04 公益性岗位安置人员花名册：标题、表头 2 处、恢复导出 1 列、顺序、签字栏（与默认格式相同，按默认导出）',
    );
  });

  it.each([
    [
      'an unknown node',
      (v: ReportLayoutView) => fullLayout(v, {}, { columns: [{ id: 'nope', header: '无', omit: false }] }),
      'columns',
      '该报表没有“nope”这一列',
    ],
    [
      'a fixed node renamed',
      (v: ReportLayoutView) => fullLayout(v, { name: { header: '人员' } }),
      'columns',
      /^“姓名”不能修改或不导出：/,
    ],
    [
      'a fixed node left out',
      (v: ReportLayoutView) => fullLayout(v, { seq: { omit: true } }),
      'columns',
      /^“序号”不能修改或不导出：序号按行自动编号/,
    ],
    [
      'an unknown placeholder',
      (v: ReportLayoutView) => fullLayout(v, {}, { title: '{县名}{年}年报表' }),
      'title',
      /^标题中的\{县名\}不是可用的占位符/,
    ],
  ])('refuses %s, naming the field, writing nothing', async (_what, make, field, message) => {
    const core = makeCore();
    const view = await rpt04(core);
    const layout = make(view);
    const r = await callUnchanged(core, 'reportLayouts.save', { report: 'RPT-04', layout, expectedUpdatedAt: null });
    expect(r).toMatchObject(refusedRule(field, message));
  });

  it('refuses, for RPT-05 (read back by the attendance import), a signature line the import would take for data', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const view = await must(core, 'reportLayouts.get', { report: 'RPT-05' });
    const input = (signatures: string[]) => ({
      report: 'RPT-05' as const,
      layout: fullLayout(view, {}, { signatures }),
      expectedUpdatedAt: null,
    });
    const r = await callUnchanged(core, 'reportLayouts.save', input(['考勤员：　　日期：']));
    expect(r).toMatchObject(refusedRule('signatures', SIGNATURE_READ_BACK));
    expect((await must(core, 'reportLayouts.save', input(['考勤员签字：　　日期：']))).customised).toBe(true);
  });

  it('refuses a stale save and a stale reset (someone saved meanwhile), writing nothing', async () => {
    const core = makeCore();
    const view = await rpt04(core);
    await save(core, view, fullLayout(view, { phone: { omit: true } }));
    const stale = await callUnchanged(core, 'reportLayouts.save', {
      report: 'RPT-04',
      layout: fullLayout(view, { remark: { omit: true } }),
      expectedUpdatedAt: null,
    });
    expect(stale).toMatchObject(refusedAs('CONFLICT', LAYOUT_STALE));
    const staleReset = await callUnchanged(core, 'reportLayouts.reset', { report: 'RPT-04', expectedUpdatedAt: null });
    expect(staleReset).toMatchObject(refusedAs('CONFLICT', LAYOUT_STALE));
  });

  it('reset removes the layout, with its audit row', async () => {
    const core = makeCore();
    const view = await rpt04(core);
    const saved = await save(core, view, fullLayout(view, { phone: { omit: true } }));
    const reset = await must(core, 'reportLayouts.reset', { report: 'RPT-04', expectedUpdatedAt: saved.updatedAt });
    expect(reset).toMatchObject({ customised: false, layout: null, updatedAt: null });
    expect(core.ctx.db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'reports.layout.%'").pluck().get()).toBe(
      0,
    );
    expect(auditOf(core)).toEqual([
      '修改报表格式 RPT-04 公益性岗位安置人员花名册：不导出 1 列',
      '恢复默认报表格式 RPT-04 公益性岗位安置人员花名册',
    ]);
  });

  it('only the administrator saves or resets; every role reads', async () => {
    const core = makeCore();
    const view = await rpt04(core);
    const reviewer = signedInAs(core, 'shenhe', 'reviewer');
    const input = {
      report: 'RPT-04' as const,
      layout: fullLayout(view, { phone: { omit: true } }),
      expectedUpdatedAt: null,
    };
    expect(await core.invoke('reportLayouts.save', input, reviewer)).toMatchObject(refusedAs('FORBIDDEN'));
    expect(
      await core.invoke('reportLayouts.reset', { report: 'RPT-04', expectedUpdatedAt: null }, reviewer),
    ).toMatchObject(refusedAs('FORBIDDEN'));
    expect(await core.invoke('reportLayouts.get', { report: 'RPT-04' }, reviewer)).toMatchObject({ ok: true });
    expect(auditOf(core)).toEqual([]);
  });
});
