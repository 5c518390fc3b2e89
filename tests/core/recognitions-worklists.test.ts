// recognitionWorklists.* on today = 2026-11-28: one person in each stage, and the 应退出 list fed by market
// employment and registration cancellation (not by a placement).
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { recCounty } from './recognitions-fixtures';
import { successfulContact } from './registrations-fixtures';

describe('recognitionWorklists', () => {
  it('counts and lists each stage; 应退出 names the record and suggests the exit reason', async () => {
    const c = await recCounty(makeCore());
    const core = c.core;
    await c.applied('village', '19700101');
    const ending = await c.applied('notice', '19700102', { noticeEnd: '2026-11-29' });
    await c.applied('notice', '19700103', { noticeEnd: '2026-12-05' });
    const township = await c.applied('township', '19700104');
    const county = await c.applied('county', '19700105');
    const employed = await c.applied('recognised', '19700106');
    await must(
      core,
      'contacts.create',
      successfulContact(employed.registrationId, {
        contactDate: '2026-11-25',
        employmentStatusFound: '21',
        employerOrActivity: '喀什某建材公司',
      }),
    );
    const cancelled = await c.applied('recognised', '19700107');
    await must(core, 'registrations.cancel', {
      id: cancelled.registrationId,
      cancelDate: '2026-11-26',
      cancelReason: 'C06',
    });
    await c.applied('recognised', '19700108');

    expect(await must(core, 'recognitionWorklists.counts', {})).toEqual({
      asOf: '2026-11-28',
      pendingVillage: 1,
      inNotice: 2,
      noticeEnding: 1,
      pendingTownship: 1,
      pendingCounty: 1,
      newThisMonth: 3,
      shouldExit: 2,
      assistanceDue: 0,
    });
    const notice = await must(core, 'recognitionWorklists.inNotice', {});
    expect(notice.items.map((i) => [i.id, i.daysLeft, i.stageLabel])).toEqual([
      [ending.id, 1, '公示中'],
      [expect.any(String), 7, '公示中'],
    ]);
    expect((await must(core, 'recognitionWorklists.pendingTownship', {})).items.map((i) => i.personId)).toEqual([
      township.personId,
    ]);
    expect((await must(core, 'recognitionWorklists.pendingCounty', {})).items.map((i) => i.personId)).toEqual([
      county.personId,
    ]);
    const exit = await must(core, 'recognitionWorklists.shouldExit', {});
    expect(exit.items.map((i) => [i.personId, i.exitHint, i.suggestedExitReason]).sort()).toEqual(
      [
        [employed.personId, '当前就业状态为“单位就业”', 'R01'],
        [cancelled.personId, '失业登记已于2026-11-26注销（入学）', 'R03'],
      ].sort(),
    );
    expect(exit.total).toBe(2);
    const other = await must(core, 'recognitionWorklists.pendingVillage', { townshipId: c.town2 });
    expect(other).toMatchObject({ items: [], total: 0 });
    const all = await must(core, 'recognitions.list', { stage: 'recognised' });
    expect(all.total).toBe(3);
    expect(all.items[0].idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  });
});
