// 规则设置 items added for issue 19 (CFG-06, CFG-21, CFG-25..CFG-31) through dispatch on real SQLite files: each is
// listed with DOMAIN's default, takes a dated change (audited), refuses a value outside its range naming the field
// with nothing written, and refuses an effective date inside a locked month. CFG-06 also reaches the subsidy rules.
import { describe, expect, it } from 'vitest';
import { subsidyRulesOn } from '../../electron/core/modules/posts/config';
import type { Core } from '../../electron/core/core';
import { makeCore, must, mustJob, refusesEach, setUpOffice } from './harness';
import { refusedAs, refusedBadInput } from './refusals';

type Case = {
  key: string;
  /** The setting's name in the audit summary. */
  label: string;
  defaults: Record<string, unknown>;
  change: Record<string, unknown>;
  summary: string;
  bad: Record<string, unknown>;
  field: string;
  message: string;
};

/** A setting of one choice (values `{ value }`): a value not in its list is refused with 请选择“label”. */
const choice = (key: string, label: string, [from, to]: [string, string], summary: string, bad: string): Case => ({
  key,
  label,
  defaults: { value: from },
  change: { value: to },
  summary,
  bad: { value: bad },
  field: 'values.value',
  message: `请选择“${label}”`,
});

const CASES: Case[] = [
  {
    key: 'posts.subsidyExtension2020',
    label: '2020年期满补贴顺延',
    defaults: { enabled: true, months: 12 },
    change: { enabled: false, months: 12 },
    summary: '启用 是，顺延 12个月 → 启用 否，顺延 12个月',
    bad: { enabled: true, months: 121 },
    field: 'values.months',
    message: '“2020年期满补贴顺延（顺延）”应在 0–120个月 之间',
  },
  {
    key: 'internships.retentionThresholds',
    label: '见习基地留用率奖励与取消',
    defaults: { enabled: false, bonusPercent: 50, revokePercent: 20 },
    change: { enabled: true, bonusPercent: 60, revokePercent: 30 },
    summary:
      '启用 否，奖励线：留用率不低于 50%，取消线：留用率低于 20% → 启用 是，奖励线：留用率不低于 60%，取消线：留用率低于 30%',
    bad: { enabled: true, bonusPercent: 40, revokePercent: 45 },
    field: 'values.revokePercent',
    message: '取消线不能高于奖励线',
  },
  choice(
    'registrations.cancelIncomeBasis',
    '有稳定收入注销登记的收入标准',
    ['minWage', 'dibao'],
    '不低于当地最低工资标准 → 不低于当地最低生活保障标准',
    'salary',
  ),
  choice('reports.period', '统计周期', ['calendarMonth', 'day21'], '自然月（1日至月末） → 上月21日至本月20日', 'week'),
  {
    key: 'reports.dueDay',
    label: '月报报送截止日：每月',
    defaults: { value: 25 },
    change: { value: 20 },
    summary: '25日 → 20日',
    bad: { value: 31 },
    field: 'values.value',
    message: '“月报报送截止日：每月”应在 1–28日 之间',
  },
  choice('reports.moneyUnit', '统计表金额单位', ['yuan', 'wanYuan'], '元 → 万元（保留两位小数）', '千元'),
  choice(
    'persons.femaleRetirementDefault',
    '女性默认法定退休年龄类别',
    ['F50', 'F55'],
    '女职工（原50周岁） → 女干部（原55周岁）',
    'F60',
  ),
  {
    key: 'privacy.maskPattern',
    label: '公民身份号码隐藏显示',
    defaults: { keepStart: 6, keepEnd: 4 },
    change: { keepStart: 3, keepEnd: 2 },
    summary: '显示前 6位，显示后 4位 → 显示前 3位，显示后 2位',
    bad: { keepStart: 8, keepEnd: 4 },
    field: 'values.keepStart',
    message: '“公民身份号码隐藏显示（显示前）”应在 0–6位 之间',
  },
  {
    key: 'archive.closedCaseYears',
    label: '已办结人员档案保存',
    defaults: { value: 5 },
    change: { value: 10 },
    summary: '5年 → 10年',
    bad: { value: 0 },
    field: 'values.value',
    message: '“已办结人员档案保存”应在 1–50年 之间',
  },
];

/** A core whose county is set up. */
const office = async () => {
  const core = makeCore();
  await setUpOffice(core);
  return core;
};

/** Sets each case from `effectiveFrom` to `valuesOf(case)`: each is refused as `refusal` says; nothing written. */
const refusesEachCase = (
  core: Core,
  effectiveFrom: string,
  valuesOf: (c: Case) => Record<string, unknown>,
  refusal: (c: Case) => object,
) =>
  refusesEach(
    core,
    'ruleSettings.set',
    CASES.map((c) => [{ key: c.key, effectiveFrom, values: valuesOf(c) as never }, refusal(c)] as const),
  );

describe('rule settings CFG-06, CFG-21, CFG-25..31', () => {
  it('lists each with its default, takes a dated change and audits it', async () => {
    const core = await office();
    const byKey = <T extends { key: string }>(view: { items: T[] }): Record<string, T> =>
      Object.fromEntries(view.items.map((i) => [i.key, i]));
    const first = byKey(await must(core, 'ruleSettings.list', {}));
    for (const c of CASES)
      expect([c.key, first[c.key]]).toEqual([
        c.key,
        expect.objectContaining({ inForce: { effectiveFrom: null, values: c.defaults } }),
      ]);

    for (const c of CASES)
      await must(core, 'ruleSettings.set', { key: c.key, effectiveFrom: '2026-11-01', values: c.change as never });
    const after = byKey(await must(core, 'ruleSettings.list', {}));
    for (const c of CASES) {
      expect([c.key, after[c.key].inForce]).toEqual([c.key, { effectiveFrom: '2026-11-01', values: c.change }]);
      expect(after[c.key].history).toHaveLength(1);
    }
    const audit = await must(core, 'audit.list', { entity: 'ruleSetting' });
    expect(audit.items.map((i) => i.summary).reverse()).toEqual(
      CASES.map((c) => `规则设置“${c.label}”自 2026-11-01 起：${c.summary}`),
    );
  });

  it('refuses a value outside its range with the field named, writing nothing', async () => {
    const core = await office();
    await refusesEachCase(
      core,
      '2026-12-01',
      (c) => c.bad,
      (c) => refusedBadInput({ [c.field]: c.message }),
    );
  });

  it('refuses an effective date inside a locked month for each', async () => {
    const core = await office();
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    await refusesEachCase(
      core,
      '2026-10-31',
      (c) => c.change,
      () =>
        refusedAs(
          'RULE_VIOLATION',
          '2026年10月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2026-11-01',
        ),
    );
  });

  it('CFG-06 switched off from a date: the subsidy rules lose the 2020 extension from then on only', async () => {
    const core = await office();
    const KEY = 'posts.subsidyExtension2020';
    const extensionOn = (date: string) => subsidyRulesOn(core.ctx.db, date).extension;
    /** The 2020 months extended by `months`. */
    const extended = (months: number) => ({ fromMonth: '2020-01', toMonth: '2020-12', months });
    const setExtension = (effectiveFrom: string, values: { enabled: boolean; months: number }) =>
      must(core, 'ruleSettings.set', { key: KEY, effectiveFrom, values });
    expect(extensionOn('2026-11-01')).toEqual(extended(12));
    await setExtension('2026-11-01', { enabled: false, months: 12 });
    expect(extensionOn('2026-10-31')).toEqual(extended(12));
    expect(extensionOn('2026-11-01')).toBeNull();
    await setExtension('2026-12-01', { enabled: true, months: 6 });
    expect(extensionOn('2026-12-01')).toEqual(extended(6));
    const view = await must(core, 'ruleSettings.list', {});
    const ext = view.items.find((i) => i.key === KEY);
    expect(ext?.history.map((h) => [h.effectiveFrom, h.values])).toEqual([
      ['2026-12-01', { enabled: true, months: 6 }],
      ['2026-11-01', { enabled: false, months: 12 }],
    ]);
  });
});
