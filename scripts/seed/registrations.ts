// Seeds unemployment registrations, their service-level history and 24 months of follow-up contacts for the
// persons already in the demo county (registration-plan.ts decides what happened to each one). Raw prepared
// statements in ONE transaction, progress every 2,000 registrations: about a million contacts at 100,000 persons.
import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import type { RetirementCategory } from '../../shared/domain/retirement';
import { personName } from './names';
import { planRegistration, type PlannedRegistration } from './registration-plan';
import { makeRng, type Rng } from './rng';
import { makeSeedIds } from './fast-ids';

export const SEED_OPERATOR = '演示数据';

interface RegistrationSeedOptions {
  today: string;
  seed?: number;
  /** Share of working-age persons given a registration in the last three years (default 0.48: about 30 % registered at any time). */
  share?: number;
  /**
   * Unanswered contact attempts added per registration and month (default 0: the demo county). The scale bench
   * uses it to reach the contact density of issue 13 (about 12 contacts per person at 100,000 persons).
   */
  extraAttempts?: number;
  log?: (line: string) => void;
}

export interface RegistrationSeedResult {
  registrations: number;
  active: number;
  contacts: number;
  levelChanges: number;
}

interface PersonRow {
  id: string;
  birth_date: string;
  retirement_category: RetirementCategory;
  employment_status: string;
  is_difficult: 0 | 1;
  poverty_status: string | null;
  township_id: string;
}

/** 3–4 联系责任人 per 乡镇 (staff of the township's labour station and village cadres). */
function staffPools(rng: Rng, townships: string[]): Map<string, string[]> {
  return new Map(
    townships.map((t) => [
      t,
      Array.from({ length: rng.int(3, 4) }, () =>
        personName(rng, rng.chance(0.8) ? 'uyghur' : 'han', rng.chance(0.5) ? '1' : '2'),
      ),
    ]),
  );
}

/** What a village cadre hears on a call that makes them suggest cancelling (BR-07/BR-08 建议注销 on a contact). */
const SUGGESTIONS = [
  { reason: 'C06', result: '本人已考入职业院校，九月入学' },
  { reason: 'C07', result: '本人已应征入伍' },
  { reason: 'C10', result: '本人表示暂不找工作，不再需要就业服务' },
] as const;

/**
 * The contact at which about one active registration in 25 suggests cancelling: its latest, when that call reached
 * the person (so the 工作清单's 建议 shows it). Chosen from the plan without a draw, so the rest of the county stays
 * as it was; -1 for none.
 */
function suggestingContact(r: PlannedRegistration): number {
  const i = r.contacts.length - 1;
  const picked = !r.cancelDate && i >= 0 && r.contacts[i].result === '1';
  return picked && (r.contacts.length * 7 + Number(r.regDate.slice(8))) % 25 === 0 ? i : -1;
}

const stamp = (date: string, n: number) =>
  `${date}T${String(2 + (n % 8)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`;

function statements(db: Database.Database) {
  return {
    registration:
      db.prepare(`INSERT INTO registrations (id, person_id, reg_date, reg_place_id, reason, receives_ui, service_level, job_wish, job_intent,
      needs, responsible_staff, status, cancel_date, cancel_reason, notified_date, created_at, updated_at, created_by, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`),
    level:
      db.prepare(`INSERT INTO service_level_changes (id, registration_id, seq, change_date, from_level, to_level, suggested_level, reason, source,
      contact_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}')`),
    contact:
      db.prepare(`INSERT INTO contacts (id, registration_id, contact_date, method, result, employment_status_found, employer_or_activity, needs,
      services, jobs_recommended, next_contact_date, staff, suggested_level, suggest_cancel, suggest_reason, service_result,
      created_at, updated_at, created_by, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`),
    person: db.prepare('UPDATE persons SET employment_status = ? WHERE id = ?'),
  };
}

/** Writes one planned registration with its level history and contacts; the number of level changes. */
export function insertRegistration(
  db: Database.Database,
  newId: () => string,
  p: Pick<PersonRow, 'id' | 'township_id'>,
  r: PlannedRegistration,
): number {
  return insert(statements(db), newId, p, r);
}

function insert(
  s: ReturnType<typeof statements>,
  newId: () => string,
  p: Pick<PersonRow, 'id' | 'township_id'>,
  r: PlannedRegistration,
): number {
  const id = newId();
  const created = stamp(r.regDate, 0);
  s.registration.run(
    id,
    p.id,
    r.regDate,
    p.township_id,
    r.reason,
    r.receivesUi,
    r.finalLevel,
    r.jobWish,
    r.needs,
    r.staff,
    r.cancelDate ? 'cancelled' : 'active',
    r.cancelDate,
    r.cancelReason,
    // BR-08 告知日期: two cancellations in three record the day the person was told (that day, at the counter).
    r.cancelDate && r.contacts.length % 3 !== 0 ? r.cancelDate : null,
    created,
    r.cancelDate ? stamp(r.cancelDate, 59) : created,
  );
  s.level.run(newId(), id, 1, r.regDate, null, r.firstLevel, r.firstLevel, '登记时评定', 'create', null, created);
  let changes = 1;
  const suggestAt = suggestingContact(r);
  r.contacts.forEach((c, i) => {
    const suggest = i === suggestAt ? SUGGESTIONS[r.contacts.length % SUGGESTIONS.length] : null;
    const contactId = newId();
    const at = stamp(c.date, i + 1);
    s.contact.run(
      contactId,
      id,
      c.date,
      c.method,
      c.result,
      c.found,
      c.employer,
      c.services,
      c.jobs,
      c.next,
      c.staff,
      c.suggestedLevel,
      suggest ? 1 : 0,
      suggest?.reason ?? null,
      suggest?.result ?? null,
      at,
      at,
    );
    if (c.raises) {
      s.level.run(
        newId(),
        id,
        ++changes,
        c.date,
        r.firstLevel,
        'A',
        'A',
        '定期联系时重新评定：失业登记已满6个月',
        'contact',
        contactId,
        at,
      );
    }
  });
  s.person.run(r.personStatus, p.id);
  return changes;
}

/** Deterministic for a seed, the persons and `today` (apart from the UUIDv7 keys). Refuses a county that has registrations. */
export function seedRegistrations(core: Core, options: RegistrationSeedOptions): RegistrationSeedResult {
  const db = core.ctx.db;
  const log = options.log ?? (() => {});
  if ((db.prepare('SELECT count(*) FROM registrations').pluck().get() as number) > 0)
    throw new Error('数据文件夹中已有失业登记，请换一个空文件夹生成演示数据。');
  const rng = makeRng((options.seed ?? 20260101) + 3);
  const share = options.share ?? 0.48;
  const persons = db
    .prepare(
      `SELECT id, birth_date, retirement_category, employment_status, is_difficult, poverty_status, township_id FROM persons
      WHERE deleted_at IS NULL AND on_post = 0 AND in_internship = 0 ORDER BY rowid`,
    )
    .all() as PersonRow[];
  const pools = staffPools(rng, [...new Set(persons.map((p) => p.township_id))].sort());
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144'); // 256 MB while bulk loading: the contacts_month index takes random inserts
  const s = statements(db);
  const newId = makeSeedIds(makeRng((options.seed ?? 20260101) + 7));
  const result: RegistrationSeedResult = { registrations: 0, active: 0, contacts: 0, levelChanges: 0 };
  db.transaction(() => {
    for (const p of persons) {
      if (!rng.chance(share)) continue;
      const plan = planRegistration(
        rng,
        {
          birthDate: p.birth_date,
          retirementCategory: p.retirement_category,
          employmentStatus: p.employment_status,
          isDifficult: p.is_difficult,
          povertyStatus: p.poverty_status,
        },
        options.today,
        pools.get(p.township_id) as string[],
        options.extraAttempts ?? 0,
      );
      if (!plan) continue;
      result.levelChanges += insert(s, newId, p, plan);
      result.registrations++;
      if (!plan.cancelDate) result.active++;
      result.contacts += plan.contacts.length;
      if (result.registrations % 2000 === 0) log(`失业登记：${result.registrations}，联系记录：${result.contacts}`);
    }
  })();
  db.pragma(`cache_size = ${cacheSize}`);
  log(
    `失业登记：${result.registrations}（有效 ${result.active}），服务等级记录：${result.levelChanges}，联系记录：${result.contacts}`,
  );
  return result;
}
