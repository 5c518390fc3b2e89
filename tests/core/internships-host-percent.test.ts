import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { between, gradInput, graduate, internCounty } from './internships-fixtures';
import { refusedRule } from './refusals';

// CFG-17 internships.hostAllowancePercent (DOMAIN §8, VR-14): the host's allowance must be at least this share of the
// minimum wage (1,900 元 in the test county), read on the agreement start. The default is 50 % (950 元); the county
// raises it to 60 % (1,140 元) from 2026-10-01.

describe('CFG-17 host allowance share, effective-dated', () => {
  it('at 60 % from 2026-10-01: 950 元 is refused for an agreement starting then, accepted before, 1,140 元 accepted', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    await must(core, 'ruleSettings.set', {
      key: 'internships.hostAllowancePercent',
      effectiveFrom: '2026-10-01',
      values: { value: 60 },
      note: '县人社局通知',
    });

    const after = await graduate(c);
    const october = between('2026-10-01', '2027-03-31');
    const low = await callUnchanged(
      core,
      'internships.create',
      gradInput(after, c.hostA, { ...october, hostAllowanceFen: 95_000 }),
    );
    expect(low).toMatchObject(
      refusedRule(
        'hostAllowanceFen',
        '单位岗位补助不得低于最低工资标准 1900.00 元的60%（1140.00 元/月），现为 950.00 元',
      ),
    );
    const atFloor = await must(
      core,
      'internships.create',
      gradInput(after, c.hostA, { ...october, hostAllowanceFen: 114_000 }),
    );
    expect(atFloor.hostAllowanceFen).toBe(114_000);

    // An agreement starting before the change keeps the 50 % floor.
    const before = await graduate(c, '20030612');
    const september = await must(
      core,
      'internships.create',
      gradInput(before, c.hostB, { ...between('2026-09-01', '2027-02-28'), hostAllowanceFen: 95_000 }),
    );
    expect(september.hostAllowanceFen).toBe(95_000);
  });
});
