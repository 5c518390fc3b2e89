// recognitions.list, the 就业困难人员认定 list page's read: the 申请中 filter (every application still awaiting a step)
// and the 困难类别 filter (one code among the recognition's categories), with the stage and township filters.
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { recognise } from './posts-fixtures';
import { recCounty } from './recognitions-fixtures';

describe('recognitions.list filters', () => {
  it('lists 申请中 across the steps and narrows to one category', async () => {
    const c = await recCounty(makeCore());
    const core = c.core;
    const village = await c.applied('village', '19700101');
    const county = await c.applied('county', '19700102', { categories: ['K01', 'K11'] });
    const recognised = await c.applied('recognised', '19700103', { categories: ['K01', 'K11'] });
    const backfilled = await c.applicant('19700104');
    await recognise(core, backfilled.personId, ['K03'], '2025-03-01');
    const persons = async (input: Record<string, unknown>) =>
      (await must(core, 'recognitions.list', input)).items.map((i) => i.personId).sort();

    expect(await persons({ stage: 'inProgress' })).toEqual([village.personId, county.personId].sort());
    expect(await persons({ category: 'K11' })).toEqual([county.personId, recognised.personId].sort());
    expect(await persons({ category: 'K01', stage: 'recognised' })).toEqual([recognised.personId]);
    expect(await persons({ category: 'K03' })).toEqual([backfilled.personId]);
    expect(await persons({ category: 'K02' })).toEqual([]);
    expect(await persons({ category: 'K11', townshipId: c.town2 })).toEqual([]);
    const page = await must(core, 'recognitions.list', { stage: 'recognised', pageSize: 20, page: 1 });
    expect(page.total).toBe(2);
    expect(page.items.find((i) => i.personId === backfilled.personId)).toMatchObject({
      backfilled: true,
      recognitionDate: '2025-03-01',
      stageLabel: '已认定',
    });
  });

  it('refuses a category or a status not in the code lists', async () => {
    const c = await recCounty(makeCore());
    const bad = await c.core.invoke('recognitions.list', { category: 'K77' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const badStage = await c.core.invoke('recognitions.list', { stage: 'pending' });
    expect(badStage).toMatchObject({ ok: false, error: { message: expect.stringContaining('状态不在列表中') } });
  });
});
