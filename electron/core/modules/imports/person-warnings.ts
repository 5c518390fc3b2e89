// What the person import check points out without refusing (shown under 提醒 in the preview, imported as they are):
// a row that makes someone under 16 or past the statutory retirement date 失业(未就业) (DOMAIN §3.1, BR-03), with
// the same words as the person form's warning under 当前就业状态.
import type Database from 'better-sqlite3';
import type { ImportRowError } from '../../../../shared/contract/imports';
import { retirementCategoryFor } from '../../../../shared/contract/person-input';
import { validateIdNumber } from '../../../../shared/domain/id-number';
import type { RetirementCategory } from '../../../../shared/domain/retirement';
import { unemployedOutsideWorkingAge } from '../../../../shared/domain/working-age-status';
import { employmentStatusLabel } from '../../../../shared/enums';
import { columnLetter } from '../../excel/raw-table';
import { femaleRetirementDefaultOn } from '../persons/config';
import { importLabel } from './person-columns';
import type { PlannedCreate, PlannedUpdate } from './store';

interface Written {
  row: number;
  idNumber: string;
  retirementCategory?: string | null;
  employmentStatus?: string;
}

/** The rows the commit would write (new persons, and the registered ones with changes) that need a second look. */
export function personImportWarnings(
  db: Database.Database,
  today: string,
  creates: readonly PlannedCreate[],
  updates: readonly (PlannedUpdate & { idNumber: string })[],
  statusColumn: number | undefined,
): ImportRowError[] {
  const femaleDefault = femaleRetirementDefaultOn(db, today);
  const written: Written[] = [
    ...creates.map((c) => ({ ...c.person, row: c.row })),
    ...updates.flatMap((u) => (u.update ? [{ ...u.update, row: u.row, idNumber: u.idNumber }] : [])),
  ];
  const out: ImportRowError[] = [];
  for (const w of written) {
    const id = validateIdNumber(w.idNumber, today);
    if (!id.ok) continue;
    const category = retirementCategoryFor(id.sex, w.retirementCategory ?? null, femaleDefault) as RetirementCategory;
    const message = unemployedOutsideWorkingAge(id.birthDate, category, w.employmentStatus, today);
    if (!message) continue;
    out.push({
      row: w.row,
      column: statusColumn === undefined ? '' : columnLetter(statusColumn),
      field: importLabel('employmentStatus'),
      value: employmentStatusLabel(w.employmentStatus ?? ''),
      message,
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
