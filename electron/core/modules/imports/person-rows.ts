// One imported row → the person form's input, validated with the SHARED person schema (import rules = form
// rules, VR-01..VR-05, VR-10..VR-12), every problem recorded by row and column in Chinese. Excel's traps are
// caught here through the engine's readers: IDs stored as numbers or as 6.5E+17 (reported, never guessed),
// full-width digits, lowercase x, dates in every form.
import type { PersonInputParsed, personInputSchema } from '../../../../shared/contract/person-input';
import { validateIdNumber } from '../../../../shared/domain/id-number';
import { sexLabel } from '../../../../shared/enums';
import { readDateCell } from '../../excel/import/dates';
import type { RowErrorCollector } from '../../excel/import/errors';
import type { MappedRow } from '../../excel/import/rows';
import { readIdNumberCell, readTextCell } from '../../excel/import/values';
import type { RawCell } from '../../excel/read-table';
import { columnLetter } from '../../excel/raw-table';
import type { ImportRowError } from '../../../../shared/contract/imports';
import { deriveFromIdNumber } from '../persons/derive';
import { yesNo, type CodeRead } from './person-codes';
import { PERSON_CODED } from './person-defaults';
import { importLabel, type PersonImportKey } from './person-columns';
import type { Places } from './places';
import type { ImportedRecognition } from './store';
import { DIFFICULTY_CATEGORIES, DIFFICULTY_CATEGORY_CODES } from '../../../../shared/enums/difficulty-categories';

export type PersonSchema = ReturnType<typeof personInputSchema>;

export interface ReadPerson {
  row: number;
  /** The form input after the shared schema (normalised values). */
  person: PersonInputParsed;
  /** 就业困难人员 column (undefined = blank; 是 when only 认定日期 / 认定类别 are filled). */
  isDifficult: boolean | undefined;
  /** 认定日期 / 认定类别, when either is filled. */
  recognition: ImportedRecognition | undefined;
  /** Columns with a value in this row: a blank cell never overwrites a stored value. Shared between rows: read only. */
  present: ReadonlySet<PersonImportKey>;
  /** Places read as another name (疏附县乌帕尔镇 → 乌帕尔镇), for the check preview's 提醒. */
  readAs: ImportRowError[];
}

/**
 * Rows of one roster mostly fill the same columns: one set per combination is kept (a 50,000-row check would
 * otherwise hold 50,000 small sets until its end). Keyed by content, so sharing changes nothing a row reads.
 */
const presentSets = new Map<string, ReadonlySet<PersonImportKey>>();
function shared(present: Set<PersonImportKey>): ReadonlySet<PersonImportKey> {
  // The columns are marked in the same order for every row, so equal sets give equal keys.
  const key = [...present].join(',');
  let set = presentSets.get(key);
  if (!set) {
    if (presentSets.size >= 1024) presentSets.clear();
    presentSets.set(key, (set = present));
  }
  return set;
}

/** Schema paths → the column that holds the value. */
const PATH_COLUMN: Record<string, PersonImportKey> = {
  idNumber: 'idNumber',
  name: 'name',
  ethnicity: 'ethnicity',
  education: 'education',
  phone: 'phone',
  residenceRegionId: 'village',
  hukouRegionId: 'village',
  urbanRural: 'village',
  address: 'address',
  employmentStatus: 'employmentStatus',
  cardNo: 'cardNo',
  dibao: 'dibao',
  povertyStatus: 'povertyStatus',
  disabilityCertNo: 'disabilityCertNo',
  disabilityType: 'disabilityCertNo',
  disabilityGrade: 'disabilityCertNo',
  bankCardNo: 'bankCardNo',
  bankName: 'bankName',
  retirementCategory: 'idNumber',
};

/** The column that holds the value at a schema path (an update's cross-field rules end up on the ID). */
export const columnOfPath = (path: PropertyKey | undefined): PersonImportKey => PATH_COLUMN[String(path)] ?? 'idNumber';

/** The form says 请选择 (a picker); in a file the clerk fills a cell. */
export const asFileMessage = (message: string) => message.replace(/^请选择/, '请填写');

const damaged = (label: string) => `${label}被 Excel 存成了数字，后几位已丢失，请把该列设为“文本”后重新填写`;
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;

/**
 * Long digit strings (就业创业证号, 残疾人证号, 银行卡号): a number of 16+ digits has lost digits in Excel. A leading
 * apostrophe typed to keep the digits as text is dropped, as for the ID (readIdNumberCell).
 */
function readLongText(cell: RawCell, label: string): CodeRead | { ok: true; value: undefined } {
  if (typeof cell === 'number' && (!Number.isInteger(cell) || Math.abs(cell) >= 1e15))
    return { ok: false, message: damaged(label) };
  const text = readTextCell(cell)?.replace(/^'/, '') || null;
  if (text === null) return { ok: true, value: undefined };
  if (SCIENTIFIC.test(text)) return { ok: false, message: damaged(label) };
  return { ok: true, value: text };
}

export interface RowOutcome {
  /** The row's ID when it passes VR-01 (even if other cells are wrong), for the duplicate check. */
  idNumber: string | null;
  /** null when the row has errors (all recorded in `errors`): it is neither inserted nor matched. */
  read: ReadPerson | null;
}

/** The refusal of a row when the file has no 乡镇 column and no default was set. */
export const NO_TOWNSHIP_COLUMN =
  '文件中没有“乡镇(街道)”列：请增加该列，或在“列的对应关系”页的“字段的来源与默认值”中为乡镇(街道)设默认值';

/** Reads one row, recording every problem in `errors`. */

export function readPersonRow(
  mapped: MappedRow,
  columns: Record<string, number>,
  places: Places,
  schema: PersonSchema,
  errors: Pick<RowErrorCollector, 'add'>,
  today: string,
  defaults: Readonly<Record<string, string>> = {},
): RowOutcome {
  const { row, cells } = mapped;
  // A default stands in for a missing column or a blank cell; it never counts as said by the file, so it
  // never changes a registered person (person-match uses `present`).
  const defaulted = (key: PersonImportKey) => defaults[key] !== undefined && readTextCell(cells[key] ?? null) === null;
  const cell = (key: PersonImportKey): RawCell => (defaulted(key) ? defaults[key] : (cells[key] ?? null));
  const mark = (key: PersonImportKey) => {
    if (!defaulted(key)) present.add(key);
  };
  const bad = new Set<PersonImportKey>();
  const present = new Set<PersonImportKey>();
  const fail = (key: PersonImportKey, message: string) => {
    if (bad.has(key)) return;
    bad.add(key);
    errors.add(row, columns[key] ?? columns.idNumber, importLabel(key), cell(key), message);
  };
  const text = (key: PersonImportKey): string | undefined => {
    const t = readTextCell(cell(key));
    if (t === null) return undefined;
    mark(key);
    return t;
  };
  const code = (key: PersonImportKey, read: (t: string) => CodeRead): string | undefined => {
    const t = text(key);
    if (t === undefined) return undefined;
    const r = read(t);
    if (r.ok) return r.value;
    fail(key, r.message);
    return undefined;
  };
  const flag = (key: PersonImportKey): boolean | undefined => {
    const t = text(key);
    if (t === undefined) return undefined;
    const r = yesNo(importLabel(key), t);
    if (r.ok) return r.value;
    fail(key, r.message);
    return undefined;
  };
  const long = (key: PersonImportKey): string | undefined => {
    const r = readLongText(cell(key), importLabel(key));
    if (!r.ok) fail(key, r.message);
    else if (r.value !== undefined) mark(key);
    return r.ok ? r.value : undefined;
  };

  const id = readIdNumberCell(cell('idNumber'));
  if (!id.ok) fail('idNumber', id.message);
  const township = text('township');
  const village = text('village');
  let residenceRegionId: string | undefined;
  const readAs: ImportRowError[] = [];
  // audit8 gap 7: without a 乡镇 column the error sits on the ID column: say the column is missing and where the
  // mapping step's default is set (its on-screen names).
  if (!township) fail('township', columns.township === undefined ? NO_TOWNSHIP_COLUMN : '请填写乡镇(街道)');
  else if (!village) fail('village', '请填写村(社区)');
  else {
    const place = places.find(township, village);
    if (place.ok) residenceRegionId = place.villageId;
    else fail(place.field, place.message);
    for (const r of place.ok ? place.readAs : []) {
      const column = columns[r.field] === undefined ? '' : columnLetter(columns[r.field]);
      const value = r.field === 'township' ? township : village;
      readAs.push({ row, column, field: importLabel(r.field), value, message: r.message });
    }
  }
  let isDifficult = flag('isDifficult');
  const recognition = readRecognition(cell, text, fail, today);
  if (recognition && isDifficult === false)
    fail('isDifficult', '填写了认定日期或认定类别的人员应为就业困难人员，请填“是”');
  if (recognition && isDifficult === undefined) isDifficult = true;
  const dibao = flag('dibao');
  const sex = code('sex', PERSON_CODED.sex);
  const birth = readDateCell(cell('birthDate'));
  if (!birth.ok) fail('birthDate', birth.message);
  else if (birth.value) mark('birthDate');
  const input = {
    idNumber: id.ok ? (id.value ?? '') : '',
    name: text('name') ?? '',
    ethnicity: code('ethnicity', PERSON_CODED.ethnicity),
    education: code('education', PERSON_CODED.education) ?? null,
    phone: text('phone') ?? null,
    // A place already reported gets a stand-in, so the schema does not report it a second time.
    residenceRegionId: residenceRegionId ?? 'unresolved',
    address: text('address') ?? null,
    employmentStatus: code('employmentStatus', PERSON_CODED.employmentStatus),
    cardNo: long('cardNo') ?? null,
    dibao: dibao ?? false,
    povertyStatus: code('povertyStatus', PERSON_CODED.povertyStatus) ?? null,
    disabilityCertNo: long('disabilityCertNo') ?? null,
    bankCardNo: long('bankCardNo') ?? null,
    bankName: text('bankName') ?? null,
  };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(columnOfPath(issue.path[0]), asFileMessage(issue.message));
  } else {
    checkDerived(parsed.data.idNumber, sex, birth.ok ? birth.value : null, fail);
  }
  // The schema has validated the ID when the row passed; only a failed row needs VR-01 on its own (duplicates).
  const valid = parsed.success || !id.ok || !id.value ? null : validateIdNumber(id.value, today);
  const idNumber = parsed.success ? parsed.data.idNumber : valid?.ok ? valid.value : null;
  if (bad.size || !parsed.success) return { idNumber, read: null };
  return { idNumber, read: { row, person: parsed.data, isDifficult, recognition, present: shared(present), readAs } };
}

/** 性别 and 出生日期, when filled, must agree with the ID (VR-01 steps 4–5); they are never stored from the file. */
function checkDerived(
  idNumber: string,
  sex: string | undefined,
  birth: string | null,
  fail: (key: PersonImportKey, message: string) => void,
) {
  const derived = deriveFromIdNumber(idNumber);
  if (sex && sex !== derived.sex)
    fail('sex', `性别与公民身份号码第17位不符，按公民身份号码应为“${sexLabel(derived.sex)}”`);
  if (birth && birth !== derived.birthDate)
    fail('birthDate', `出生日期 ${birth} 与公民身份号码中的出生日期 ${derived.birthDate} 不符`);
}

/** E06 by code, name or short name (大龄失业人员 / 大龄 / K01). */
function categoryCode(t: string): string | undefined {
  const v = t.trim().toUpperCase();
  if ((DIFFICULTY_CATEGORY_CODES as readonly string[]).includes(v)) return v;
  return DIFFICULTY_CATEGORIES.find((c) => c.label === t.trim() || c.short === t.trim())?.code;
}

/** 认定日期 (not after today) and 认定类别 (names separated by 、，, ; or spaces); undefined when both are blank. */
function readRecognition(
  cell: (key: PersonImportKey) => RawCell,
  text: (key: PersonImportKey) => string | undefined,
  fail: (key: PersonImportKey, message: string) => void,
  today: string,
): ImportedRecognition | undefined {
  const date = readDateCell(cell('recognitionDate'));
  if (!date.ok) fail('recognitionDate', date.message);
  else if (date.value && date.value > today) fail('recognitionDate', `认定日期不能晚于今天（${today}）`);
  const raw = text('recognitionCategories');
  const codes: string[] = [];
  for (const part of (raw ?? '').split(/[、，,;；\s]+/).filter(Boolean)) {
    const code = categoryCode(part);
    if (!code) {
      fail(
        'recognitionCategories',
        `认定类别“${part}”不在就业困难人员类别中，请填写如“大龄失业人员”“低保对象”的类别名称`,
      );
      return undefined;
    }
    if (!codes.includes(code)) codes.push(code);
  }
  const value = date.ok ? (date.value ?? null) : null;
  if (!raw && !value) return undefined;
  return { categories: DIFFICULTY_CATEGORY_CODES.filter((c) => codes.includes(c)), date: value };
}
