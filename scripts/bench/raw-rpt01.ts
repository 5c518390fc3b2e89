// The hand-written baseline both RPT-01 export benches measure the report frame against (excel-export.ts with
// synthetic persons, rpt01-export.ts with the register's rows): the same data cells and styles, no frame.
import type ExcelJS from 'exceljs';
import { maskIdNumber, maskPhone } from '../../shared/domain/masking';

type Dates = 'recognitionDate' | 'employmentDate' | 'lastContact' | 'exitDate';
type Plain =
  | 'township'
  | 'village'
  | 'name'
  | 'sex'
  | 'ethnicity'
  | 'age'
  | 'education'
  | 'address'
  | 'category'
  | 'otherCategories'
  | 'cardNo'
  | 'employment'
  | 'employer'
  | 'policies'
  | 'helper'
  | 'exitReason'
  | 'remark';

/** One RPT-01 row as the baselines read it. */
type RawRpt01Row = Record<Plain, ExcelJS.CellValue> &
  Record<Dates, string | null> & { idNumber: string; phone: string | null };

/** Writes `rows` numbered from 1 with the column `styles`; `date` turns a date text into its cell value. */
export async function writeRawRpt01(
  ws: ExcelJS.Worksheet,
  rows: Iterable<RawRpt01Row>,
  styles: Partial<ExcelJS.Style>[],
  date: (s: string | null) => ExcelJS.CellValue,
): Promise<number> {
  let seq = 0;
  for (const p of rows) {
    const values: ExcelJS.CellValue[] = [
      ++seq,
      p.township,
      p.village,
      p.name,
      p.sex,
      p.ethnicity,
      maskIdNumber(p.idNumber),
      p.age,
      p.education,
      maskPhone(p.phone),
      p.address,
      p.category,
      p.otherCategories,
      date(p.recognitionDate),
      p.cardNo,
      p.employment,
      p.employer,
      date(p.employmentDate),
      p.policies,
      p.helper,
      date(p.lastContact),
      date(p.exitDate),
      p.exitReason,
      p.remark,
    ];
    const row = ws.getRow(seq);
    for (let i = 0; i < values.length; i++) {
      const cell = row.getCell(i + 1);
      cell.value = values[i];
      cell.style = styles[i];
    }
    row.commit();
    if (seq % 1000 === 0) await new Promise<void>((r) => setImmediate(r));
  }
  return seq;
}
