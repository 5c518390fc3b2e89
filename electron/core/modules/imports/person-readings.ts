// The person columns whose stored form a clerk would recognise, noted in the shared readings (readings.ts) by the
// person import and by the roster kinds that create persons from their rows (失业登记).
import type { PersonInputParsed } from '../../../../shared/contract/person-input';
import { educationLabel, employmentStatusLabel, ethnicityLabel, povertyStatusLabel } from '../../../../shared/enums';
import type { MappedRow } from '../../excel/import/rows';
import { readTextCell } from '../../excel/import/values';
import type { PersonImportKey } from './person-columns';
import type { ReadingCollector } from './readings';

/** The fields whose stored form a clerk would recognise, and how to show it. */
const SHOWN: Partial<Record<PersonImportKey, (p: PersonInputParsed) => string>> = {
  name: (p) => p.name,
  ethnicity: (p) => ethnicityLabel(p.ethnicity),
  education: (p) => (p.education ? educationLabel(p.education) : ''),
  phone: (p) => p.phone ?? '',
  employmentStatus: (p) => employmentStatusLabel(p.employmentStatus),
  povertyStatus: (p) => (p.povertyStatus ? povertyStatusLabel(p.povertyStatus) : ''),
};

/** Notes the row's person cells that were stored in another form than written. */
export function notePersonReadings(readings: ReadingCollector, mapped: MappedRow, person: PersonInputParsed): void {
  for (const [key, show] of Object.entries(SHOWN) as [PersonImportKey, (p: PersonInputParsed) => string][]) {
    readings.note(mapped.row, key, readTextCell(mapped.cells[key] ?? null), show(person));
  }
}
