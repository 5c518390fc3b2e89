// CFG-01 minimum wage (monthly / hourly) by tier, and CFG-02 the default monthly standard of a post.
// Amounts are integer fen (BR-32). The built-in table holds the XJ adjustments DOMAIN §8 names (S19); a county
// overrides it with the effective-dated setting wages.minimum (see modules/posts/config.ts).
// Verify the current XJ announcement before go-live: tiers 2–4 of 2021 are medium confidence, the hourly
// rates low; the 2018 hourly rates are not in DOMAIN and are taken as 1/100 of the monthly rate (L).

import { fenToYuanText } from './money';

export type WageTier = 1 | 2 | 3 | 4;
export const WAGE_TIERS: readonly WageTier[] = [1, 2, 3, 4];

/** One adjustment: amounts in force from `effectiveFrom` (YYYY-MM-DD) until the next one. */
export interface MinWageTable {
  effectiveFrom: string;
  /** Monthly minimum wage in fen, tiers 1–4. */
  monthly: Record<WageTier, number>;
  /** Hourly minimum wage in fen, tiers 1–4. */
  hourly: Record<WageTier, number>;
  source: string;
}

/** DOMAIN §8 CFG-01 (S19): 2018-04 and 2021 adjustments. The 2021 date is that of the XJ notice as reported. */
export const DEFAULT_MIN_WAGES: readonly MinWageTable[] = [
  {
    effectiveFrom: '2018-04-01',
    monthly: { 1: 182_000, 2: 162_000, 3: 154_000, 4: 146_000 },
    hourly: { 1: 1_820, 2: 1_620, 3: 1_540, 4: 1_460 },
    source: '新疆2018年4月最低工资标准调整（小时标准按月标准的1%估算，待核实）',
  },
  {
    effectiveFrom: '2021-04-01',
    monthly: { 1: 190_000, 2: 170_000, 3: 162_000, 4: 154_000 },
    hourly: { 1: 1_900, 2: 1_700, 3: 1_620, 4: 1_540 },
    source: '新疆2021年最低工资标准调整（一类区已确认，二至四类区及小时标准待核实）',
  },
];

/** The table in force on a date (latest effectiveFrom ≤ date); null before the first one. */
export function minWageOn(tables: readonly MinWageTable[], date: string): MinWageTable | null {
  let found: MinWageTable | null = null;
  for (const t of tables) if (t.effectiveFrom <= date && (!found || t.effectiveFrom > found.effectiveFrom)) found = t;
  return found;
}

export interface DefaultStandard {
  /** Monthly standard in fen. */
  fen: number;
  /** Chinese explanation shown next to the field, e.g. 一类区最低工资标准 1900.00 元/月（2021-04-01 起）. */
  basis: string;
}

const TIER_NAMES: Record<WageTier, string> = { 1: '一类区', 2: '二类区', 3: '三类区', 4: '四类区' };

/**
 * CFG-02 default standard of a post: full-time posts get the monthly minimum wage of the tier; non-full-time
 * posts the hourly minimum × hours per month (BR-19). A rural amount set by the county (≤ the minimum wage)
 * replaces the minimum wage for full-time rural posts. null when no rule gives a value (the clerk must enter it).
 */
export function defaultPostStandard(
  table: MinWageTable | null,
  tier: WageTier,
  post: { areaType: 'urban' | 'rural'; fullTime: boolean; monthlyHours: number | null },
  ruralStandardFen: number | null,
): DefaultStandard | null {
  if (!table) return null;
  const since = `（${table.effectiveFrom} 起）`;
  if (!post.fullTime) {
    if (!post.monthlyHours) return null;
    const fen = table.hourly[tier] * post.monthlyHours;
    return {
      fen,
      basis: `${TIER_NAMES[tier]}小时最低工资 ${fenToYuanText(table.hourly[tier])} 元 × ${post.monthlyHours} 小时${since}`,
    };
  }
  if (post.areaType === 'rural' && ruralStandardFen !== null) {
    const fen = Math.min(ruralStandardFen, table.monthly[tier]);
    return { fen, basis: `本县乡村公益性岗位补贴标准 ${fenToYuanText(fen)} 元/月（不高于最低工资标准）` };
  }
  return {
    fen: table.monthly[tier],
    basis: `${TIER_NAMES[tier]}月最低工资标准 ${fenToYuanText(table.monthly[tier])} 元/月${since}`,
  };
}
