import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { applyInput, recCounty } from './recognitions-fixtures';
import { refusedRule } from './refusals';

// CFG-13 recognition.hukouRequired (DOMAIN §8, BR-10): with 须为本地户籍 on, an applicant whose 户籍地 (a village of
// this county, §3.1) is not filled in cannot show a local hukou and is refused, naming the field to fill in; off (the
// default), 户籍地 is not asked for.

const MISSING = '本县规定须为本地户籍才能申请认定：请先在人员信息中填写户籍地（本县的村/社区）';

async function county(hukouRequired: boolean) {
  const c = await recCounty(makeCore());
  if (hukouRequired)
    await must(c.core, 'ruleSettings.set', {
      key: 'recognition.hukouRequired',
      effectiveFrom: '2026-11-01',
      values: { value: true },
    });
  return c;
}

describe('CFG-13 须为本地户籍', () => {
  it('off: an applicant without 户籍地 may apply', async () => {
    const c = await county(false);
    const { personId } = await c.applicant();
    const check = await must(c.core, 'recognitions.check', { personId, applyDate: '2026-11-05', categories: ['K01'] });
    expect(check.prerequisites).toEqual([]);
    expect((await must(c.core, 'recognitions.apply', applyInput(personId))).stageLabel).toBe('待初审');
  });

  it('on: an empty 户籍地 is refused with a plain message and nothing written; the check names it too', async () => {
    const c = await county(true);
    const { personId } = await c.applicant();
    const check = await must(c.core, 'recognitions.check', { personId, applyDate: '2026-11-05', categories: ['K01'] });
    expect(check.prerequisites).toEqual([{ field: 'personId', message: MISSING }]);
    const r = await callUnchanged(c.core, 'recognitions.apply', applyInput(personId));
    expect(r).toMatchObject(refusedRule('personId', MISSING));
  });

  it('on: an applicant whose 户籍地 is a village of the county may apply', async () => {
    const c = await county(true);
    const { personId } = await c.applicant(undefined, undefined, { hukouRegionId: c.village1 });
    expect((await must(c.core, 'recognitions.apply', applyInput(personId))).stageLabel).toBe('待初审');
  });

  it('on only from its effective date: an application dated before it is not asked for 户籍地', async () => {
    const c = await county(true);
    const { personId } = await c.applicant('19700315', '2026-10-08');
    const applied = await must(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-10-20' }));
    expect(applied.applyDate).toBe('2026-10-20');
  });
});
