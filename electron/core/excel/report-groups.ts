// One-pass grouping for the report writer: rows arrive sorted by the group keys, a 小计 is due
// whenever a key changes. Memory stays constant in the number of rows (one accumulator per level,
// plus the set of finished group keys, used to catch a query that forgot to sort).
import type { GroupLevel, ReportColumn } from './report-definition';
import { isSummed } from './report-definition';

/** Count of data rows and sums of the summed fields (money in integer fen). */
export class Accumulator {
  count = 0;
  readonly sums: Record<string, number> = {};
  /** Fields that had a value in at least one row: a column empty in every row stays empty in 小计/合计 (not 0). */
  readonly filled = new Set<string>();

  constructor(private readonly keys: readonly string[]) {
    for (const k of keys) this.sums[k] = 0;
  }

  /** `counted`: false for a continuation row (report-definition.ts continuationKey): summed, not counted. */
  add(row: object, counted = true): void {
    if (counted) this.count++;
    for (const k of this.keys) {
      const v = toNumber(fieldOf(row, k), k);
      if (v !== null) {
        this.sums[k] += v;
        this.filled.add(k);
      }
    }
  }
}

/** A group that just ended: its level (0 = outermost), the values of its keys and its totals. */
export interface ClosedGroup {
  level: number;
  values: string[];
  totals: Accumulator;
}

export const fieldOf = (row: object, key: string): unknown => (row as Record<string, unknown>)[key];

/** A numeric field value: number, bigint or numeric string; null for empty. Anything else is a query bug. */
export function toNumber(value: unknown, key: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  throw new Error(`报表字段 ${key} 应为数字，实际为：${String(value)}`);
}

/** Fields that 小计/合计 rows add up: summed columns plus the numerators and denominators of rates. */
export function sumKeys(columns: ReportColumn[]): string[] {
  const keys = new Set<string>();
  for (const c of columns) {
    if (c.type === 'rate' && c.rate) {
      keys.add(c.rate.numerator);
      keys.add(c.rate.denominator);
    } else if (isSummed(c)) keys.add(c.key);
  }
  return [...keys];
}

export class GroupTracker {
  readonly grand: Accumulator;
  private current: string[] | null = null;
  private levelTotals: Accumulator[] = [];
  private finished: Set<string>[];

  constructor(
    private readonly levels: GroupLevel[],
    private readonly keys: string[],
  ) {
    this.grand = new Accumulator(keys);
    this.finished = levels.map(() => new Set());
  }

  /** Feeds one data row (`counted`: see Accumulator.add); returns the groups that end before it, innermost first. */
  next(row: object, counted = true): ClosedGroup[] {
    const values = this.levels.map((l) => groupValue(fieldOf(row, l.key)));
    const changed = this.current ? values.findIndex((v, i) => v !== this.current?.[i]) : 0;
    let closed: ClosedGroup[] = [];
    if (this.current && changed >= 0) closed = this.close(changed);
    if (changed >= 0) {
      for (let i = changed; i < this.levels.length; i++) {
        const path = values.slice(0, i + 1).join('\u0000');
        if (this.finished[i].has(path)) {
          throw new Error(`报表数据未按分组排序：${values.slice(0, i + 1).join(' / ')} 出现了两次`);
        }
        this.levelTotals[i] = new Accumulator(this.keys);
      }
      this.current = values;
    }
    for (const acc of this.levelTotals) acc.add(row, counted);
    this.grand.add(row, counted);
    return closed;
  }

  /** Ends every open group (after the last row), innermost first. */
  finish(): ClosedGroup[] {
    return this.current ? this.close(0) : [];
  }

  private close(fromLevel: number): ClosedGroup[] {
    const out: ClosedGroup[] = [];
    const current = this.current ?? [];
    for (let i = this.levels.length - 1; i >= fromLevel; i--) {
      const values = current.slice(0, i + 1);
      this.finished[i].add(values.join('\u0000'));
      out.push({ level: i, values, totals: this.levelTotals[i] });
    }
    return out;
  }
}

/** The text a group value is compared and labelled by; an empty value becomes 未填写. */
export function groupValue(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value).trim();
  return s === '' ? '未填写' : s;
}
