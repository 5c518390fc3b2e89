import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { applyInput, recCounty, walk } from './recognitions-fixtures';
import { refusedRule } from './refusals';

// BR-11 大龄失业人员 (K01) through a recognition, with CFG-10 recognition.olderAgeThreshold set in 规则设置 to the
// alternative profile (women 40 / men 50) from 2026-11-01: a man of 52 is refused under the default 55 (an application
// dated before the change, nothing written) and accepted on an application dated from it and recognised.

const refusal = (date: string) => `所选认定类别与人员信息不符：“大龄失业人员”${date}时52周岁，未达到男性55周岁`;

describe('BR-11 older age through the 规则设置 alternative profile', () => {
  it('a man of 52: refused under 55 before the change, recognised under 50 from its date', async () => {
    const c = await recCounty(makeCore());
    const { personId } = await c.applicant('19740315', '2026-10-08');
    expect(
      await callUnchanged(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-11-05' })),
    ).toMatchObject(refusedRule('categories', refusal('2026-11-05')));

    await must(c.core, 'ruleSettings.set', {
      key: 'recognition.olderAgeThreshold',
      effectiveFrom: '2026-11-01',
      values: { female: 40, male: 50 },
      note: '自治区就业困难人员认定办法（备选年龄线）',
    });
    // Dated before the change: the 55 line still applies.
    expect(
      await callUnchanged(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-10-20' })),
    ).toMatchObject(refusedRule('categories', refusal('2026-10-20')));
    const check = await must(c.core, 'recognitions.check', {
      personId,
      applyDate: '2026-11-05',
      categories: ['K01'],
    });
    expect(JSON.stringify(check)).toContain('2026-11-05时52周岁，达到男性50周岁');
    // Taken through to 已认定 (applied 2026-11-05, confirmed 2026-11-12) under K01.
    const id = await walk(c.core, personId, 'recognised');
    expect(c.core.ctx.db.prepare('SELECT status, primary_category FROM recognitions WHERE id = ?').get(id)).toEqual({
      status: '03',
      primary_category: 'K01',
    });
  });
});
