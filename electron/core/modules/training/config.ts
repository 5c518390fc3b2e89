// Settings behind vocational training (DOMAIN §11.5), effective-dated, with the illustrative defaults (each county
// must set its own). One key holds the whole set so a change takes effect as one: training.rules =
//   { standards: {E31 code: fen} (CFG-32), minAttendancePercent (CFG-33), maxPerYear (CFG-34), livingFenPerDay,
//     livingMaxDays, hoursPerDay (CFG-35), followUpMonths (CFG-36), filingLeadDays (CFG-37), graduateYearsBack }.
// The working-day calendar is the shared one (registrations/config.ts).
import type Database from 'better-sqlite3';
import type { TrainingRulesView } from '../../../../shared/contract/training';
import { DEFAULT_TRAINING_RULES, type TrainingSubsidyRules } from '../../../../shared/domain/training-subsidy';
import type { WorkingCalendar } from '../../../../shared/domain/working-days';
import type { CertificateCode } from '../../../../shared/enums/training-codes';
import { readContactRules, workingCalendar } from '../registrations/config';
import { wholeSetting } from '../settings/queries';
import { TRAINING_RULES_KEY } from '../../../../shared/domain/rule-settings';

export { TRAINING_RULES_KEY };

interface TrainingRules extends TrainingSubsidyRules {
  effectiveFrom: string | null;
  followUpMonths: number;
  filingLeadDays: number;
  graduateYearsBack: number;
}

/** The rules in force on `date`. */
export function trainingRulesOn(db: Database.Database, date: string): TrainingRules {
  const row = db
    .prepare(
      'SELECT value, effective_from FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1',
    )
    .get(TRAINING_RULES_KEY, date) as { value: string; effective_from: string } | undefined;
  const v = (row ? JSON.parse(row.value) : {}) as Record<string, unknown>;
  const d = DEFAULT_TRAINING_RULES;
  const standards: Partial<Record<CertificateCode, number>> = {};
  const given = v.standards && typeof v.standards === 'object' ? (v.standards as Record<string, unknown>) : null;
  for (const [code, fen] of Object.entries(given ?? d.standards))
    if (typeof fen === 'number' && Number.isInteger(fen) && fen >= 0) standards[code as CertificateCode] = fen;
  return {
    effectiveFrom: row && row.effective_from !== '0000-01-01' ? row.effective_from : null,
    standards,
    minAttendancePercent: wholeSetting(v.minAttendancePercent, d.minAttendancePercent, 1, 100),
    maxPerYear: wholeSetting(v.maxPerYear, d.maxPerYear, 1, 12),
    livingFenPerDay: wholeSetting(v.livingFenPerDay, d.livingFenPerDay, 0, 100_000_00),
    livingMaxDays: wholeSetting(v.livingMaxDays, d.livingMaxDays, 0, 365),
    hoursPerDay: wholeSetting(v.hoursPerDay, d.hoursPerDay, 1, 24),
    followUpMonths: wholeSetting(v.followUpMonths, 6, 1, 36),
    filingLeadDays: wholeSetting(v.filingLeadDays, 3, 0, 60),
    graduateYearsBack: wholeSetting(v.graduateYearsBack, 1, 0, 5),
  };
}

export const rulesView = (r: TrainingRules): TrainingRulesView => ({ ...r, standards: { ...r.standards } });

export function calendarOn(db: Database.Database, date: string): WorkingCalendar {
  return workingCalendar(readContactRules(db, date), date);
}
