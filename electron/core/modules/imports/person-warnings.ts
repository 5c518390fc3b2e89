// What the person import check points out without refusing (shown under 提醒 in the preview, imported as they are):
// a row that makes someone under 16 or past the statutory retirement date 失业(未就业) (DOMAIN §3.1, BR-03), with
// the same words as the person form's warning under 当前就业状态; and the warnings persons.create and persons.update
// return for the row's values (the shared schema's: VR-01 户籍非新疆, VR-11, VR-04 phone, VR-10 bank card, 就业创业证号);
// and a 开户行 written for someone who then has no account (audit4 gap 2: the account column went unmapped, or its
// cell is blank), since a roster cannot pay them (RPT-06 社会保障卡号(银行账号)).
import type Database from 'better-sqlite3';
import type { ImportRowError } from '../../../../shared/contract/imports';
import {
  retirementCategoryFor,
  type PersonInputParsed,
  type PersonWarnings,
} from '../../../../shared/contract/person-input';
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
  /** A registered person's id: the account they keep when the row leaves it unchanged. */
  personId?: string;
  bankCardNo?: string | null;
  retirementCategory?: string | null;
  employmentStatus?: string;
}

export const BANK_WITHOUT_ACCOUNT =
  '填写了开户行，但没有社保卡/银行卡号，发放补贴时无法付款。如文件中有卡号列，请在“列的对应关系”中把它对应为“社保卡/银行卡号”';

/** The fields whose warnings the shared person schema gives (PersonWarnings), in the preview's column order. */
const WARNED: readonly (keyof PersonWarnings)[] = ['idNumber', 'phone', 'cardNo', 'bankCardNo'];

/**
 * The rows the commit would write (new persons, and the registered ones with changes) that need a second look.
 * `columns`: the file's column of each field; `parsedOf`: the row as the shared schema read it (with its warnings).
 */
export function personImportWarnings(
  db: Database.Database,
  today: string,
  creates: readonly PlannedCreate[],
  updates: readonly (PlannedUpdate & { idNumber: string })[],
  columns: Readonly<Record<string, number>>,
  parsedOf: (row: number) => PersonInputParsed | undefined,
): ImportRowError[] {
  const column = (key: string) => (columns[key] === undefined ? '' : columnLetter(columns[key]));
  const femaleDefault = femaleRetirementDefaultOn(db, today);
  const written: Written[] = [
    ...creates.map((c) => ({ ...c.person, row: c.row })),
    ...updates.flatMap((u) =>
      u.update ? [{ ...u.update, row: u.row, idNumber: u.idNumber, personId: u.personId }] : [],
    ),
  ];
  const storedAccount = db.prepare<[string], string | null>('SELECT bank_card_no FROM persons WHERE id = ?').pluck();
  const out: ImportRowError[] = [];
  for (const w of written) {
    const parsed = parsedOf(w.row);
    const account = w.bankCardNo !== undefined || !w.personId ? w.bankCardNo : storedAccount.get(w.personId);
    // Only a 开户行 the file itself gives: a registered person's stored bank is not this file's doing.
    const bank = columns.bankName === undefined ? null : parsed?.bankName;
    if (bank && !account) {
      const field = importLabel('bankName');
      out.push({ row: w.row, column: column('bankName'), field, value: bank, message: BANK_WITHOUT_ACCOUNT });
    }
    for (const key of WARNED) {
      const message = parsed?.warnings[key];
      if (message)
        out.push({ row: w.row, column: column(key), field: importLabel(key), value: parsed[key] ?? '', message });
    }
    const id = validateIdNumber(w.idNumber, today);
    if (!id.ok) continue;
    const category = retirementCategoryFor(id.sex, w.retirementCategory ?? null, femaleDefault) as RetirementCategory;
    const message = unemployedOutsideWorkingAge(id.birthDate, category, w.employmentStatus, today);
    if (!message) continue;
    out.push({
      row: w.row,
      column: column('employmentStatus'),
      field: importLabel('employmentStatus'),
      value: employmentStatusLabel(w.employmentStatus ?? ''),
      message,
    });
  }
  return out.sort((a, b) => a.row - b.row);
}
