// The mapping screen's model (issue 14): what the core reported of the file (from a check, or from a refusal's
// details when required columns are missing or several sheets look like rosters), the clerk's edits laid over
// it, and what goes back to the core (a re-check) or into a saved mapping (by header text).
import type { AppErrorBody } from '../../../../shared/contract';
import {
  PERSON_IMPORT_FIELDS,
  PERSON_IMPORT_NO_DEFAULT,
  PERSON_IMPORT_REQUIRED,
  type MappedColumn,
  type PersonImportCheck,
  type SheetCandidate,
} from '../../../../shared/contract/imports';
import { ROSTER_FIELD_TABLES, type ImportKindId } from '../../../../shared/contract/roster-imports';

export type FieldKey = string;

/** Each roster kind's field table: key → label, the required keys, the keys that take no default. */
const TABLES: Record<
  ImportKindId,
  { fields: Record<string, string>; required: readonly string[]; noDefault: readonly string[] }
> = {
  persons: {
    fields: PERSON_IMPORT_FIELDS,
    required: Object.keys(PERSON_IMPORT_REQUIRED),
    noDefault: PERSON_IMPORT_NO_DEFAULT,
  },
  ...ROSTER_FIELD_TABLES,
};

/** The file as the core saw it: enough to draw the mapping. */
export interface FileView {
  sheetName: string | null;
  sheets: SheetCandidate[];
  headerRow: number | null;
  columns: MappedColumn[];
  /** Defaults in force in the last check (from a saved mapping or the clerk's). */
  defaults: Record<string, string>;
}

/** The clerk's changes since the last check: column letter → field ('' = 忽略), field → default ('' = none). */
export interface MappingEdits {
  columns: Record<string, string>;
  defaults: Record<string, string>;
}

export const NO_EDITS: MappingEdits = { columns: {}, defaults: {} };

/** What the next check sends besides the file. */
export interface CheckOptions {
  sheet?: string;
  mappingName?: string;
  edits: MappingEdits;
}

export const fieldLabel = (key: string | null | undefined, kind: ImportKindId = 'persons'): string =>
  key ? (TABLES[kind].fields[key] ?? key) : '';
export const isRequired = (key: string, kind: ImportKindId = 'persons') => TABLES[kind].required.includes(key);
export const canDefault = (key: string, kind: ImportKindId = 'persons') => !TABLES[kind].noDefault.includes(key);
export const fieldKeys = (kind: ImportKindId = 'persons'): FieldKey[] => Object.keys(TABLES[kind].fields);

/** What every kind's check says about the file. */
type CheckedFile = Pick<PersonImportCheck, 'fields' | 'sheetName' | 'sheets' | 'headerRow' | 'columns'>;

export function viewOfCheck(c: CheckedFile): FileView {
  const defaults: Record<string, string> = {};
  for (const f of c.fields ?? []) if (f.defaultValue !== null) defaults[f.field] = f.defaultValue;
  return {
    sheetName: c.sheetName ?? null,
    sheets: c.sheets ?? [],
    headerRow: c.headerRow ?? null,
    columns: c.columns ?? [],
    defaults,
  };
}

interface RefusedColumn {
  column: string;
  header: string;
  field: string | null;
}

const isRefusedColumn = (x: unknown): x is RefusedColumn =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as RefusedColumn).column === 'string' &&
  typeof (x as RefusedColumn).header === 'string';
const isSheet = (x: unknown): x is SheetCandidate =>
  typeof x === 'object' && x !== null && typeof (x as SheetCandidate).sheetName === 'string';

/**
 * A refusal the mapping screen can act on: required columns missing (details carry the columns) or several
 * roster-like sheets (details carry the sheets). Null for any other failure.
 */
export function viewOfRefusal(
  error: AppErrorBody,
  sent: CheckOptions,
  lastDefaults: Record<string, string>,
  kind: ImportKindId = 'persons',
): FileView | null {
  const d = error.details;
  if (error.code !== 'RULE_VIOLATION' || !d) return null;
  const sheets = Array.isArray(d.sheets) ? d.sheets.filter(isSheet) : [];
  const columns = Array.isArray(d.columns) ? d.columns.filter(isRefusedColumn) : [];
  if (!columns.length && sheets.length < 2) return null;
  const chosen = new Set(Object.keys(sent.edits.columns));
  return {
    sheetName: typeof d.sheetName === 'string' ? d.sheetName : null,
    sheets,
    headerRow: typeof d.headerRow === 'number' ? d.headerRow : null,
    columns: columns.map((c) => ({
      column: c.column,
      header: c.header,
      field: c.field,
      fieldLabel: c.field ? fieldLabel(c.field, kind) : null,
      source: chosen.has(c.column) ? (c.field ? 'chosen' : 'ignored') : c.field ? 'detected' : 'unknown',
    })),
    defaults: { ...lastDefaults, ...nonEmpty(sent.edits.defaults) },
  };
}

const nonEmpty = (r: Record<string, string>) =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v.trim() !== ''));

/** The field a column goes to now ('' = not imported). */
export const effectiveField = (c: MappedColumn, edits: MappingEdits): string =>
  edits.columns[c.column] ?? c.field ?? '';

/** The default of a field now ('' = none). */
export const effectiveDefault = (key: string, view: FileView, edits: MappingEdits): string =>
  edits.defaults[key] ?? view.defaults[key] ?? '';

export interface FieldRow {
  key: FieldKey;
  label: string;
  required: boolean;
  /** 'C列“所在乡镇（街道）”', or null when no column feeds it. */
  from: string | null;
  defaultValue: string;
  /** Required, with neither a column nor a default: the check will refuse. */
  missing: boolean;
}

/** The roster's fields with where each comes from now: the ones a default can fill, and required ones. */
export function fieldRows(view: FileView, edits: MappingEdits, kind: ImportKindId = 'persons'): FieldRow[] {
  const source = new Map<string, MappedColumn>();
  for (const c of view.columns) {
    const f = effectiveField(c, edits);
    if (f && !source.has(f)) source.set(f, c);
  }
  return fieldKeys(kind)
    .filter((key) => canDefault(key, kind) || isRequired(key, kind))
    .map((key) => {
      const col = source.get(key);
      const defaultValue = canDefault(key, kind) ? effectiveDefault(key, view, edits) : '';
      return {
        key,
        label: fieldLabel(key, kind),
        required: isRequired(key, kind),
        from: col ? `${col.column}列“${col.header}”` : null,
        defaultValue,
        missing: isRequired(key, kind) && !col && !defaultValue.trim(),
      };
    });
}

/** The check input's sheet/mapping part. */
export function checkInput(o: CheckOptions) {
  const hasEdits = Object.keys(o.edits.columns).length > 0 || Object.keys(o.edits.defaults).length > 0;
  return {
    ...(o.sheet ? { sheet: o.sheet } : {}),
    ...(o.mappingName ? { mappingName: o.mappingName } : {}),
    ...(hasEdits ? { mapping: { columns: { ...o.edits.columns }, defaults: { ...o.edits.defaults } } } : {}),
  };
}

/**
 * The mapping to save: every column the clerk (or the applied saved mapping) decided, by header text so a
 * reordered file still maps; the defaults in force. Detected columns need no saving: they detect themselves.
 */
export function mappingToSave(
  view: FileView,
  edits: MappingEdits,
): { columns: Record<string, string>; defaults: Record<string, string> } {
  const columns: Record<string, string> = {};
  for (const c of view.columns) {
    if (!c.header.trim()) continue;
    const edited = edits.columns[c.column];
    if (edited !== undefined) columns[c.header] = edited;
    else if (c.source === 'chosen' || c.source === 'ignored') columns[c.header] = c.field ?? '';
  }
  const defaults = nonEmpty({ ...view.defaults, ...edits.defaults });
  return { columns, defaults };
}

export const sheetLabel = (s: SheetCandidate) => `${s.sheetName}（第${s.headerRow}行表头，识别出${s.matched}列）`;

export const SOURCE_TEXT: Record<MappedColumn['source'], string> = {
  detected: '按表头自动识别',
  chosen: '手动对应',
  ignored: '不导入',
  unknown: '未识别，不导入',
};

/** Header words of the columns that must not be lost quietly: an ID, an account, a phone (audit4 gap 2). */
const NUMBER_COLUMNS: readonly [RegExp, string][] = [
  [/身份证|身份号码|证件号/, '未导入：像身份证号'],
  [/卡号|账号|账户|存折|一卡通/, '未导入：像卡号'],
  [/电话|手机|联系方式/, '未导入：像电话'],
];

/** The warning for a column that looks like an ID, account or phone column but goes nowhere; null otherwise. */
export function unimportedNumberColumn(c: MappedColumn, edits: MappingEdits): string | null {
  if (effectiveField(c, edits) !== '') return null;
  return NUMBER_COLUMNS.find(([re]) => re.test(c.header))?.[1] ?? null;
}
