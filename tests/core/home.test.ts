import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { rpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12';
import { REPORT_DUE_DAY_KEY } from '../../electron/core/modules/home/overview';
import type { HomeOverview, ReminderKey } from '../../shared/contract/home';
import { call, commitElsewhere, makeCore, must, TODAY } from './harness';
import { seededCore } from './seeded';
import { scenario, setSetting } from './internships-fixtures';

// 首页 (issue 17): every reminder's count equals the total of the list it opens, for the county and for one
// 乡镇; the figures agree with the reports and the lists that count the same things.

async function seededCounty(): Promise<Core> {
  return seededCore({
    persons: 1500,
    posts: { posts: 150, placements: 300 },
    subsidyMonths: 3,
    registrations: true,
    recognitions: true,
    seed: 7,
  });
}

const reminderOf = (o: HomeOverview, key: ReminderKey) => {
  const r = o.reminders.find((x) => x.key === key);
  if (!r) throw new Error(`no reminder ${key}`);
  return r;
};

/** The total of the list each township-scoped reminder opens, filtered the same way. */
async function listTotals(core: Core, month: string, townshipId?: string) {
  const contacts = { month, townshipId, pageSize: 20 as const };
  const recog = { townshipId, pageSize: 20 as const };
  return {
    toContact: (await must(core, 'contactWorklists.toContact', contacts)).total,
    firstContactDue: (await must(core, 'contactWorklists.firstContactDue', contacts)).total,
    lostContact: (await must(core, 'contactWorklists.lostContact', contacts)).total,
    inNotice: (await must(core, 'recognitionWorklists.inNotice', recog)).total,
    pendingVillage: (await must(core, 'recognitionWorklists.pendingVillage', recog)).total,
    pendingTownship: (await must(core, 'recognitionWorklists.pendingTownship', recog)).total,
    pendingCounty: (await must(core, 'recognitionWorklists.pendingCounty', recog)).total,
    assistanceDue: (await must(core, 'recognitionWorklists.assistanceDue', recog)).total,
    shouldExit: (await must(core, 'recognitionWorklists.shouldExit', recog)).total,
    vacancies: (await must(core, 'postWorklists.vacancies', { townshipId })).total,
    subsidyEnding: (await must(core, 'postWorklists.subsidyEnding', { townshipId })).total, // the list's default window
    retiring: (await must(core, 'postWorklists.retiring', { townshipId, withinDays: 90 })).total,
    vacancyReports: (await must(core, 'postWorklists.vacancyReports', { townshipId })).total,
    contractsEnding: (await must(core, 'postWorklists.contractsEnding', { townshipId, withinDays: 30 })).total,
    internshipsEnding: (await must(core, 'internshipWorklists.due', { townshipId })).ending.length,
    basesExpiring: (await must(core, 'internshipWorklists.due', { townshipId })).expiringBases.length,
    // Employers with anyone on post not entered: a row to enter (待录入) or none generated yet.
    attendanceMissing: (await must(core, 'subsidies.overview', { month, townshipId })).employers.filter(
      (e) => e.onPost > e.entered,
    ).length,
  } satisfies Partial<Record<ReminderKey, number>>;
}

describe('home.overview on a seeded county', () => {
  it('reminder counts equal the totals of the lists they open, for the county and for each township', async () => {
    const core = await seededCounty();
    const month = TODAY.slice(0, 7);
    const all = await must(core, 'home.overview', {});
    expect(all.month).toBe(month);
    expect(all.townshipId).toBeNull();
    const totals = await listTotals(core, month);
    for (const [key, total] of Object.entries(totals))
      expect(reminderOf(all, key as ReminderKey).count, key).toBe(total);
    // The seed leaves work on most lists, so the equalities above are not 0 = 0.
    expect(totals.toContact).toBeGreaterThan(0);
    expect(totals.lostContact + totals.firstContactDue).toBeGreaterThan(0);
    expect(totals.pendingVillage + totals.inNotice + totals.pendingTownship + totals.pendingCounty).toBeGreaterThan(0);
    expect(totals.subsidyEnding).toBeGreaterThan(0);
    expect(totals.contractsEnding).toBeGreaterThan(0);
    expect(totals.vacancies).toBeGreaterThan(0);

    // The part of the vacancy reports already late is the badge's.
    const postCounts = await must(core, 'postWorklists.counts', {});
    expect(reminderOf(all, 'vacancyReports').late).toBe(postCounts.vacancyReportsLate);
    expect(reminderOf(all, 'vacancyReports').count).toBe(postCounts.vacancyReportsDue);
    // One window for the subsidy end: 首页's reminder counts what the 公益性岗位 badge counts.
    expect(reminderOf(all, 'subsidyEnding').count).toBe(postCounts.subsidyEnding);
    // Attendance and rosters of the month: the 补贴发放 screen's employers still to enter and its draft rosters.
    const sub = await must(core, 'subsidies.overview', { month });
    expect(reminderOf(all, 'attendanceMissing').count).toBe(sub.employers.filter((e) => e.onPost > e.entered).length);
    expect(reminderOf(all, 'attendanceMissing').count).toBeGreaterThan(0);
    const batches = await must(core, 'subsidies.list', { month: '2026-10', kind: null });
    const oct = await must(core, 'home.overview', { month: '2026-10' });
    expect(reminderOf(oct, 'batchesToReview').count).toBe(batches.items.filter((b) => b.status === 'draft').length);
    expect(reminderOf(oct, 'batchesToReview').count).toBe(1);

    const towns = all.charts.contactRate.filter((t) => t.registered > 0);
    expect(towns.length).toBeGreaterThan(1);
    const sums: Record<string, number> = {};
    for (const t of towns.slice(0, 3)) {
      const one = await must(core, 'home.overview', { townshipId: t.townshipId });
      expect(one.townshipId).toBe(t.townshipId);
      const local = await listTotals(core, month, t.townshipId);
      for (const [key, total] of Object.entries(local))
        expect(reminderOf(one, key as ReminderKey).count, `${t.townshipName} ${key}`).toBe(total);
      expect(one.figures.registered.current).toBe(t.registered);
      expect(one.charts.contactRate.map((r) => r.townshipId)).toEqual([t.townshipId]);
      // The rosters cover the county: that reminder keeps its county count.
      expect(reminderOf(one, 'batchesToReview')).toEqual(reminderOf(all, 'batchesToReview'));
      for (const [k, v] of Object.entries(local)) sums[k] = (sums[k] ?? 0) + v;
    }
    for (const [k, v] of Object.entries(sums)) expect(v).toBeLessThanOrEqual(totals[k as keyof typeof totals]);
  }, 60_000);

  it('figures agree with RPT-12, the recognitions, the placements on post and the trend', async () => {
    const core = await seededCounty();
    const db = core.ctx.db;
    const o = await must(core, 'home.overview', {});
    // Without `dates` rpt12Rows reads the calendar month, as 首页 does (a 21st–20th period, CFG-26, is the export's).
    const rpt = rpt12Rows(db, { month: '2026-11', today: TODAY });
    const rptOct = rpt12Rows(db, { month: '2026-10', today: TODAY });
    const registered = rpt.reduce((s, r) => s + r.registered, 0);
    expect(o.figures.registered.current).toBe(registered);
    expect(o.figures.registered.previous).toBe(rptOct.reduce((s, r) => s + r.registered, 0));
    expect(registered).toBeGreaterThan(100);
    expect(o.charts.contactRate.reduce((s, r) => s + r.registered, 0)).toBe(registered);
    const toContact = reminderOf(o, 'toContact').count;
    expect(o.charts.contactRate.reduce((s, r) => s + r.met, 0)).toBe(registered - toContact);
    // Per township, the rate's base is RPT-12's column 1 of that township.
    const byName = new Map(rpt.map((r) => [r.unit, r.registered]));
    for (const t of o.charts.contactRate) expect(t.registered, t.townshipName).toBe(byName.get(t.townshipName) ?? 0);

    const difficult = db
      .prepare(
        `SELECT count(*) FROM recognitions r JOIN persons p ON p.id = r.person_id
         WHERE r.status = '03' AND p.deleted_at IS NULL AND r.recognition_date <= ?`,
      )
      .pluck()
      .get(TODAY) as number;
    expect(o.figures.difficult.current).toBe(difficult);
    expect(difficult).toBeGreaterThan(0);
    const onPost = db
      .prepare(
        `SELECT count(*) FROM placements WHERE deleted_at IS NULL AND start_date <= ? AND (leave_date IS NULL OR leave_date >= ?)`,
      )
      .pluck()
      .get(TODAY, TODAY) as number;
    expect(o.figures.onPost.current).toBe(onPost);
    expect(o.charts.postComposition.reduce((s, r) => s + r.count, 0)).toBe(onPost);
    expect(o.charts.postComposition.every((r) => r.label && !r.label.includes('E0'))).toBe(true);

    expect(o.charts.trend.map((t) => t.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(o.charts.trend[11].registered).toBe(o.figures.registered.current);
    const placedInNov = db
      .prepare("SELECT count(*) FROM placements WHERE deleted_at IS NULL AND start_date LIKE '2026-11-%'")
      .pluck()
      .get() as number;
    expect(o.charts.trend[11].placements).toBe(placedInNov);
    // A township's figures add up to the county's.
    let sum = 0;
    for (const t of o.charts.contactRate) {
      const one = await must(core, 'home.overview', { townshipId: t.townshipId });
      sum += one.figures.onPost.current;
    }
    expect(sum).toBe(o.figures.onPost.current);
  }, 60_000);
});

describe('home.overview: internships, report due day and bad input', () => {
  it('internships ending and bases expiring equal the 到期提醒 lists; interns running are counted', async () => {
    const { core, c } = await scenario();
    const o = await must(core, 'home.overview', {});
    const due = await must(core, 'internshipWorklists.due', {});
    const ending = await must(core, 'internships.list', { endingWithinDays: 30 });
    expect(reminderOf(o, 'internshipsEnding').count).toBe(due.counts.ending);
    expect(reminderOf(o, 'internshipsEnding').count).toBe(ending.total);
    expect(reminderOf(o, 'basesExpiring').count).toBe(due.expiringBases.length);
    expect(reminderOf(o, 'basesExpiring').count).toBe(1);
    expect(reminderOf(o, 'internshipsEnding').scope).toBe('township');
    const running = core.ctx.db
      .prepare(
        `SELECT count(*) FROM internships WHERE deleted_at IS NULL AND agreement_start <= ? AND coalesce(end_date, agreement_end) >= ?`,
      )
      .pluck()
      .get(TODAY, TODAY) as number;
    expect(o.figures.interns.current).toBe(running);
    expect(running).toBeGreaterThan(0);
    // By the host's 乡镇: the two bases are in two townships.
    const a = await must(core, 'home.overview', { townshipId: c.town1 });
    const b = await must(core, 'home.overview', { townshipId: c.town2 });
    expect(a.figures.interns.current + b.figures.interns.current).toBe(running);
    // Each township's reminders equal its filtered 到期提醒 lists, and add up to the county's.
    for (const key of ['internshipsEnding', 'basesExpiring'] as const) {
      const inA = reminderOf(a, key).count;
      const inB = reminderOf(b, key).count;
      expect(inA + inB, key).toBe(reminderOf(o, key).count);
    }
    for (const [one, town] of [
      [a, c.town1],
      [b, c.town2],
    ] as const) {
      const list = await must(core, 'internshipWorklists.due', { townshipId: town });
      expect(reminderOf(one, 'internshipsEnding').count).toBe(list.ending.length);
      expect(reminderOf(one, 'basesExpiring').count).toBe(list.expiringBases.length);
    }
    expect(reminderOf(a, 'basesExpiring').count + reminderOf(b, 'basesExpiring').count).toBe(1);
  });

  it('report due day: default the 25th, a stored day is used; later months are refused', async () => {
    const core = makeCore(undefined, '2026-11-28');
    const o = await must(core, 'home.overview', {});
    expect(o.reportDue).toEqual({ day: 25, date: '2026-12-25', daysLeft: 27 });
    setSetting(core, REPORT_DUE_DAY_KEY, 28);
    expect((await must(core, 'home.overview', {})).reportDue).toEqual({ day: 28, date: '2026-11-28', daysLeft: 0 });
    const r = await call(core, 'home.overview', { month: '2026-12' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.month).toContain('不能选择今天');
    const bad = await call(core, 'home.overview', { month: '2026-13' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.month).toBe('月份格式应为 YYYY-MM');
  });
});

describe('home.overview is kept until something changes', () => {
  it('answers again after a write on this connection and after a commit on another one', async () => {
    const { core } = await scenario();
    const first = await must(core, 'home.overview', {});
    expect(await must(core, 'home.overview', {})).toEqual(first);
    // Another connection (a job's worker) commits: the figures follow.
    commitElsewhere(core, "UPDATE internships SET deleted_at = '2026-11-28T00:00:00.000Z'");
    const after = await must(core, 'home.overview', {});
    expect(first.figures.interns.current).toBeGreaterThan(0);
    expect(after.figures.interns.current).toBe(0);
  });
});
