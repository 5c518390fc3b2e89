// BR-06 in the demo county: after the registrations, contacts and recognitions are seeded, the recognitions in force
// that the core would list as 待就业援助 (electron/core/modules/recognitions/assistance.ts, the default 3 months) are
// mostly given what a working county has: the latest successful contact of the months counted also gave SV7
// 就业援助; a recognition whose person has no active registration (mostly a 补录 from before the register; those
// whose registration was cancelled since are on 应退出 and not listed) has mostly ended (E08 R12 / R13 / R09, dated in those months). About one in eight is left as it
// is, so that the list shows a handful of persons with whatever --today. Raw statements in one transaction,
// deterministic for a seed and today; persons.is_difficult follows the exits.
import type { Core } from '../../electron/core/core';
import { WORK_WHERE } from '../../electron/core/modules/recognitions/worklists';
import { serviceBit } from '../../electron/core/modules/registrations/service-mask';
import { completedMonthsCutoff } from '../../shared/domain/contact-due';
import { DEFAULT_ASSISTANCE_MONTHS } from '../../shared/domain/employment-assistance';
import { addDays, daysBetween } from '../../shared/domain/working-days';
import { SEED_OPERATOR } from './county';
import { makeSeedIds } from './fast-ids';
import { makeRng } from './rng';
import { SYNC_DIFFICULT_SQL } from './recognitions';

interface AssistanceSeedOptions {
  today: string;
  seed?: number;
  /** Share of the persons due for assistance left as they are (default 0.12). */
  leave?: number;
  log?: (line: string) => void;
}

interface Due {
  id: string;
  recognition_date: string | null;
  registration_id: string | null;
  contact_id: string | null;
}

const EXIT_REASONS = [
  ['R12', 3],
  ['R13', 2],
  ['R09', 1],
] as const;

/** Returns how many recognitions got an SV7, how many ended, and how many are left due. */
export function seedAssistance(core: Core, o: AssistanceSeedOptions) {
  const db = core.ctx.db;
  const { today } = o;
  const cutoff = completedMonthsCutoff(today, DEFAULT_ASSISTANCE_MONTHS);
  const rng = makeRng((o.seed ?? 20260101) + 17);
  const newId = makeSeedIds(makeRng((o.seed ?? 20260101) + 19));
  const at = `${today}T00:00:00.000Z`;
  const due = db
    .prepare(
      `SELECT r.id, r.recognition_date,
        (SELECT a.id FROM registrations a WHERE a.person_id = r.person_id AND a.status = 'active') AS registration_id,
        (SELECT k.id FROM registrations g JOIN contacts k ON k.registration_id = g.id WHERE g.person_id = r.person_id
          AND k.result = '1' AND k.contact_date > @cutoff AND k.contact_date <= @today ORDER BY k.contact_date DESC LIMIT 1) AS contact_id
      FROM recognitions r CROSS JOIN persons p ON p.id = r.person_id
      WHERE ${WORK_WHERE.assistanceDue} AND p.deleted_at IS NULL ORDER BY r.rowid`,
    )
    .all({ today, cutoff }) as Due[];
  const give = db.prepare(`UPDATE contacts SET services = services | ${serviceBit('SV7')} WHERE id = ?`);
  const exit = db.prepare(
    "UPDATE recognitions SET status = '05', exit_date = ?, exit_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?",
  );
  const step =
    db.prepare(`INSERT INTO recognition_steps (id, recognition_id, seq, step, step_date, reviewer, opinion, created_at, created_by)
    VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM recognition_steps WHERE recognition_id = ?), 'exit', ?, NULL, NULL, ?, ?)`);
  const result = { assisted: 0, exited: 0, left: 0 };
  db.transaction(() => {
    for (const d of due) {
      if (rng.chance(o.leave ?? 0.12)) {
        result.left++;
      } else if (d.contact_id) {
        give.run(d.contact_id);
        result.assisted++;
      } else if (!d.registration_id) {
        const from = d.recognition_date && d.recognition_date > cutoff ? d.recognition_date : addDays(cutoff, 1);
        const date = addDays(from, rng.int(0, Math.max(0, daysBetween(from, today))));
        exit.run(date, rng.weighted(EXIT_REASONS), at, SEED_OPERATOR, d.id);
        step.run(newId(), d.id, d.id, date, at, SEED_OPERATOR);
        result.exited++;
      } else result.left++; // registered, but not reached in those months
    }
    db.exec(SYNC_DIFFICULT_SQL);
  })();
  o.log?.(
    `就业援助：${result.assisted} 人最近一次联系提供了就业援助，${result.exited} 人退出认定，待就业援助 ${result.left} 人`,
  );
  return result;
}
