// CFG-25 (DOMAIN §8, BR-08): a registration cancelled with E11 C03 (有稳定收入的劳动且月收入不低于标准) needs the
// monthly income, not below the county's standard in force on the cancellation date: the monthly minimum wage of
// the county's tier (CFG-01, as the post subsidy reads it) or, where the county chose it, the 低保 standard
// (registrations.dibaoStandard), urban or rural by the person: 城乡属性, else the residence village's 城乡分类代码
// (as placements/eligibility.ts isRuralPerson decides), urban when neither is known. Other reasons store no income.
import type Database from 'better-sqlite3';
import { badInput, ruleViolation } from '../../../../shared/contract/result';
import { formatFen } from '../../../../shared/domain/money';
import { CANCEL_INCOME_BASIS_KEY, DIBAO_STANDARD_KEY } from '../../../../shared/domain/rule-settings';
import { isUrbanCode } from '../../../../shared/enums/person-codes';
import { prepared } from '../../db/prepared';
import { minWageFenOn } from '../posts/config';
import { readSetting } from '../settings/queries';

/** E11 C03: the one reason that carries an income. */
export const INCOME_REASON = 'C03';
const INCOME_LABEL = '月收入';

interface CancelIncomeStandard {
  /** Fen; null when the county has not set the standard its basis needs. */
  fen: number | null;
  /** What the standard is, in words: 当地最低工资标准, 当地城市最低生活保障标准 … */
  basis: string;
}

function livesRural(db: Database.Database, personId: string): boolean {
  const code = prepared(
    db,
    `SELECT coalesce(p.urban_rural, v.urban_rural_code) FROM persons p
     LEFT JOIN regions v ON v.id = p.residence_region_id WHERE p.id = ?`,
  )
    .pluck()
    .get(personId) as string | null | undefined;
  return !!code && !isUrbanCode(code);
}

/** The standard a C03 cancellation of `personId` on `date` is checked against. */
export function cancelIncomeStandard(db: Database.Database, personId: string, date: string): CancelIncomeStandard {
  if (readSetting(db, CANCEL_INCOME_BASIS_KEY, date) !== 'dibao')
    return { fen: minWageFenOn(db, date)?.fen ?? null, basis: '当地最低工资标准' };
  const rural = livesRural(db, personId);
  const v = (readSetting(db, DIBAO_STANDARD_KEY, date) ?? {}) as { urban?: unknown; rural?: unknown };
  const fen = rural ? v.rural : v.urban;
  return {
    fen: typeof fen === 'number' && Number.isInteger(fen) && fen > 0 ? fen : null,
    basis: rural ? '当地农村最低生活保障标准' : '当地城市最低生活保障标准',
  };
}

/** The income to store: checked for C03 against the standard, null for every other reason (never stored). */
export function checkCancelIncome(
  db: Database.Database,
  personId: string,
  v: { cancelDate: string; cancelReason: string; cancelIncome?: number | null },
): number | null {
  if (v.cancelReason !== INCOME_REASON) return null;
  const std = cancelIncomeStandard(db, personId, v.cancelDate);
  if (std.fen === null)
    throw ruleViolation(
      `本县还没有设置${std.basis}，不能核对月收入：请管理员在“设置 → 规则设置 → 失业登记与联系”中填写后再注销`,
      { cancelIncome: `还没有设置${std.basis}` },
    );
  const income = v.cancelIncome;
  if (income === null || income === undefined)
    throw badInput({ cancelIncome: `请填写${INCOME_LABEL}（不低于 ${formatFen(std.fen)} 元，${std.basis}）` });
  if (income < std.fen)
    throw ruleViolation(`${INCOME_LABEL}低于${std.basis}，不能按“有稳定收入的劳动”注销失业登记`, {
      cancelIncome: `${INCOME_LABEL} ${formatFen(income)} 元低于${std.basis} ${formatFen(std.fen)} 元（${v.cancelDate}）`,
    });
  return income;
}
