// 规则设置 through dispatch on real SQLite files (today 2026-11-28): the list with what is in force, range errors
// naming the field with nothing written, a dated change read by the rules on their own date, the tier change that
// reaches next month's post subsidy but not a reviewed roster, the lock on the effective date, the audit row.
import { describe, expect, it } from 'vitest';
import { recognitionRulesOn } from '../../electron/core/modules/recognitions/config';
import { call, callUnchanged, makeCore, must, mustJob, setUpOffice, snapshot } from './harness';
import { subsidyCounty } from './subsidies-fixtures';
import { refusedAs, refusedBadInput } from './refusals';

const money = (core: ReturnType<typeof makeCore>) =>
  JSON.stringify(
    ['subsidy_batches', 'subsidy_batch_items'].map((t) => core.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()),
  );

describe('rule settings', () => {
  it('lists every setting with the value in force today (built-in defaults until the county sets one)', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const view = await must(core, 'ruleSettings.list', {});
    const byKey = Object.fromEntries(view.items.map((i) => [i.key, i]));
    expect(byKey['office.minWageTier'].inForce).toEqual({ effectiveFrom: null, values: { value: '1' } });
    expect(byKey['wages.minimum'].inForce.effectiveFrom).toBe('2021-04-01');
    expect(byKey['wages.minimum'].inForce.values).toMatchObject({ m1: 190_000, m4: 154_000, h1: 1_900 });
    expect(byKey['posts.subsidyMaxMonths'].inForce.values).toEqual({ value: 36 });
    expect(byKey['contacts.minPerMonth'].inForce.values).toEqual({ A: 2, B: 1, C: 1 });
    expect(view.items.length).toBeGreaterThanOrEqual(28);
    expect(view.firstOpenDate).toBeNull();
  });

  it('refuses values outside their range with the field named, writing nothing', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const before = snapshot(core);
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['posts.subsidyMaxMonths', { value: 0 }, 'values.value', '“岗位补贴累计最长期限”应在 1–120个月 之间'],
      ['posts.subsidyMaxMonths', { value: 2.5 }, 'values.value', '“岗位补贴累计最长期限”应为整数'],
      ['office.minWageTier', { value: '5' }, 'values.value', '请选择“本县最低工资类区”'],
      [
        'recognition.olderAgeThreshold',
        { female: 45, male: 80 },
        'values.male',
        '“大龄人员年龄线（男性）”应在 16–70周岁 之间',
      ],
      ['internships.months', { min: 9, max: 6 }, 'values.min', '见习期限（最短）不能大于最长期限'],
      [
        'wages.minimum',
        { m1: 190_000, m2: 170_000, m3: 162_000, m4: -1, h1: 1_900, h2: 1_700, h3: 1_620, h4: 1_540 },
        'values.m4',
        '“最低工资标准表（四类区月最低工资）”应在 0.00–10000.00元/月 之间',
      ],
      ['nope', { value: 1 }, 'key', '没有这个设置项'],
    ];
    for (const [key, values, field, message] of cases) {
      const r = await call(core, 'ruleSettings.set', { key, effectiveFrom: '2026-12-01', values: values as never });
      expect(r, key).toMatchObject(refusedBadInput({ [field]: message }));
    }
    const noDate = await call(core, 'ruleSettings.set', {
      key: 'posts.subsidyMaxMonths',
      effectiveFrom: '',
      values: {},
    });
    expect(noDate).toMatchObject({ ok: false, error: { fields: { effectiveFrom: '生效日期应为 YYYY-MM-DD 格式' } } });
    expect(snapshot(core)).toBe(before);
  });

  it('a dated change is read by the rules on their own date; the change is audited with before and after', async () => {
    const core = makeCore();
    await setUpOffice(core);
    await must(core, 'ruleSettings.set', {
      key: 'recognition.noticeDays',
      effectiveFrom: '2026-11-01',
      values: { value: 7 },
      note: '县人社局2026年第3号通知',
    });
    expect(recognitionRulesOn(core.ctx.db, '2026-10-31').noticeDays).toBe(3);
    expect(recognitionRulesOn(core.ctx.db, '2026-11-01').noticeDays).toBe(7);
    const view = await must(core, 'ruleSettings.list', {});
    const item = view.items.find((i) => i.key === 'recognition.noticeDays')!;
    expect(item.inForce).toEqual({ effectiveFrom: '2026-11-01', values: { value: 7 } });
    expect(item.history).toEqual([
      expect.objectContaining({ effectiveFrom: '2026-11-01', values: { value: 7 }, note: '县人社局2026年第3号通知' }),
    ]);
    const audit = await must(core, 'audit.list', { entity: 'ruleSetting' });
    expect(audit.items.map((i) => i.summary)).toEqual([
      '规则设置“公示期”自 2026-11-01 起：3天 → 7天（依据：县人社局2026年第3号通知）',
    ]);
  });

  it('a tier change from a date: the next month follows, a reviewed roster keeps its amounts; no change into a locked month', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    const draft = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    await must(core, 'subsidies.review', { id: draft.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const reviewed = money(core);
    const urbanStandard = async (month: string) =>
      (await must(core, 'attendance.grid', { month, employerId: c.employerId })).rows.find(
        (r) => r.placementId === c.urbanPlacementId,
      )!.standardFen;
    expect(await urbanStandard('2026-10')).toBe(182_000);

    // A change of 本县最低工资类区 to `value` from `effectiveFrom`.
    const tierFrom = (effectiveFrom: string, value: string) => ({
      key: 'office.minWageTier',
      effectiveFrom,
      values: { value },
    });
    // 三类区 from 2026-10-01: October's roster was reviewed, so its amounts stay; November follows.
    await must(core, 'ruleSettings.set', tierFrom('2026-10-01', '3'));
    await must(core, 'attendance.generate', { month: '2026-10' });
    expect(await urbanStandard('2026-10')).toBe(182_000);
    expect(money(core)).toBe(reviewed);
    await must(core, 'attendance.generate', { month: '2026-11' });
    expect(await urbanStandard('2026-11')).toBe(154_000);
    const audit = await must(core, 'audit.list', { entity: 'ruleSetting' });
    expect(audit.items[0].summary).toBe('规则设置“本县最低工资类区”自 2026-10-01 起：一类区 → 三类区');

    // Once October is locked, a change may take effect from November only.
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    const r = await callUnchanged(core, 'ruleSettings.set', tierFrom('2026-10-15', '4'));
    expect(r).toMatchObject(
      refusedAs('RULE_VIOLATION', '2026年10月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2026-11-01'),
    );
    expect((await must(core, 'ruleSettings.list', {})).firstOpenDate).toBe('2026-11-01');
    // 四类区 from December: November keeps 三类区.
    await must(core, 'ruleSettings.set', tierFrom('2026-12-01', '4'));
    await must(core, 'attendance.generate', { month: '2026-11' });
    expect(await urbanStandard('2026-11')).toBe(154_000);
  });
});
