import { describe, expect, it } from 'vitest';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must } from './harness';
import {
  addPerson,
  addPost,
  place,
  placeInput,
  postCounty,
  recognise,
  tryPlace,
  tryPlaceUnchanged,
  urbanPerson,
  zeroHouseholdPerson,
} from './posts-fixtures';

// BR-18 through the core: first subsidy month from the first EVER placement, the 36-month cap (CFG-04) across
// placements with gaps, extension to retirement (CFG-05, CFG-08), the refusal past the cap and its overrides
// (VR-15; CFG-07 repeat placement of a special-hardship person starting a new entitlement).

const firstMonths = (core: Awaited<ReturnType<typeof postCounty>>['core'], personId: string) =>
  core.ctx.db
    .prepare('SELECT subsidy_first_month AS f FROM placements WHERE person_id = ? ORDER BY start_date')
    .pluck()
    .all(personId);

/** 36 months already used: 2021-01-01 … 2023-12-31 on the urban post (back-filled, left with L02). */
const USED_UP = {
  startDate: '2021-01-01',
  leaveDate: '2023-12-31',
  leaveReason: 'L02' as const,
  basisDate: '2020-12-01',
  contractEnd: '2023-12-31',
};

describe('BR-18 subsidy period on placements', () => {
  it('counts months across placements with gaps; subsidy_first_month follows the first EVER placement', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    await place(c.core, a, c.urbanPostId, {
      startDate: '2024-01-15',
      leaveDate: '2024-12-10',
      leaveReason: 'L09',
      basisDate: '2024-01-01',
      contractEnd: '2024-12-31',
    });
    const { placement } = await place(c.core, a, c.urbanPostId);
    expect(placement.subsidy).toMatchObject({
      firstMonth: '2024-01',
      endMonth: '2028-10',
      extendedToRetirement: false,
      capMonths: 36,
      monthsUsed: 13,
      monthsLeft: 23,
    });
    expect(firstMonths(c.core, a)).toEqual(['2024-01', '2024-01']);
    // A back-filled, earlier placement moves F (and the months) for all of them.
    await place(c.core, a, c.urbanPostId, {
      startDate: '2022-03-01',
      leaveDate: '2022-08-31',
      leaveReason: 'L09',
      basisDate: '2022-01-01',
      contractEnd: '2022-08-31',
    });
    expect(firstMonths(c.core, a)).toEqual(['2022-03', '2022-03', '2022-03']);
    const again = await must(c.core, 'placements.get', { id: placement.id });
    expect(again.subsidy).toMatchObject({ firstMonth: '2022-03', endMonth: '2028-04', monthsUsed: 19, monthsLeft: 17 });
  });

  it('less than 5 years to retirement at the first approval: extended to the month before retirement (CFG-05, CFG-08)', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19680615', '1', { dibao: true, residenceRegionId: c.village2 }); // M60: 60y11m → 2029-05-15
    await recognise(c.core, a); // BR-16: the urban placement rests on a recognition
    const { placement } = await place(c.core, a, c.urbanPostId);
    expect(placement.retirementDate).toBe('2029-05-15');
    expect(placement.subsidy).toMatchObject({
      extendedToRetirement: true,
      capMonths: null,
      endMonth: '2029-04',
      limitMonth: '2029-04',
      monthsLeft: 29,
    });
    writeSetting(c.core.ctx.db, POST_SETTING_KEYS.endRule, 'retirementMonth', '古丽', 'x');
    expect((await must(c.core, 'placements.get', { id: placement.id })).subsidy.endMonth).toBe('2029-05');
  });

  it('a subsidy past its cap is refused naming BR-18; nothing written', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    await place(c.core, a, c.urbanPostId, USED_UP);
    const r = await tryPlaceUnchanged(c.core, a, c.urbanPostId);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message:
          '该人员补贴期限已满：首次享受补贴 2021-01，累计 36 个月已于 2023-12 用完；如确需安置，可填写原因后强制保存',
        details: { rule: 'BR-18', overridable: true, repeatPlacement: false },
      },
    });
    const preview = await must(c.core, 'placements.preview', placeInput(a, c.urbanPostId));
    expect(preview.blocking).toMatchObject({ rule: 'BR-18', overridable: true, repeatPlacement: false });
  });

  it('VR-15 override past the cap: saved with the reason, but no new subsidy months', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    await place(c.core, a, c.urbanPostId, USED_UP);
    const r = await place(c.core, a, c.urbanPostId, { override: { reason: '县局会议决定继续安置' } });
    expect(r.placement.override).toEqual({ rules: ['BR-18'], reason: '县局会议决定继续安置', by: '古丽' });
    expect(r.placement.subsidy).toMatchObject({
      newCycle: false,
      firstMonth: '2021-01',
      endMonth: '2023-12',
      monthsLeft: 0,
    });
  });

  it('CFG-07: a special-hardship person (零就业家庭 K04) placed again by procedure starts a new entitlement', async () => {
    const c = await postCounty(makeCore());
    const a = await zeroHouseholdPerson(c);
    await place(c.core, a, c.urbanPostId, USED_UP);
    const refused = await tryPlace(c.core, a, c.urbanPostId, { basisCode: 'K04' });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('可填写原因按程序再次安置'), details: { repeatPlacement: true } },
    });
    const r = await place(c.core, a, c.urbanPostId, { basisCode: 'K04', override: { reason: '零就业家庭托底安置' } });
    expect(r.placement.subsidy).toMatchObject({
      newCycle: true,
      firstMonth: '2026-11',
      endMonth: '2029-10',
      capMonths: 36,
      monthsLeft: 35,
    });
    expect(firstMonths(c.core, a)).toEqual(['2021-01', '2026-11']);
    const audit = await must(c.core, 'audit.list', { entity: 'placement', entityId: r.placement.id });
    expect(audit.items[0].summary).toContain('强制保存（超过补贴期限），原因：零就业家庭托底安置');
  });

  it('CFG-07 off: the same override is only a VR-15 override without a new entitlement', async () => {
    const c = await postCounty(makeCore());
    writeSetting(c.core.ctx.db, POST_SETTING_KEYS.allowRepeat, false, '古丽', 'x');
    const a = await zeroHouseholdPerson(c);
    await place(c.core, a, c.urbanPostId, USED_UP);
    const r = await place(c.core, a, c.urbanPostId, { basisCode: 'K04', override: { reason: '特批' } });
    expect(r.placement.subsidy).toMatchObject({ newCycle: false, monthsLeft: 0 });
  });

  it('back-filling an earlier placement that uses up the months of a later one warns (BR-18)', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    await place(c.core, a, c.urbanPostId);
    const r = await place(c.core, a, c.urbanPostId, USED_UP);
    expect(r.warnings.subsidy).toBe('补录后该人员补贴期限至 2023-12，2026-11-01 起的安置已超过补贴期限，请核对');
  });

  it('CFG-06: an entitlement that ran out in 2020 got 12 more months (dated setting)', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const post = await addPost(c, c.employerId, {
      postCode: 'GY-2016',
      createdDate: '2016-06-01',
      monthlyStandardFen: 150_000,
    });
    const { placement } = await place(c.core, a, post.id, {
      startDate: '2017-03-01',
      leaveDate: '2021-02-28',
      leaveReason: 'L02',
      basisDate: '2017-01-01',
      contractEnd: '2021-02-28',
    });
    expect(placement.subsidy).toMatchObject({
      extensionApplied: true,
      capMonths: 48,
      endMonth: '2021-02',
      monthsUsed: 48,
      monthsLeft: 0,
    });
  });
});
