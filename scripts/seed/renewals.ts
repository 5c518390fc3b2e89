// 年度考核 (BR-23) and 续签 on the demo placements (DOMAIN §3.8, migration 0018), after seedPostCounty:
//   - last year's result on most open placements that began before December of that year (a few 不合格);
//   - a few contracts left ended without renewal (the clerk's 合同到期 work list shows them as 已到期), and this year's
//     result on about half of the contracts ending within 30 days;
//   - a few renewals (of contracts ending within 90 days) through placements.renew (audited like a clerk's), one of them after a 不合格 year with a reason.
// The results are written directly (hundreds of rows), the renewals through the channel.
import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import { newId } from '../../electron/core/ids';
import { termEnd } from '../../electron/core/modules/placements/checks';
import { addDays, daysBetween } from '../../shared/domain/working-days';
import { SEED_OPERATOR } from './placements';
import { makeRng, type Rng } from './rng';
import { renewalAssessmentYear } from '../../shared/domain/renewal-assessment';

interface RenewalSeedOptions {
  today: string;
  seed?: number;
  /** Renewals to make (about; fewer when too few contracts end soon). */
  renewals?: number;
  log?: (line: string) => void;
}

interface RenewalSeedResult {
  assessments: number;
  failed: number;
  renewals: number;
  ended: number;
}

interface OpenRow {
  id: string;
  start_date: string;
  contract_start: string;
  contract_end: string;
  area_type: 'urban' | 'rural';
}

const OVERRIDE_REASON = '经村民委员会评议，本人已整改到位，同意续签一年';

function assessmentWriter(db: Database.Database, today: string) {
  const insert = db.prepare(
    `INSERT INTO placement_assessments (id, placement_id, year, result, assessed_on, remark, created_at, updated_at,
       created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`,
  );
  return (placementId: string, year: number, fail: boolean, on: string) => {
    const at = `${on}T10:00:00.000Z`;
    insert.run(
      newId(),
      placementId,
      year,
      fail ? 'fail' : 'pass',
      on > today ? today : on,
      fail ? '多次无故缺岗' : null,
      at,
      at,
    );
  };
}

/** Last year's results, this year's on contracts ending soon, and a few contracts left ended (one transaction). */
function seedResults(db: Database.Database, rng: Rng, open: OpenRow[], today: string, skip: Set<string>) {
  const year = Number(today.slice(0, 4));
  const write = assessmentWriter(db, today);
  const shorten = db.prepare('UPDATE placements SET contract_end = ? WHERE id = ?');
  const r = { assessments: 0, failed: 0, ended: 0 };
  const result = (id: string, y: number, failChance: number, on: string) => {
    const fail = rng.chance(failChance);
    write(id, y, fail, on);
    r.assessments++;
    if (fail) r.failed++;
  };
  for (const p of open) {
    if (p.start_date < `${year - 1}-12-01` && rng.chance(0.85))
      result(p.id, year - 1, 0.05, `${year}-01-${String(rng.int(5, 25)).padStart(2, '0')}`);
    if (skip.has(p.id)) continue;
    // A contract that ended up to 45 days ago and was not renewed (shortened from its seeded term, still valid).
    const ended = addDays(today, -rng.int(1, 45));
    if (rng.chance(0.04) && ended > p.contract_start && ended < p.contract_end) {
      shorten.run(ended, p.id);
      p.contract_end = ended;
      r.ended++;
    }
    const left = daysBetween(today, p.contract_end);
    // This year's result where it is the one deciding the renewal (BR-23).
    const thisYear = renewalAssessmentYear(p.contract_end) === year;
    if (left <= 30 && thisYear && rng.chance(0.5)) {
      const on = addDays(today, -rng.int(0, 20));
      if (on.startsWith(String(year))) result(p.id, year, 0.15, on);
    }
  }
  return r;
}

/** The contracts ending within 30 days that will be renewed: the first with an override after a 不合格 year. */
async function renewSome(core: Core, rng: Rng, soon: OpenRow[], want: number, today: string): Promise<number> {
  const db = core.ctx.db;
  let made = 0;
  for (const p of soon) {
    if (made >= want) break;
    const overridden = made === 0;
    const year = renewalAssessmentYear(p.contract_end);
    if (overridden) {
      const a = await core.invoke('placements.assess', {
        placementId: p.id,
        year,
        result: 'fail',
        assessedOn: today,
        remark: '年内多次无故缺岗',
      });
      if (!a.ok) continue;
    }
    const newStart = addDays(p.contract_end, 1);
    const months = p.area_type === 'rural' ? 12 : rng.pick([12, 24, 36]);
    const r = await core.invoke('placements.renew', {
      id: p.id,
      expectedUpdatedAt: db.prepare('SELECT updated_at FROM placements WHERE id = ?').pluck().get(p.id),
      contractEnd: termEnd(newStart, months),
      override: overridden ? { reason: OVERRIDE_REASON } : null,
    });
    if (r.ok) made++;
  }
  return made;
}

/** Deterministic for a seed, the placements and `today` (apart from the UUIDv7 keys). */
export async function seedRenewals(core: Core, options: RenewalSeedOptions): Promise<RenewalSeedResult> {
  const { today } = options;
  const db = core.ctx.db;
  const rng = makeRng((options.seed ?? 20260101) + 18);
  const open = db
    .prepare(
      `SELECT pl.id, pl.start_date, pl.contract_start, pl.contract_end, po.area_type FROM placements pl
       JOIN posts po ON po.id = pl.post_id WHERE pl.leave_date IS NULL AND pl.deleted_at IS NULL ORDER BY pl.rowid`,
    )
    .all() as OpenRow[];
  // The renewal candidates are chosen first (their contracts stay as seeded) so the other results cannot block them:
  // every other contract ending within 30 days (the rest stay on the work list) and those ending within 90 days.
  const ending = (p: OpenRow, days: number) => p.contract_end >= today && daysBetween(today, p.contract_end) <= days;
  const chosen = [
    ...open.filter((p) => ending(p, 30)).filter((_, i) => i % 2 === 0),
    ...open.filter((p) => ending(p, 90) && !ending(p, 30)),
  ];
  const want = options.renewals ?? 6;
  const results = db.transaction(() => seedResults(db, rng, open, today, new Set(chosen.map((p) => p.id))))();
  const renewals = await renewSome(core, rng, chosen, want, today);
  const overridden = db
    .prepare('SELECT count(*) FROM placement_renewals WHERE override_reason IS NOT NULL')
    .pluck()
    .get() as number;
  const out = { ...results, renewals };
  options.log?.(
    `年度考核：${out.assessments} 条（不合格 ${out.failed}）；续签 ${out.renewals} 份（说明理由 ${overridden} 份）；合同已到期未续签 ${out.ended} 份`,
  );
  return out;
}
