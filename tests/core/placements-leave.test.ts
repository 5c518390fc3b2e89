import { describe, expect, it } from 'vitest';
import { callUnchanged, call, makeCore, must } from './harness';
import { addPerson, place, postCounty, recognise, urbanPerson } from './posts-fixtures';
import { refusedBadInput, refusedRule } from './refusals';

// Placements (DOMAIN §3.8): BR-22 leaving (vacancy report due), VR-06 leave date, delete/restore, and the person's
// flags (on_post, E09 24) kept in the same transaction.

const personFlags = (core: Awaited<ReturnType<typeof postCounty>>['core'], id: string) =>
  core.ctx.db.prepare('SELECT on_post AS onPost, employment_status AS status FROM persons WHERE id = ?').get(id);
describe('placements: leaving (BR-22) and the person flags', () => {
  it('on_post and E09 24 while placed; leaving sets the status by reason; the vacancy report is due in 5 days', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '10' });
    await must(c.core, 'registrations.create', {
      personId: a,
      regDate: '2026-03-02',
      regPlaceId: c.village2,
      reason: '02',
      jobWish: '1',
      responsibleStaff: '古丽',
    });
    const created = await place(c.core, a, c.urbanPostId, { startDate: '2026-10-01' });
    expect(created.warnings.registration).toBe(
      '该人员有有效的失业登记（2026-03-02 登记），上岗后请按规定办理注销失业登记',
    );
    const placement = created.placement;
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    expect((await must(c.core, 'persons.get', { id: a })).onPost).toBe(true);

    const early = await callUnchanged(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-09-30',
      leaveReason: 'L09',
    });
    expect(early).toMatchObject(refusedRule('leaveDate', '离岗日期不能早于上岗日期 2026-10-01'));

    const left = await must(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-11-20',
      leaveReason: 'L01',
    });
    expect(left).toMatchObject({
      status: 'left',
      leaveDate: '2026-11-20',
      vacancyReportDueDate: '2026-11-25',
      vacancyReportLate: true,
    });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '21' });
    const late = await must(c.core, 'placements.reportVacancy', { id: placement.id, reportDate: '2026-11-27' });
    expect(late).toMatchObject({ vacancyReportDate: '2026-11-27', vacancyReportLate: true });
    const audit = await must(c.core, 'audit.list', { entity: 'placement', entityId: placement.id });
    expect(audit.items.map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^岗位 GY-001“保洁员”空岗报告：2026-11-27（.+ 2026-11-20 离岗，逾期（应于 2026-11-25 前））$/,
      ),
      expect.stringContaining(
        '于 2026-11-20 离开岗位 GY-001“保洁员”（通过其他渠道实现就业）；空岗报告应于 2026-11-25 前报送',
      ),
      // BR-16: the urban placement rests on the person's recognition (低保对象), no longer on the recorded category.
      expect.stringContaining('到岗位 GY-001“保洁员”，2026-10-01 上岗，依据：低保对象（认定，2026-01-10）'),
    ]);
  });

  it('a leave date in the future is refused (VR-06); deleting and restoring a placement re-syncs the flags', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const { placement } = await place(c.core, a, c.urbanPostId);
    const future = await call(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-12-01',
      leaveReason: 'L09',
    });
    expect(future).toMatchObject(refusedBadInput({ leaveDate: '离岗日期不能晚于今天（2026-11-28）' }));
    await must(c.core, 'placements.delete', { id: placement.id, reason: '录错人员' });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '10' });
    expect((await must(c.core, 'placements.listByPost', { postId: c.urbanPostId })).items).toHaveLength(0);
    expect(
      (await must(c.core, 'placements.listByPost', { postId: c.urbanPostId, includeDeleted: true })).items[0]
        .deleteReason,
    ).toBe('录错人员');
    await must(c.core, 'placements.restore', { id: placement.id });
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    expect((await must(c.core, 'placements.listByPerson', { personId: a })).items.map((p) => p.id)).toEqual([
      placement.id,
    ]);
  });

  it('deleting a placement gives the person the status from before it, not 10 失业; restoring puts 24 back', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800315', '1', {
      dibao: true,
      residenceRegionId: c.village2,
      employmentStatus: '22',
    });
    await recognise(c.core, a);
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '22' });
    const { placement } = await place(c.core, a, c.urbanPostId);
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    await must(c.core, 'placements.delete', { id: placement.id, reason: '录错人员' });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '22' });
    await must(c.core, 'placements.restore', { id: placement.id });
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    // A placement saved before migration 0023 has no status from before it: 10 失业, as before.
    c.core.ctx.db.prepare('UPDATE placements SET status_before = NULL WHERE id = ?').run(placement.id);
    await must(c.core, 'placements.delete', { id: placement.id, reason: '录错人员' });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '10' });
  });
});
