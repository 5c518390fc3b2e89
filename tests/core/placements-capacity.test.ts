import { describe, expect, it } from 'vitest';
import { call, makeCore, must, snapshot } from './harness';
import {
  addPerson,
  place,
  placeInput,
  postCounty,
  type PostCounty,
  recognise,
  tryPlace,
  tryPlaceUnchanged,
  urbanPerson,
} from './posts-fixtures';
import { refusedRule, refusedWith } from './refusals';

// Placements (DOMAIN §3.8): BR-17 capacity on every day (VR-15 override) and VR-13 overlap with other placements,
// internships and a recorded employment status. Eligibility: placements-eligibility.test.ts; leaving and the
// person's flags: placements-leave.test.ts.

// An internship of the person at the county's employer, 2026-05-01 to 2026-10-31, written straight to the table.
const internshipMayToOctober = (c: PostCounty, personId: string) =>
  c.core.ctx.db
    .prepare(
      `INSERT INTO internships (id, person_id, host_id, position, intern_type, agreement_start, agreement_end, allowance_standard,
      allowance_source, min_wage_fen, host_allowance, insurance_policy, created_at, updated_at, created_by, updated_by)
      VALUES ('i1', ?, ?, '文员', '2', '2026-05-01', '2026-10-31', 190000, 'default', 190000, 95000, 'PA-1', 'x', 'x', 'y', 'y')`,
    )
    .run(personId, c.employerId);

describe('placements: capacity (BR-17) and overlap (VR-13)', () => {
  it('BR-17: a third person on a post for 2 is refused with the post, its count and the day; nothing written', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId);
    await place(c.core, b, c.urbanPostId, { startDate: '2026-11-15' });
    const r = await tryPlaceUnchanged(c.core, d, c.urbanPostId, { startDate: '2026-11-20' });
    expect(r).toMatchObject(
      refusedRule('startDate', '岗位“保洁员”核定 2 人，2026-11-20 起已有 2 人在岗', {
        rule: 'BR-17',
        overridable: true,
      }),
    );
  });

  it('BR-17 on a FUTURE day: free today, but from next month two persons are already booked', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId, { startDate: '2026-10-01' });
    await place(c.core, b, c.urbanPostId, { startDate: '2026-12-01', contractEnd: '2027-11-30' });
    expect(await must(c.core, 'posts.get', { id: c.urbanPostId })).toMatchObject({
      onPost: 1,
      vacancies: 1,
      openSlots: 0,
      upcoming: 1,
    });
    const before = snapshot(c.core);
    const r = await tryPlace(c.core, d, c.urbanPostId, { startDate: '2026-11-15' });
    expect(r).toMatchObject(refusedWith('岗位“保洁员”核定 2 人，2026-12-01 起已有 2 人在岗'));
    expect(snapshot(c.core)).toBe(before);
    // A placement that ends before the booked one starts fits (back-filled, already left).
    const fits = await place(c.core, d, c.urbanPostId, {
      startDate: '2026-11-02',
      leaveDate: '2026-11-20',
      leaveReason: 'L09',
      contractEnd: '2027-11-01',
    });
    expect(fits.placement.status).toBe('left');
    // The leave day still counts as on post: a start on 2026-11-20 next to a and d is over capacity.
    const e = await urbanPerson(c, '19770101');
    const sameDay = await tryPlace(c.core, e, c.urbanPostId, {
      startDate: '2026-11-20',
      leaveDate: '2026-11-25',
      leaveReason: 'L09',
    });
    expect(sameDay).toMatchObject(refusedWith('岗位“保洁员”核定 2 人，2026-11-20 起已有 2 人在岗'));
  });

  it('VR-15: an over-capacity placement may be saved with a reason; it is stored and audited', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId);
    await place(c.core, b, c.urbanPostId);
    const r = await place(c.core, d, c.urbanPostId, { override: { reason: '县人社局批准临时增岗' } });
    expect(r.placement.override).toEqual({ rules: ['BR-17'], reason: '县人社局批准临时增岗', by: '古丽' });
    const audit = await must(c.core, 'audit.list', { entity: 'placement', entityId: r.placement.id });
    expect(audit.items[0].summary).toContain('强制保存（超过核定岗位数），原因：县人社局批准临时增岗');
  });

  it('VR-13: a person already on a post cannot be placed on another overlapping period; nothing written', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800101', '1', { dibao: true, povertyStatus: '1', residenceRegionId: c.village1 });
    await recognise(c.core, a); // BR-16: the urban placement rests on a recognition
    await place(c.core, a, c.urbanPostId, { startDate: '2026-06-01' });
    const before = snapshot(c.core);
    const r = await tryPlace(c.core, a, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      startDate: '2026-11-01',
      contractEnd: '2027-10-31',
      accidentInsurance: 'PA-1',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: expect.stringMatching(
          /^该人员 2026-06-01 至 今 已安置在岗位“保洁员”（GY-001），与本次安置时间重叠.*$/,
        ),
      },
    });
    expect(snapshot(c.core)).toBe(before);
  });

  it('VR-13 / BR-28: a placement may not overlap an internship of the person (the internships module’s check)', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    internshipMayToOctober(c, a);
    const r = await tryPlaceUnchanged(c.core, a, c.urbanPostId, { startDate: '2026-10-15' });
    expect(r).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('参加就业见习，与本次安置时间重叠'), details: { rule: 'VR-13' } },
    });
    expect(await tryPlace(c.core, a, c.urbanPostId, { startDate: '2026-11-01' })).toMatchObject({ ok: true });
  });

  it('VR-13 / BR-28: a closed (back-filled) placement may not overlap an internship either', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    internshipMayToOctober(c, a);
    const before = snapshot(c.core);
    const closed = placeInput(a, c.urbanPostId, {
      startDate: '2026-03-01',
      leaveDate: '2026-05-10',
      leaveReason: 'L01',
    });
    const r = await call(c.core, 'placements.create', closed);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: expect.stringContaining('参加就业见习，与本次安置时间重叠'),
        details: { rule: 'VR-13' },
      },
    });
    expect(snapshot(c.core)).toBe(before);
    const earlier = placeInput(a, c.urbanPostId, {
      startDate: '2026-03-01',
      leaveDate: '2026-04-30',
      leaveReason: 'L01',
    });
    expect(await call(c.core, 'placements.create', earlier)).toMatchObject({ ok: true });
  });

  it('VR-13: no placement while the person is recorded as 单位就业 (E09 21)', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800101', '1', {
      dibao: true,
      employmentStatus: '21',
      residenceRegionId: c.village2,
    });
    await recognise(c.core, a); // BR-16: so the placement reaches VR-13
    const r = await tryPlace(c.core, a, c.urbanPostId);
    expect(r).toMatchObject(refusedWith(expect.stringContaining('当前就业状态为“单位就业”')));
  });
});
