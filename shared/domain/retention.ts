// BR-29 retention rate: retained ÷ interns whose internship ended in the period × 100 %, one decimal.
// Counted end types (E22): 1 期满结束未留用, 2 期满留用, 3 提前留用. Excluded [CFG]: 4 本人提前终止, 5 单位提前终止, and
// also 9 其他 — so the rate equals RPT-10 column 12 = (8 + 9) ÷ (7 + 9) × 100 (DOMAIN §6.10).

export interface EndedInternship {
  endType: string;
  retained: boolean;
}

export interface Retention {
  /** Denominator: ended with end type 1, 2 or 3. */
  ended: number;
  /** Numerator: of those, retained (end type 2 or 3, or retained flagged). */
  retained: number;
  /** Percent with one decimal (half-up), null when nothing counted ended. */
  ratePercent: number | null;
}

export const RETENTION_END_TYPES: readonly string[] = ['1', '2', '3'];

/** n ÷ d × 100 rounded half-up to one decimal (integer arithmetic). */
export function percentOneDecimal(n: number, d: number): number | null {
  if (d <= 0) return null;
  return Math.floor((2000 * n + d) / (2 * d)) / 10;
}

export function retentionRate(items: readonly EndedInternship[]): Retention {
  let ended = 0;
  let retained = 0;
  for (const i of items) {
    if (!RETENTION_END_TYPES.includes(i.endType)) continue;
    ended++;
    if (i.retained || i.endType === '2' || i.endType === '3') retained++;
  }
  return { ended, retained, ratePercent: percentOneDecimal(retained, ended) };
}
