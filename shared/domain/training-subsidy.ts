// BR-35 subsidy eligibility, BR-36 amount from the dated standard table (CFG-32), BR-37 living allowance (CFG-35)
// (DOMAIN §11.3). Money in integer fen. A refused subsidy keeps the enrolment and says why in plain Chinese.
import type { CertificateCode, TraineeCategoryCode, TrainingResultCode } from '../enums/training-codes';
import { certificateLabel } from '../enums/training-codes';

export interface TrainingSubsidyRules {
  /** CFG-32: fen per person by E31 certificate (absent = that certificate is not subsidised). */
  standards: Partial<Record<CertificateCode, number>>;
  /** CFG-33: percent of class hours. */
  minAttendancePercent: number;
  /** CFG-34 */
  maxPerYear: number;
  /** CFG-35 */
  livingFenPerDay: number;
  livingMaxDays: number;
  hoursPerDay: number;
}

export const DEFAULT_TRAINING_RULES: TrainingSubsidyRules = {
  standards: { '01': 100_000, '02': 150_000, '03': 200_000, '04': 60_000, '05': 40_000, '06': 80_000 },
  minAttendancePercent: 80,
  maxPerYear: 3,
  livingFenPerDay: 3_000,
  livingMaxDays: 30,
  hoursPerDay: 8,
};

export interface TraineeOutcome {
  classClosed: boolean;
  classHours: number;
  occupation: string;
  classEndYear: string;
  attendedHours: number | null;
  result: TrainingResultCode | null;
  certificate: CertificateCode | null;
  category: TraineeCategoryCode;
}

/** Earlier subsidised trainings of the person (other enrolments already granted). */
export interface PriorSubsidy {
  occupation: string;
  certificate: CertificateCode;
  year: string;
}

export interface SubsidyDecision {
  eligible: boolean;
  /** Plain Chinese reason when refused. */
  reason: string | null;
  standardFen: number;
  subsidyFen: number;
  livingFen: number;
}

const refused = (reason: string): SubsidyDecision => ({
  eligible: false,
  reason,
  standardFen: 0,
  subsidyFen: 0,
  livingFen: 0,
});

/** BR-37: 就业困难人员 and 零就业家庭成员 only; attended days = hours ÷ hours per day, rounded down, capped. */
export function livingAllowanceFen(
  category: TraineeCategoryCode,
  attendedHours: number,
  r: TrainingSubsidyRules,
): number {
  if (category !== '02' && category !== '03') return 0;
  const days = Math.min(Math.floor(attendedHours / r.hoursPerDay), r.livingMaxDays);
  return days * r.livingFenPerDay;
}

/** Same occupation compared without spaces and case. */
const sameOccupation = (a: string, b: string) =>
  a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase();

/** BR-35 + BR-36 + BR-37 for one trainee, against the person's earlier subsidised trainings. */
export function subsidyDecision(
  t: TraineeOutcome,
  prior: readonly PriorSubsidy[],
  r: TrainingSubsidyRules,
): SubsidyDecision {
  if (!t.classClosed) return refused('培训班尚未结业');
  if (t.result !== '1') return refused(t.result ? '考核结果不是合格' : '未录入考核结果');
  const attended = t.attendedHours ?? 0;
  // attended / hours ≥ percent / 100, in integers.
  if (attended * 100 < t.classHours * r.minAttendancePercent)
    return refused(
      `出勤学时 ${attended} 不足课程学时 ${t.classHours} 的${r.minAttendancePercent}%（至少 ${Math.ceil((t.classHours * r.minAttendancePercent) / 100)} 学时）`,
    );
  if (!t.certificate || t.certificate === '00') return refused('未取得证书');
  const standardFen = r.standards[t.certificate];
  if (standardFen === undefined) return refused(`补贴标准中没有“${certificateLabel(t.certificate)}”`);
  const same = prior.find((p) => p.certificate === t.certificate && sameOccupation(p.occupation, t.occupation));
  if (same)
    return refused(
      `同一工种“${t.occupation}”同一等级（${certificateLabel(t.certificate)}）已于${same.year}年享受过培训补贴`,
    );
  const thisYear = prior.filter((p) => p.year === t.classEndYear).length;
  if (thisYear >= r.maxPerYear)
    return refused(`${t.classEndYear}年已享受${thisYear}次培训补贴，每年最多${r.maxPerYear}次`);
  return {
    eligible: true,
    reason: null,
    standardFen,
    subsidyFen: standardFen,
    livingFen: livingAllowanceFen(t.category, attended, r),
  };
}
