// Reading one roster row's cells for a roster kind's row validator: a default stands in for a blank cell, every
// problem is recorded once per field by row and column, and the person the row names is looked up by 公民身份号码
// with the checks every kind needs (the ID valid, not a deleted person, the name agreeing with the register).
import type { z } from 'zod';
import { outsidePersonMessage } from '../../scope/scope';
import { validateIdNumber } from '../../../../shared/domain/id-number';
import type { MappedRow } from '../../excel/import/rows';
import { readDateCell } from '../../excel/import/dates';
import { readIdNumberCell, readTextCell } from '../../excel/import/values';
import type { RawCell } from '../../excel/read-table';
import { columnLetter } from '../../excel/raw-table';
import { findByIdNumber } from '../persons/queries';
import { deletedPersonMessage } from '../persons/person-write';
import { lookupKey, type CodeRead } from './person-codes';
import type { RowEnv } from './roster-kind';

export function rowCells(mapped: MappedRow, env: RowEnv, label: (key: string) => string) {
  const { row, cells } = mapped;
  const blank = (key: string) => readTextCell(cells[key] ?? null) === null;
  const cell = (key: string): RawCell =>
    blank(key) && env.defaults[key] !== undefined ? env.defaults[key] : (cells[key] ?? null);
  const bad = new Set<string>();
  const fail = (key: string, message: string) => {
    if (bad.has(key)) return;
    bad.add(key);
    env.errors.add(row, env.columns[key] ?? env.columns.idNumber, label(key), cell(key), message);
  };
  const text = (key: string) => readTextCell(cell(key)) ?? undefined;
  const code = (key: string, read: (t: string) => CodeRead) => {
    const t = text(key);
    if (t === undefined) return undefined;
    const r = read(t);
    if (!r.ok) fail(key, r.message);
    else if (r.label) env.readings?.note(row, key, t, r.label);
    return r.ok ? r.value : undefined;
  };
  /** A date cell as YYYY-MM-DD; null when blank or wrong (recorded), and a blank `required` one is recorded. */
  const date = (key: string, required = false): string | null => {
    const r = readDateCell(cell(key));
    if (!r.ok) fail(key, r.message);
    else if (!r.value && required) fail(key, `请填写${label(key)}`);
    return r.ok ? (r.value ?? null) : null;
  };
  /** A place cell (乡镇 or 村): the region's id; null when blank or not found (recorded). */
  const region = (key: string): string | null => {
    const t = text(key);
    if (!t) return null;
    const place = env.places.region(t);
    if (!place.ok) fail(key, place.message);
    else if (place.readAs) {
      const column = env.columns[key] === undefined ? '' : columnLetter(env.columns[key]);
      env.notes?.push({ row, column, field: label(key), value: t, message: place.readAs });
    }
    return place.ok ? place.id : null;
  };
  /** `raw` through the contract's schema, each issue recorded on the column `columnOf` gives for its first path key. */
  const parse = <T extends z.ZodType>(schema: T, raw: unknown, columnOf: (key: string) => string) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) for (const issue of parsed.error.issues) fail(columnOf(String(issue.path[0])), issue.message);
    return parsed;
  };
  return { cell, bad, fail, text, code, date, region, parse };
}

export type RowCells = ReturnType<typeof rowCells>;

/**
 * A row's 姓名 against the registered person its ID names (VR-03: one person per ID): another name more likely means
 * a wrong ID than a renamed person, so every import refuses the row; a real change of name goes through the form.
 */
export function nameMismatch(registered: string, written: string): string | null {
  return lookupKey(registered) === lookupKey(written)
    ? null
    : `姓名“${written}”与已登记的“${registered}”不符，请核对姓名和公民身份号码`;
}

/**
 * The row's 公民身份号码 and 姓名, and the registered person they name: `found` null when the ID is not
 * registered (the kind decides: create or refuse), undefined when the row is wrong (recorded).
 */
export function rowPerson(
  mapped: MappedRow,
  env: RowEnv,
  c: RowCells,
): { idNumber: string | null; name: string | undefined; found: { id: string } | null | undefined } {
  let idNumber: string | null = null;
  const id = readIdNumberCell(mapped.cells.idNumber ?? null);
  if (!id.ok) c.fail('idNumber', id.message);
  else if (!id.value) c.fail('idNumber', '请填写公民身份号码');
  else {
    const v = validateIdNumber(id.value, env.today);
    if (v.ok) idNumber = v.value;
    else c.fail('idNumber', v.message);
  }
  const name = c.text('name');
  if (!name) c.fail('name', '请填写姓名');
  if (!idNumber || !name) return { idNumber, name, found: undefined };
  const found = findByIdNumber(env.ctx.db, idNumber);
  if (!found) return { idNumber, name, found: null };
  // A 乡镇经办 imports rows of their townships' persons only (issue 19); the message names no one.
  const notMine = outsidePersonMessage(env.ctx, found.id);
  if (notMine) {
    c.fail('idNumber', notMine);
    return { idNumber, name, found: undefined };
  }
  if (found.deleted_at) {
    c.fail('idNumber', deletedPersonMessage(found.name, '后再导入'));
    return { idNumber, name, found: undefined };
  }
  const mismatch = nameMismatch(found.name, name);
  if (mismatch) {
    c.fail('name', mismatch);
    return { idNumber, name, found: undefined };
  }
  // The row names the registered person under the register's name (张 三 → 张三).
  env.readings?.note(mapped.row, 'name', name, found.name);
  return { idNumber, name, found };
}
