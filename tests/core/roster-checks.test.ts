// What a roster rests on before it is reviewed (audit3 gap 1): 岗位补贴 rows whose attendance was never entered pay a
// full month (全勤); the roster says how many, and review is refused, nothing written, until the clerk confirms.
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { fieldsOf, refusedAs } from './refusals';
import { saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

describe('review of a roster on attendance never entered', () => {
  it('says how many, refuses without the confirmation naming the count, reviews once confirmed', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await saveUrbanOctober(c, { attendedDays: 16 }); // the urban row entered, the rural row as generated
    const draft = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(draft.unentered).toBe(1);
    const refused = await callUnchanged(core, 'subsidies.review', { id: draft.id, reviewedBy: '阿依古丽' });
    expect(refused).toMatchObject(
      refusedAs('RULE_VIOLATION', '有 1 人的考勤尚未录入，将按全勤计发。请先录入考勤，或在审核时确认按全勤计发。'),
    );
    expect(fieldsOf(refused)).toEqual({ confirmUnentered: '有 1 人的考勤尚未录入' });
    const done = await must(core, 'subsidies.review', { id: draft.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(done).toMatchObject({ status: 'reviewed', unentered: 0 });
  });
});
