// The import rule "a value read differently from what is written shows its resolved form in the check preview",
// for every import kind: each written text a column's cells were stored in another form (维 → 维吾尔族, 初中毕业 →
// 初中, 张 三 → 张三, 待业 → 失业(未就业), 10 → 失业(未就业)), with how many rows wrote it. Only cells the file filled
// (never a default); the check lists only the rows it would import (`list`'s `keep`).
import type { ImportReading } from '../../../../shared/contract/imports';
import { columnLetter } from '../../excel/raw-table';

/** How many different readings the check reports (the commonest first). */
export const MAX_READINGS = 30;

export class ReadingCollector {
  /** field key + written text → the reading and the rows that wrote it. */
  private readonly seen = new Map<string, { key: string; written: string; readAs: string; rows: number[] }>();

  /** `columns`: the file's 0-based column of each mapped field; `label`: the field's name as the kind shows it. */
  constructor(
    private readonly columns: Readonly<Record<string, number>>,
    private readonly label: (key: string) => string,
  ) {}

  /** Row `row`'s cell of `key`, written as `written`, is stored as `readAs` (nothing when they agree). */
  note(row: number, key: string, written: string | null | undefined, readAs: string): void {
    if (!written || written === readAs || this.columns[key] === undefined) return;
    const id = `${key}\u0000${written}`;
    const known = this.seen.get(id);
    if (known) known.rows.push(row);
    else this.seen.set(id, { key, written, readAs, rows: [row] });
  }

  /** The readings of the rows `keep` accepts (all by default), the commonest first, at most MAX_READINGS. */
  list(keep: (row: number) => boolean = () => true): ImportReading[] {
    const out: ImportReading[] = [];
    for (const { key, written, readAs, rows } of this.seen.values()) {
      const kept = rows.filter(keep).length;
      if (!kept) continue;
      out.push({ column: columnLetter(this.columns[key]), field: this.label(key), written, readAs, rows: kept });
    }
    return out.sort((a, b) => b.rows - a.rows || a.column.localeCompare(b.column)).slice(0, MAX_READINGS);
  }
}
