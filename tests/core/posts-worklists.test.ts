import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { addPerson, place, postCounty, recognise, town2Post, urbanPerson } from './posts-fixtures';

// postWorklists.* on today = 2026-11-28: vacancies (BR-17), subsidy ending within 60 days (BR-18), persons
// reaching statutory retirement (BR-02), vacancy reports due / late (BR-22, CFG-15), and the badge counts.

/** A fresh county with the placements each list should find (and some it should not). */
async function scene() {
  const c = await postCounty(makeCore());
  // Subsidy ends 2026-12 (34 months closed + Nov + Dec = 36): 33 days left.
  const ending = await urbanPerson(c, '19850101');
  const earlier = await place(c.core, ending, c.urbanPostId, {
    startDate: '2024-01-01',
    leaveDate: '2026-10-31',
    leaveReason: 'L09',
    basisDate: '2023-12-01',
    contractEnd: '2026-10-31',
  });
  await must(c.core, 'placements.reportVacancy', { id: earlier.placement.id, reportDate: '2026-11-03' });
  const endingPl = (await place(c.core, ending, c.urbanPostId)).placement;
  // M60 born 1966-08-05 retires at 60y5m on 2027-01-05 (BR-02): 38 days; extended to retirement, last month 2026-12.
  const retiring = await addPerson(c, '19660805', '1', { dibao: true, residenceRegionId: c.village2 });
  await recognise(c.core, retiring); // BR-16: the urban placement rests on a recognition
  const retiringPl = (await place(c.core, retiring, c.urbanPostId)).placement;
  // Two leavers on the rural post (opened for 2): one late report, one due, one reported.
  const leavers: string[] = [];
  const stays = [
    ['19860101', '2026-06-01', '2026-11-20'],
    ['19870101', '2026-06-01', '2026-11-26'],
    ['19880101', '2026-11-21', '2026-11-27'],
  ] as const;
  for (const [birth, start, leave] of stays) {
    const p = await addPerson(c, birth, '2', { povertyStatus: '1', residenceRegionId: c.village1 });
    const pl = await place(c.core, p, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      startDate: start,
      contractEnd: '2027-05-31',
      accidentInsurance: 'PA',
      leaveDate: leave,
      leaveReason: 'L09',
    });
    leavers.push(pl.placement.id);
  }
  await must(c.core, 'placements.reportVacancy', { id: leavers[2], reportDate: '2026-11-28' });
  return { c, endingPl, retiringPl, leavers };
}

describe('post work lists', () => {
  it('subsidyEnding: open placements whose subsidy ends within 60 days, most urgent first (BR-18)', async () => {
    const { c, ...s } = await scene();
    const r = await must(c.core, 'postWorklists.subsidyEnding', {});
    expect(r.asOf).toBe('2026-11-28');
    expect(r.total).toBe(2);
    expect(r.items.map((i) => [i.placementId, i.subsidyEndMonth, i.daysLeft, i.extendedToRetirement])).toEqual(
      expect.arrayContaining([
        [s.endingPl.id, '2026-12', 33, false],
        [s.retiringPl.id, '2026-12', 33, true],
      ]),
    );
    expect((await must(c.core, 'postWorklists.subsidyEnding', { withinDays: 30 })).total).toBe(0);
  });

  it('首页 counts the subsidy ends in the window of the list and the badge (60 days), not a wider one', async () => {
    const { c } = await scene();
    // Subsidy ends 2027-01 (33 months closed + Nov + Dec + Jan = 36): 64 days left, past the 60-day window.
    const later = await urbanPerson(c, '19840101');
    const { post } = await town2Post(c, {});
    const first = { startDate: '2024-02-01', leaveDate: '2026-10-31', leaveReason: 'L09' } as const;
    await place(c.core, later, post.id, { ...first, basisDate: '2024-01-01', contractEnd: '2026-10-31' });
    const laterPl = (await place(c.core, later, post.id)).placement;
    const wide = await must(c.core, 'postWorklists.subsidyEnding', { withinDays: 90 });
    expect(wide.items.find((i) => i.placementId === laterPl.id)?.daysLeft).toBe(64);
    expect((await must(c.core, 'postWorklists.subsidyEnding', {})).total).toBe(2);
    expect((await must(c.core, 'postWorklists.counts', {})).subsidyEnding).toBe(2);
    const home = await must(c.core, 'home.overview', {});
    expect(home.reminders.find((r) => r.key === 'subsidyEnding')?.count).toBe(2);
  });

  it('retiring: persons on post reaching statutory retirement within 90 days (BR-02)', async () => {
    const { c, ...s } = await scene();
    const r = await must(c.core, 'postWorklists.retiring', {});
    expect(r.items.map((i) => [i.placementId, i.retirementDate, i.daysLeft, i.late])).toEqual([
      [s.retiringPl.id, '2027-01-05', 38, false],
    ]);
    expect((await must(c.core, 'postWorklists.retiring', { withinDays: 30 })).total).toBe(0);
  });

  it('vacancyReports: left and not reported; due = leave + 5 days (CFG-15), late flagged (BR-22)', async () => {
    const { c, ...s } = await scene();
    const r = await must(c.core, 'postWorklists.vacancyReports', {});
    expect(r.items.map((i) => [i.placementId, i.leaveDate, i.dueDate, i.daysLeft, i.late])).toEqual([
      [s.leavers[0], '2026-11-20', '2026-11-25', -3, true],
      [s.leavers[1], '2026-11-26', '2026-12-01', 3, false],
    ]);
  });

  it('vacancies and counts for the navigation badge', async () => {
    const { c } = await scene();
    const v = await must(c.core, 'postWorklists.vacancies', {});
    expect(v.items.map((i) => [i.postCode, i.approvedCount, i.onPost, i.vacancies, i.openSlots])).toEqual([
      ['GY-002', 2, 0, 2, 2],
    ]);
    const counts = await must(c.core, 'postWorklists.counts', {});
    expect(counts).toEqual({
      asOf: '2026-11-28',
      vacancies: 1,
      subsidyEnding: 2,
      retiring: 1,
      vacancyReportsDue: 2,
      vacancyReportsLate: 1,
      contractsEnding: 0,
    });
  });
});
