import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { newId } from '../../electron/core/ids';
import { makeCore, must, signedInAs } from './harness';
import { addPerson, addPost, place, postCounty, recognise, urbanPerson, type PostCounty } from './posts-fixtures';

// postWorklists.contractsEnding on today = 2026-11-28 (DOMAIN §3.8, CFG-14, BR-23): open placements whose contract
// (协议) ends within `withinDays` (default 30) or has ended, most urgent first, with the 年度考核 deciding the renewal
// and the BR-18 subsidy end; the badge count, a 乡镇经办's townships only, and a renewed contract leaving the list. The
// assessments and the renewal are written straight into the tables of migration 0018 (placements.assess /
// placements.renew are the placements module's).

/** Writes a 年度考核 result for a placement and year. */
function assess(core: Core, placementId: string, year: number, result: 'pass' | 'fail') {
  core.ctx.db
    .prepare(
      `INSERT INTO placement_assessments (id, placement_id, year, result, assessed_on, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, 't', 't', 'test', 'test')`,
    )
    .run(newId(), placementId, year, result, `${year}-12-20`);
}

/** A 续签 as placements.renew stores it: the renewal row keeps the old term, the placement gets the new one. */
function renew(core: Core, placementId: string, contractEnd: string) {
  const db = core.ctx.db;
  const old = db.prepare('SELECT contract_start, contract_end FROM placements WHERE id = ?').get(placementId) as {
    contract_start: string;
    contract_end: string;
  };
  const start = new Date(Date.parse(`${old.contract_end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO placement_renewals (id, placement_id, previous_start, previous_end, contract_start, contract_end, renewed_on, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, '2026-11-28', 't', 'test')`,
    ).run(newId(), placementId, old.contract_start, old.contract_end, start, contractEnd);
    db.prepare(
      "UPDATE placements SET contract_start = ?, contract_end = ?, updated_at = '2026-11-28T10:00:00.000Z' WHERE id = ?",
    ).run(start, contractEnd, placementId);
  })();
}

async function scene(c: PostCounty) {
  const wide = await addPost(c, c.employerId, { postCode: 'GY-003', approvedCount: 10 });
  const urban = (birth: string, over: Parameters<typeof place>[3]) =>
    urbanPerson(c, birth).then((p) =>
      place(c.core, p, wide.id, { startDate: '2026-01-01', basisDate: '2025-11-01', ...over }),
    );
  // 17 days left; the same end as `earlier`, which started before it.
  const soon = (await urban('19800101', { contractEnd: '2026-12-15' })).placement;
  const earlier = (await urban('19810101', { startDate: '2025-12-01', contractEnd: '2026-12-15' })).placement;
  // The window's last day (30 days) and the day after it.
  const edge = (await urban('19820101', { contractEnd: '2026-12-28' })).placement;
  const beyond = (await urban('19830101', { contractEnd: '2026-12-29' })).placement;
  // Ended 8 days ago on the rural post, still on post: to renew or to leave.
  const ruralPerson = await addPerson(c, '19850101', '2', { povertyStatus: '1', residenceRegionId: c.village1 });
  const ended = (
    await place(c.core, ruralPerson, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      basisDate: '2025-11-01',
      startDate: '2026-01-01',
      contractEnd: '2026-11-20',
      accidentInsurance: 'PA',
    })
  ).placement;
  // Left, and deleted: not on the list whatever their contract end.
  const left = (await urban('19840101', { contractEnd: '2026-11-25', leaveDate: '2026-11-25', leaveReason: 'L09' }))
    .placement;
  const deleted = (await urban('19860101', { contractEnd: '2026-12-01' })).placement;
  await must(c.core, 'placements.delete', { id: deleted.id, reason: '录入错误' });
  return { wide: wide.id, soon, earlier, edge, beyond, ended, left, deleted };
}

describe('postWorklists.contractsEnding', () => {
  it('open placements whose contract ends within 30 days or has ended, by days left then start date', async () => {
    const c = await postCounty(makeCore());
    const s = await scene(c);
    assess(c.core, s.ended.id, 2026, 'fail');
    assess(c.core, s.soon.id, 2025, 'pass'); // another year: not the contract end's
    const r = await must(c.core, 'postWorklists.contractsEnding', {});
    expect(r.asOf).toBe('2026-11-28');
    expect(r.total).toBe(4);
    expect(
      r.items.map((i) => [i.placementId, i.contractEnd, i.daysLeft, i.late, i.assessmentYear, i.assessmentResult]),
    ).toEqual([
      [s.ended.id, '2026-11-20', -8, true, 2026, 'fail'],
      [s.earlier.id, '2026-12-15', 17, false, 2026, null],
      [s.soon.id, '2026-12-15', 17, false, 2026, null],
      [s.edge.id, '2026-12-28', 30, false, 2026, null],
    ]);
    const first = r.items[0];
    expect(first).toMatchObject({
      postId: c.ruralPostId,
      postCode: 'GY-002',
      postTitle: '护林员',
      townshipName: '乌帕尔镇',
      areaType: 'rural',
      contractStart: '2026-01-01',
      startDate: '2026-01-01',
      leaveDate: null,
    });
    expect(first.idNumberMasked).toMatch(/\*/);
    const detail = await must(c.core, 'placements.get', { id: s.ended.id });
    expect(first.updatedAt).toBe(detail.updatedAt);
    expect(r.items[1]).toMatchObject({ areaType: 'urban', startDate: '2025-12-01' });
    // 补贴截止 (BR-18) beside the contract end, as the placement's own record gives it.
    expect(r.items.map((i) => [i.subsidyEndMonth, i.extendedToRetirement])).toEqual([
      ['2028-12', false],
      ['2028-11', false],
      ['2028-12', false],
      ['2028-12', false],
    ]);
    for (const i of r.items) {
      const { subsidy } = await must(c.core, 'placements.get', { id: i.placementId });
      expect([i.subsidyEndMonth, i.extendedToRetirement]).toEqual([subsidy.endMonth, subsidy.extendedToRetirement]);
    }
    // The list is kept until a write (db/memo.ts): a result recorded for the deciding year shows at the next read.
    assess(c.core, s.soon.id, 2026, 'pass');
    const again = await must(c.core, 'postWorklists.contractsEnding', {});
    expect(again.items.find((i) => i.placementId === s.soon.id)?.assessmentResult).toBe('pass');

    const wider = await must(c.core, 'postWorklists.contractsEnding', { withinDays: 31 });
    expect(wider.items.map((i) => i.placementId)).toContain(s.beyond.id);
    expect(wider.total).toBe(5);
    const ids = (await must(c.core, 'postWorklists.contractsEnding', { withinDays: 730 })).items.map(
      (i) => i.placementId,
    );
    expect(ids).not.toContain(s.left.id);
    expect(ids).not.toContain(s.deleted.id);
  });

  it('pages, filters by the post’s 乡镇, and the badge equals the list’s total', async () => {
    const c = await postCounty(makeCore());
    const s = await scene(c);
    // Pages of 20 at least: the second page is empty, the total still the list's.
    const page2 = await must(c.core, 'postWorklists.contractsEnding', { page: 2, pageSize: 20 });
    expect(page2).toEqual({ asOf: '2026-11-28', total: 4, items: [] });
    expect((await must(c.core, 'postWorklists.contractsEnding', { pageSize: 20 })).items.at(-1)?.placementId).toBe(
      s.edge.id,
    );
    const counts = await must(c.core, 'postWorklists.counts', {});
    expect(counts.contractsEnding).toBe(4);
    const badges = await must(c.core, 'home.badges', {});
    expect(badges.posts.contractsEnding).toBe(4);
    // Every post of the scene is in 乌帕尔镇.
    expect((await must(c.core, 'postWorklists.contractsEnding', { townshipId: c.town1 })).total).toBe(4);
    expect((await must(c.core, 'postWorklists.contractsEnding', { townshipId: c.town2 })).total).toBe(0);
    // 首页's reminder: the same count, the ended part named.
    const home = await must(c.core, 'home.overview', {});
    expect(home.reminders.find((x) => x.key === 'contractsEnding')).toEqual({
      key: 'contractsEnding',
      count: 4,
      late: 1,
      scope: 'township',
    });
    const other = await must(c.core, 'home.overview', { townshipId: c.town2 });
    expect(other.reminders.find((x) => x.key === 'contractsEnding')?.count).toBe(0);
  });

  it('a 乡镇经办 sees only the placements of their townships’ persons', async () => {
    const c = await postCounty(makeCore());
    const s = await scene(c);
    // A person of 塔什米里克乡 on the county's post, contract ending in 10 days.
    const far = await addPerson(c, '19790101', '1', { dibao: true, residenceRegionId: c.village3 });
    await recognise(c.core, far); // BR-16: the urban placement rests on a recognition
    const farPl = (
      await place(c.core, far, s.wide, { startDate: '2026-01-01', basisDate: '2025-11-01', contractEnd: '2026-12-08' })
    ).placement;
    const county = await must(c.core, 'postWorklists.contractsEnding', {});
    expect(county.items.map((i) => i.placementId)).toContain(farPl.id);
    expect(county.total).toBe(5);

    const clerkA = signedInAs(c.core, 'clerk-a', 'clerk', { townshipIds: [c.town1] });
    const clerkB = signedInAs(c.core, 'clerk-b', 'clerk', { townshipIds: [c.town2] });
    const listAs = async (session: string) => {
      const r = await c.core.invoke('postWorklists.contractsEnding', {}, session);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.data as { total: number; items: { placementId: string }[] };
    };
    const a = await listAs(clerkA);
    expect(a.total).toBe(4);
    expect(a.items.map((i) => i.placementId)).not.toContain(farPl.id);
    const b = await listAs(clerkB);
    expect(b.items.map((i) => i.placementId)).toEqual([farPl.id]);
    const countsB = await c.core.invoke('postWorklists.counts', {}, clerkB);
    expect(countsB.ok && countsB.data).toMatchObject({ contractsEnding: 1 });
  });

  it('a renewed contract leaves the list; the new term’s year decides the assessment shown', async () => {
    const c = await postCounty(makeCore());
    const s = await scene(c);
    expect((await must(c.core, 'postWorklists.counts', {})).contractsEnding).toBe(4);
    renew(c.core, s.ended.id, '2027-11-20');
    renew(c.core, s.edge.id, '2026-12-30');
    const r = await must(c.core, 'postWorklists.contractsEnding', {});
    expect(r.items.map((i) => i.placementId)).toEqual([s.earlier.id, s.soon.id]);
    expect((await must(c.core, 'postWorklists.counts', {})).contractsEnding).toBe(2);
    // Within a year the renewed ones are back, with their new terms.
    assess(c.core, s.ended.id, 2027, 'pass');
    const year = await must(c.core, 'postWorklists.contractsEnding', { withinDays: 365 });
    expect(year.items.find((i) => i.placementId === s.ended.id)).toMatchObject({
      contractStart: '2026-11-21',
      contractEnd: '2027-11-20',
      daysLeft: 357,
      assessmentYear: 2027,
      assessmentResult: 'pass',
      updatedAt: '2026-11-28T10:00:00.000Z',
    });
    expect(year.items.find((i) => i.placementId === s.edge.id)).toMatchObject({ daysLeft: 32 });
  });
});
