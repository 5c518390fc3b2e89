// CFG-32..CFG-37 on the 规则设置 tab (ruleSettings.*, key training.rules): listed with the illustrative defaults,
// a dated change is what training.rules.get and the filing check read from that date (a standard of 0: that
// certificate is not subsidised), and an out-of-range value is refused naming the field, nothing written.
import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must } from './harness';
import { claimedClass, trainingCounty } from './training-fixtures';
import { DEFAULT_TRAINING_RULES } from '../training-rules';

/** The changed rules other than the standards: training.rules.get answers them as they were set. */
const RULES = {
  minAttendancePercent: 90,
  maxPerYear: 2,
  livingFenPerDay: 2_500,
  livingMaxDays: 20,
  hoursPerDay: 6,
  followUpMonths: 12,
  filingLeadDays: 5,
  graduateYearsBack: 2,
};
const VALUES = {
  standard01: 120_000,
  standard02: 150_000,
  standard03: 200_000,
  standard04: 0,
  standard05: 40_000,
  standard06: 80_000,
  ...RULES,
};

/** What the tab lists before any change: DOMAIN's illustrative standards and the default rules. */
const DEFAULT_VALUES = {
  standard01: 100_000,
  standard02: 150_000,
  standard03: 200_000,
  standard04: 60_000,
  standard05: 40_000,
  standard06: 80_000,
  ...DEFAULT_TRAINING_RULES,
};

describe('training rules on the 规则设置 tab', () => {
  it('lists the defaults, and a change from a date is read by the training rules and the filing check', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const view = await must(core, 'ruleSettings.list', {});
    const item = view.items.find((i) => i.key === 'training.rules')!;
    expect(item.inForce).toEqual({ effectiveFrom: null, values: DEFAULT_VALUES });

    await must(core, 'ruleSettings.set', { key: 'training.rules', effectiveFrom: '2026-11-01', values: VALUES });
    const before = await must(core, 'training.rules.get', { date: '2026-10-31' });
    const after = await must(core, 'training.rules.get', { date: '2026-11-01' });
    expect([before.filingLeadDays, before.standards['04']]).toEqual([3, 60_000]);
    expect(after).toEqual({
      effectiveFrom: '2026-11-01',
      standards: { '01': 120_000, '02': 150_000, '03': 200_000, '05': 40_000, '06': 80_000 },
      ...RULES,
    });
    const listed = (await must(core, 'ruleSettings.list', {})).items.find((i) => i.key === 'training.rules')!;
    expect(listed.inForce).toEqual({ effectiveFrom: '2026-11-01', values: VALUES });

    // Five working days before Monday 2026-11-16: five working days (Mon 11-09 … Fri 11-13) must lie between, so the bound is Sunday 2026-11-08 and the clerk is told the last working day, Friday 2026-11-06 (was 2026-11-10).
    const id = await c.newClass();
    const late = await call(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' });
    expect(late).toMatchObject({
      ok: false,
      error: { fields: { date: expect.stringContaining('最晚应于 2026-11-06 备案，现为 2026-11-10') } },
    });
  });

  it('refuses a value out of range naming the field, writing nothing', async () => {
    const core = makeCore();
    await trainingCounty(core);
    const r = await callUnchanged(core, 'ruleSettings.set', {
      key: 'training.rules',
      effectiveFrom: '2026-12-01',
      values: { ...VALUES, minAttendancePercent: 120 },
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        fields: {
          'values.minAttendancePercent': '“职业培训补贴标准及规则（出勤学时不低于课程学时的）”应在 1–100% 之间',
        },
      },
    });
  });

  // BR-36: the standard in force on the class END date is paid. claimedClass runs 2026-11-16 … 2026-11-25 and closes on
  // 11-26; 职业技能等级证书(五级) pays 1,000 元 by default, 1,200 元 from 11-20 (inside the class) and 1,500 元 from
  // 11-26 (after its end): the two certified trainees get 1,200 元 each, on the class and on its roster.
  it('BR-36: a standard changed between the class start and end pays the end date’s standard', async () => {
    const core = makeCore();
    const set = (effectiveFrom: string, standard01: number) =>
      must(core, 'ruleSettings.set', {
        key: 'training.rules',
        effectiveFrom,
        values: { ...DEFAULT_VALUES, standard01 },
        note: '县人社局职业培训补贴标准调整通知',
      });
    await set('2026-11-20', 120_000);
    await set('2026-11-26', 150_000);
    const s = await claimedClass(core);
    const klass = await must(core, 'training.classes.get', { id: s.classId });
    const paid = klass.trainees
      .filter((t) => t.subsidy.subsidyFen > 0)
      .map((t) => [t.id, t.subsidy.subsidyFen])
      .sort();
    expect(paid).toEqual(
      [
        [s.trainees.ta.id, 120_000],
        [s.trainees.tb.id, 120_000],
      ].sort(),
    );
    const roster = await must(core, 'subsidies.get', { id: s.batchId });
    expect(roster.totalFen).toBe(240_000 + 33_000); // two standards and tb's 11 days of living allowance
  });
});
