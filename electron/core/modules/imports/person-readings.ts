// The import rule "a value read differently from what is written shows its resolved form in the check preview":
// the person import notes, per column, each written text it stored in another form (维 → 维吾尔族, 初中毕业 → 初中,
// 张 三 → 张三, +86 138… → 138…), with how many rows wrote it. Only cells the file filled (never a default), only
// rows that passed.
import type { ImportReading } from '../../../../shared/contract/imports';
import type { PersonInputParsed } from '../../../../shared/contract/person-input';
import { educationLabel, employmentStatusLabel, ethnicityLabel, povertyStatusLabel } from '../../../../shared/enums';
import type { MappedRow } from '../../excel/import/rows';
import { readTextCell } from '../../excel/import/values';
import { columnLetter } from '../../excel/raw-table';
import { importLabel, type PersonImportKey } from './person-columns';

/** The fields whose stored form a clerk would recognise, and how to show it. */
const SHOWN: Partial<Record<PersonImportKey, (p: PersonInputParsed) => string>> = {
  name: (p) => p.name,
  ethnicity: (p) => ethnicityLabel(p.ethnicity),
  education: (p) => (p.education ? educationLabel(p.education) : ''),
  phone: (p) => p.phone ?? '',
  employmentStatus: (p) => employmentStatusLabel(p.employmentStatus),
  povertyStatus: (p) => (p.povertyStatus ? povertyStatusLabel(p.povertyStatus) : ''),
};

/** How many different readings the check reports (the commonest first). */
export const MAX_READINGS = 30;

export class ReadingCollector {
  private readonly seen = new Map<string, ImportReading>();

  constructor(private readonly columns: Readonly<Record<string, number>>) {}

  /** Notes the row's cells that were stored in another form than written. */
  note(mapped: MappedRow, person: PersonInputParsed) {
    for (const [key, show] of Object.entries(SHOWN) as [PersonImportKey, (p: PersonInputParsed) => string][]) {
      const written = readTextCell(mapped.cells[key] ?? null);
      const readAs = show(person);
      if (written === null || this.columns[key] === undefined || written === readAs) continue;
      const id = `${key}\u0000${written}`;
      const known = this.seen.get(id);
      if (known) known.rows++;
      else {
        const column = columnLetter(this.columns[key]);
        this.seen.set(id, { column, field: importLabel(key), written, readAs, rows: 1 });
      }
    }
  }

  list(): ImportReading[] {
    return [...this.seen.values()]
      .sort((a, b) => b.rows - a.rows || a.column.localeCompare(b.column))
      .slice(0, MAX_READINGS);
  }
}
