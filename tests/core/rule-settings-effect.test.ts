// Issue 19: the rule settings added to 规则设置 take effect where DOMAIN §8 says, from their effective date, changed
// through ruleSettings.set as a clerk would: CFG-21 (retention lines), CFG-27 (report due day), CFG-28 (default
// retirement category of women). The settings no rule reads yet say so (暂未启用) — checked at the end.
import { describe, expect, it } from 'vitest';
import { RULE_SETTINGS } from '../../shared/domain/rule-settings';
import { makeCore, must } from './harness';
import { NOV, scenario } from './internships-fixtures';
import { county, makeId, personInput } from './persons-fixtures';

type Core = ReturnType<typeof makeCore>;
const set = (core: Core, key: string, effectiveFrom: string, values: Record<string, string | number | boolean>) =>
  must(core, 'ruleSettings.set', { key, effectiveFrom, values, note: null });

describe('rule settings read by the rules', () => {
  it('CFG-21: the retention rate is judged against the lines in force on the period’s last day, none while off', async () => {
    const { core } = await scenario();
    expect(await must(core, 'internships.retention', NOV)).toMatchObject({ ratePercent: 66.7, standing: null });
    // Each change in turn, from its date, and the standing of the 66.7 % rate it gives.
    const changes = [
      ['2026-11-01', { enabled: true, bonusPercent: 60, revokePercent: 20 }, 'bonus'],
      ['2026-11-20', { enabled: true, bonusPercent: 80, revokePercent: 70 }, 'revoke'],
      ['2026-11-25', { enabled: true, bonusPercent: 90, revokePercent: 50 }, 'between'],
      ['2026-11-26', { enabled: false, bonusPercent: 90, revokePercent: 50 }, null],
    ] as const;
    for (const [from, values, standing] of changes) {
      await set(core, 'internships.retentionThresholds', from, values);
      expect([from, (await must(core, 'internships.retention', NOV)).standing]).toEqual([from, standing]);
    }
  });

  it('CFG-27: 首页 counts down to the due day in force', async () => {
    const core = makeCore(undefined, '2026-11-28');
    expect((await must(core, 'home.overview', {})).reportDue).toEqual({ day: 25, date: '2026-12-25', daysLeft: 27 });
    await set(core, 'reports.dueDay', '2026-11-01', { value: 20 });
    expect((await must(core, 'home.overview', {})).reportDue).toEqual({ day: 20, date: '2026-12-20', daysLeft: 22 });
    // A change from next month is not in force yet.
    await set(core, 'reports.dueDay', '2026-12-01', { value: 5 });
    expect((await must(core, 'home.overview', {})).reportDue.day).toBe(20);
  });

  it('CFG-28: a woman entered without a category gets the default in force; persons entered before keep theirs', async () => {
    const core = makeCore();
    const c = await county(core);
    const woman = (seq: string) =>
      personInput(c, {
        idNumber: makeId('653121', '19800101', seq),
        name: `古丽${'甲乙丙丁'[Number(seq[1]) / 2 - 1]}`,
      });
    const first = await must(core, 'persons.create', woman('022'));
    expect(first.person.retirementCategory).toBe('F50');
    await set(core, 'persons.femaleRetirementDefault', '2026-11-01', { value: 'F55' });
    const second = await must(core, 'persons.create', woman('042'));
    expect(second.person.retirementCategory).toBe('F55');
    expect((await must(core, 'persons.get', { id: first.person.id })).retirementCategory).toBe('F50');
    // Men are M60 whatever the setting; a chosen category is kept.
    const man = await must(
      core,
      'persons.create',
      personInput(c, { idNumber: makeId('653121', '19800101', '031'), name: '艾力' }),
    );
    expect(man.person.retirementCategory).toBe('M60');
    const chosen = await must(core, 'persons.create', { ...woman('062'), retirementCategory: 'F50' });
    expect(chosen.person.retirementCategory).toBe('F50');
  });

  it('every setting on 规则设置 is read by a rule: none is marked 暂未启用 (CFG-25/26/29/30/31 took effect last)', () => {
    expect(RULE_SETTINGS.filter((d) => d.notInEffect).map((d) => d.key)).toEqual([]);
  });
});
