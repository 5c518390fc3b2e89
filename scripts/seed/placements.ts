// Demo placements on the seeded posts (DOMAIN §3.8), consistent with the core's rules so every one of them would
// pass placements.create: BR-17 (each post is `approved` slots, each slot holds one placement at a time), VR-13 (a
// person's placements never overlap), BR-03 (working age at the start), BR-16 (a basis the person record supports:
// urban E06 K03 低保 / K02 残疾 / K01 大龄 / a recorded K code for persons flagged difficult; rural residents with
// E24 1–5, K02 or K01 and age ≤ 60), CFG-14 (rural contract ≤ 12 months) and BR-18 (no placement after the
// entitlement ran out). Per slot: sometimes an earlier placement that ended, usually a current one. Then the
// person flags follow (on_post, E09 24), and subsidy_first_month is the person's first placement month.
import type Database from 'better-sqlite3';
import { newId } from '../../electron/core/ids';
import { termEnd } from '../../electron/core/modules/placements/checks';
import { ageOn } from '../../shared/domain/age';
import { monthEnd, monthOf } from '../../shared/domain/dates';
import { statutoryRetirement, type RetirementCategory } from '../../shared/domain/retirement';
import { DEFAULT_SUBSIDY_RULES, subsidyPeriod, type SubsidySpan } from '../../shared/domain/subsidy-period';
import { addDays, daysBetween } from '../../shared/domain/working-days';
import type { SeedPost } from './posts';
import type { Rng } from './rng';

export const SEED_OPERATOR = '演示数据';
const OLDER = { '1': 55, '2': 45 } as const; // CFG-10
const RURAL_MAX_AGE = 60; // CFG-14
const RECORDED_CODES = ['K04', 'K05', 'K12', 'K11', 'K06'] as const;
const LEAVE_REASONS = [
  ['L01', 35],
  ['L09', 25],
  ['L02', 12],
  ['L05', 8],
  ['L06', 5],
  ['L10', 4],
  ['L11', 2],
  ['L99', 9],
] as const;

interface Candidate {
  id: string;
  sex: '1' | '2';
  birth_date: string;
  retirement_category: RetirementCategory;
  township_id: string;
  rural: 0 | 1;
  poverty_status: string | null;
  disabled: 0 | 1;
  dibao: 0 | 1;
  is_difficult: 0 | 1;
  /** E09 before the seed places the person: the placement's status_before (a delete gives it back). */
  employment_status: string;
  retirementDate?: string;
  spans?: { start: string; end: string | null }[];
}

interface Basis {
  list: 'E06' | 'E24';
  code: string;
  date: string;
  /** A category no record confirms: it rests on a (back-filled) recognition (BR-16, issue 11). */
  recognised?: boolean;
}

/** BR-16 for the area on the start date, from what the person record shows; null when not eligible. */
function basisFor(rng: Rng, p: Candidate, area: 'urban' | 'rural', start: string): Basis | null {
  const date = addDays(start, -rng.int(5, 120));
  const older = (d: string) => ageOn(p.birth_date, d) >= OLDER[p.sex];
  if (area === 'rural') {
    if (!p.rural || ageOn(p.birth_date, start) > RURAL_MAX_AGE) return null;
    if (p.poverty_status && p.poverty_status !== '0') return { list: 'E24', code: p.poverty_status, date };
    if (p.disabled) return { list: 'E06', code: 'K02', date };
    return older(start) ? { list: 'E06', code: 'K01', date } : null;
  }
  if (p.dibao) return { list: 'E06', code: 'K03', date };
  if (p.disabled) return { list: 'E06', code: 'K02', date };
  if (older(date)) return { list: 'E06', code: 'K01', date };
  return p.is_difficult ? { list: 'E06', code: rng.pick(RECORDED_CODES), date, recognised: true } : null;
}

/**
 * VR-13 and BR-18 for the person with one more placement: null when it does not fit, else the entitlement's last
 * month (null = not reached).
 */
function fits(p: Candidate, start: string, end: string | null, today: string): { endMonth: string | null } | null {
  const spans = p.spans ?? [];
  if (spans.some((s) => s.start <= (end ?? '9999-12-31') && (s.end ?? '9999-12-31') >= start)) return null;
  const all: SubsidySpan[] = [...spans, { start, end }].map((s) => ({
    startMonth: monthOf(s.start),
    endMonth: s.end ? monthOf(s.end) : null,
  }));
  const R = statutoryRetirement(p.birth_date, p.retirement_category).month;
  const period = subsidyPeriod({
    retirementMonth: R,
    spans: all,
    asOfMonth: monthOf(today),
    rules: DEFAULT_SUBSIDY_RULES,
  });
  return period.endMonth === null || all.every((s) => s.startMonth <= (period.endMonth as string))
    ? { endMonth: period.endMonth }
    : null;
}

/** The contract in force on `ref`: renewed every `months` from the start (rural terms ≤ 12 months, CFG-14). */
function currentContract(start: string, ref: string, months: number): { start: string; end: string } {
  let from = start;
  for (let next = addDays(termEnd(from, months), 1); next <= ref; next = addDays(termEnd(from, months), 1)) from = next;
  return { start: from, end: termEnd(from, months) };
}

interface PlacementSeedResult {
  placements: number;
  open: number;
}

export function seedPlacements(
  db: Database.Database,
  rng: Rng,
  posts: readonly SeedPost[],
  target: number,
  today: string,
): PlacementSeedResult {
  const people = db
    .prepare(
      `SELECT p.id, p.sex, p.birth_date, p.retirement_category, p.township_id, p.poverty_status, p.dibao, p.is_difficult, p.employment_status,
      CASE WHEN coalesce(p.urban_rural, v.urban_rural_code) LIKE '2%' THEN 1 ELSE 0 END AS rural,
      CASE WHEN p.disability_type IS NOT NULL OR p.disability_cert_no IS NOT NULL THEN 1 ELSE 0 END AS disabled
    FROM persons p JOIN regions v ON v.id = p.residence_region_id
    WHERE p.deleted_at IS NULL AND p.in_internship = 0 AND p.employment_status NOT IN ('21', '23', '25', '50') ORDER BY p.rowid`,
    )
    .all() as Candidate[];
  const pools = new Map<string, Candidate[]>();
  for (const p of people) {
    if (!(p.dibao || p.disabled || p.is_difficult || p.rural || ageOn(p.birth_date, today) >= OLDER[p.sex])) continue;
    const pool = pools.get(p.township_id) ?? [];
    pool.push(p);
    pools.set(p.township_id, pool);
  }
  const insert =
    db.prepare(`INSERT INTO placements (id, person_id, post_id, basis_list, basis_code, basis_date, basis_source, start_date, contract_start,
    contract_end, subsidy_first_month, accident_insurance, leave_date, leave_reason, vacancy_report_date, status_before, created_at, updated_at, created_by, updated_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`);
  // Persons flagged difficult whose basis no record confirms get one back-filled recognition (补录), dated on or
  // before every basis date that rests on it.
  const recognitions = new Map<string, { id: string; code: string; date: string }>();
  const insertRecognition =
    db.prepare(`INSERT INTO recognitions (id, person_id, categories, primary_category, status, county_date, recognition_date, backfilled,
    created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, '03', ?, ?, 1, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`);
  const insertStep =
    db.prepare(`INSERT INTO recognition_steps (id, recognition_id, seq, step, step_date, opinion, created_at, created_by)
    VALUES (?, ?, 1, 'backfill', ?, '演示数据补录', ?, '${SEED_OPERATOR}')`);
  const redate = db.prepare('UPDATE recognitions SET county_date = ?, recognition_date = ? WHERE id = ?');
  const redateStep = db.prepare(
    "UPDATE recognition_steps SET step_date = ? WHERE recognition_id = ? AND step = 'backfill'",
  );
  const recognise = (personId: string, basis: Basis, at: string): void => {
    const known = recognitions.get(personId);
    if (!known) {
      const id = newId();
      insertRecognition.run(id, personId, basis.code, basis.code, basis.date, basis.date, at, at);
      insertStep.run(newId(), id, basis.date, at);
      recognitions.set(personId, { id, code: basis.code, date: basis.date });
      return;
    }
    basis.code = known.code;
    if (basis.date < known.date) {
      known.date = basis.date;
      redate.run(basis.date, basis.date, known.id);
      redateStep.run(basis.date, known.id);
    }
  };
  const slots = posts.reduce((n, p) => n + p.approved, 0);
  const f = Math.min(1, target / Math.max(1, slots * 1.3));
  const result: PlacementSeedResult = { placements: 0, open: 0 };

  const place = (post: SeedPost, start: string, planned: string | null): boolean => {
    const pool = pools.get(post.townshipId) ?? [];
    for (let attempt = 0; attempt < 40 && pool.length; attempt++) {
      let end = planned;
      const p = rng.pick(pool);
      p.retirementDate ??= statutoryRetirement(p.birth_date, p.retirement_category).date;
      if (ageOn(p.birth_date, start) < 16 || start >= p.retirementDate || (end === null && p.retirementDate <= today))
        continue;
      if (end === null && (p.spans ?? []).some((s) => s.end === null)) continue;
      const basis = basisFor(rng, p, post.area, start);
      if (!basis || basis.date > today) continue;
      const fit = fits(p, start, end, today);
      if (!fit) continue;
      // A person whose subsidy ran out left the post then (L02), as the clerks do (BR-18, E19).
      const expired = end === null && fit.endMonth !== null && fit.endMonth < monthOf(today);
      if (expired) end = monthEnd(fit.endMonth as string);
      const contract = currentContract(start, end ?? today, post.area === 'rural' ? 12 : 36);
      const reason = expired ? 'L02' : end ? rng.weighted(LEAVE_REASONS) : null;
      const reported =
        end && (daysBetween(end, today) > 60 || rng.chance(0.85))
          ? addDays(
              end,
              rng.weighted([
                [0, 30],
                [2, 30],
                [4, 25],
                [8, 15],
              ] as const),
            )
          : null;
      const at = `${start < today ? start : today}T09:00:00.000Z`;
      if (basis.recognised) recognise(p.id, basis, at);
      insert.run(
        newId(),
        p.id,
        post.id,
        basis.list,
        basis.code,
        basis.date,
        basis.recognised ? 'recognition' : 'recorded',
        start,
        contract.start,
        contract.end,
        monthOf(start),
        post.area === 'rural' ? `PICC${rng.int(10_000_000, 99_999_999)}` : null,
        end,
        reason,
        reported && reported <= today ? reported : null,
        p.employment_status === '24' ? '10' : p.employment_status,
        at,
        at,
      );
      (p.spans ??= []).push({ start, end });
      result.placements++;
      if (!end) result.open++;
      return true;
    }
    return false;
  };

  for (const post of posts) {
    for (let slot = 0; slot < post.approved && result.placements < target; slot++) {
      let free = post.createdDate;
      if (rng.chance(0.55 * f) && daysBetween(free, today) > 200) {
        const start = addDays(free, rng.int(0, daysBetween(free, today) - 200));
        const end = addDays(start, rng.int(90, Math.min(900, daysBetween(start, today) - 30)));
        if (place(post, start, end)) free = addDays(end, 1);
      }
      if (result.placements < target && rng.chance(0.95 * f) && free <= today) {
        const start = addDays(free, rng.int(0, Math.min(120, daysBetween(free, today))));
        place(post, start, null);
      }
    }
  }
  // BR-18: F = the first month of the person's first placement (no repeat placements in the demo data).
  db.exec(
    `UPDATE placements SET subsidy_first_month = (SELECT substr(min(q.start_date), 1, 7) FROM placements q WHERE q.person_id = placements.person_id)`,
  );
  // Person flags: on post (E09 24) with an open placement; the seeded "on post" persons without one are unemployed.
  db.exec(`UPDATE persons SET on_post = 1, employment_status = '24' WHERE id IN (SELECT person_id FROM placements WHERE leave_date IS NULL);
    UPDATE persons SET on_post = 0, employment_status = CASE employment_status WHEN '24' THEN '10' ELSE employment_status END
      WHERE (on_post = 1 OR employment_status = '24') AND id NOT IN (SELECT person_id FROM placements WHERE leave_date IS NULL)`);
  return result;
}
