import { z } from 'zod';
import { channel, writeJobChannel, jobChannel, writeChannel } from './define';
import { requiredText } from './fields';
import { writtenFile } from './files';

// Person import (issue 4 item 4; ARCHITECTURE §5): a dry run (check) that reads the file, validates every row
// with the shared person schema and matches IDs already registered; then a commit that writes all valid rows
// and the updates the clerk consented to in ONE transaction, or nothing. Between the two the core keeps the
// checked rows under a short-lived token.

/** The two columns that name the person in every roster (persons, registrations, placements, trainees, results). */
export const ROSTER_PERSON_FIELDS = {
  name: '姓名',
  idNumber: '公民身份号码',
} as const;

/** Columns every imported row must fill (those the person form requires), key → header label. */
export const PERSON_IMPORT_REQUIRED = {
  ...ROSTER_PERSON_FIELDS,
  ethnicity: '民族',
  township: '乡镇(街道)',
  village: '村(社区)',
  employmentStatus: '当前就业状态',
} as const;

/**
 * Every field a person roster can fill, key → label, in the template's order (the core's column specs check
 * against it). The mapping screen offers these when the clerk maps a column by hand.
 */
export const PERSON_IMPORT_FIELDS = {
  ...ROSTER_PERSON_FIELDS,
  sex: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  education: '文化程度',
  phone: '联系电话',
  township: '乡镇(街道)',
  village: '村(社区)',
  address: '详细地址',
  employmentStatus: '当前就业状态',
  isDifficult: '就业困难人员',
  recognitionDate: '认定日期',
  recognitionCategories: '认定类别',
  cardNo: '就业创业证号',
  dibao: '低保',
  povertyStatus: '脱贫/监测状态',
  disabilityCertNo: '残疾人证号',
  bankCardNo: '社保卡/银行卡号',
  bankName: '开户行',
} as const;

/** Fields that identify one person: a default value for every row makes no sense (the core refuses one). */
export const PERSON_IMPORT_NO_DEFAULT: readonly string[] = [
  'idNumber',
  'name',
  'birthDate',
  'phone',
  'cardNo',
  'disabilityCertNo',
  'bankCardNo',
];

/**
 * The clerk's mapping (issue 14): file column → field, laid over the detected one. Keys are column letters
 * ('C') or header texts ('所在乡镇（街道）'); the value is a field key, or '' to ignore the column.
 * defaults: field key → the value used where the file has no such column or the cell is blank (for new
 * persons only: a default never changes a registered person).
 */
export const importMapping = z.object({
  columns: z.record(z.string().max(100), z.string().max(40)).default({}),
  defaults: z.record(z.string().max(40), z.string().max(100)).default({}),
});

export const importFileInput = z.object({
  fileName: requiredText('文件名', 255),
  /** May be empty: an empty file gets the reader's own message (文件是空的). */
  contentBase64: z.string({ error: '缺少文件内容' }),
  /** The sheet to read, when the file has several that look like a roster (the refusal lists them in details.sheets). */
  sheet: z.string().max(100).optional(),
  /** A mapping saved under this name is applied first; `mapping` then overrides it. */
  mappingName: z.string().max(60).optional(),
  mapping: importMapping.optional(),
});
export type ImportFileInput = z.infer<typeof importFileInput>;

/** One bad cell of the file, as the clerk finds it in Excel. */
export const importRowError = z.object({
  /** Excel row number. */
  row: z.number(),
  /** Column letter, e.g. 'C'. */
  column: z.string(),
  /** Chinese field label, e.g. 公民身份号码. */
  field: z.string(),
  /** The value as read from the file. */
  value: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const fieldChange = z.object({
  field: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
});
export type FieldChange = z.infer<typeof fieldChange>;

/** A valid row whose ID is already registered and whose values differ from the record. */
export const matchedPerson = z.object({
  row: z.number(),
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  changes: z.array(fieldChange),
});
export type MatchedPerson = z.infer<typeof matchedPerson>;

export const sheetCandidate = z.object({ sheetName: z.string(), headerRow: z.number(), matched: z.number() });
export type SheetCandidate = z.infer<typeof sheetCandidate>;

export const mappedColumn = z.object({
  column: z.string(),
  /** The header as written in the file (two-level headers as 居住地/乡镇). */
  header: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  /** detected: from the header text; chosen: the clerk's mapping; ignored: the clerk ignores it; unknown: no field matched. */
  source: z.enum(['detected', 'chosen', 'ignored', 'unknown']),
});
export type MappedColumn = z.infer<typeof mappedColumn>;

export const importField = z.object({
  field: z.string(),
  label: z.string(),
  required: z.boolean(),
  /** Column letter it is read from, or null. */
  column: z.string().nullable(),
  /** The default value for rows without one (shown as such in the preview), or null. */
  defaultValue: z.string().nullable(),
});

export const skippedRow = z.object({ row: z.number(), reason: z.string() });
export type SkippedImportRow = z.infer<typeof skippedRow>;

/** Errors shown on screen at most; the error workbook holds them all. */
export const MAX_ERRORS_SHOWN = 1000;

/** What every kind's check returns about the file: counts, errors, the mapping preview, skipped rows. */
/** A written value the import stores in another form (维 → 维吾尔族), with how many rows wrote it. */
export const importReading = z.object({
  column: z.string(),
  field: z.string(),
  written: z.string(),
  readAs: z.string(),
  rows: z.number(),
});
export type ImportReading = z.infer<typeof importReading>;

export const checkedFileFields = {
  token: z.string(),
  fileName: z.string(),
  /** Data rows in the file (blank rows not counted). */
  total: z.number(),
  /** Rows without errors. */
  valid: z.number(),
  /** Rows with at least one error. */
  errorRows: z.number(),
  /** All errors found (the list below may be cut to MAX_ERRORS_SHOWN). */
  errorCount: z.number(),
  errors: z.array(importRowError),
  /** Header cells that matched no field (ignored). */
  ignoredColumns: z.array(z.object({ column: z.string(), header: z.string() })),
  /** The sheet read, and every sheet whose header looks like a roster (the preview lets the clerk choose). */
  sheetName: z.string().optional(),
  sheets: z.array(sheetCandidate).optional(),
  /** Excel row of the (first) header row, and how many rows the header spans. */
  headerRow: z.number().optional(),
  headerRows: z.number().optional(),
  /** Every header column: file column → field (null: not imported) and how it was decided. */
  columns: z.array(mappedColumn).optional(),
  /** The roster's fields: where each comes from (a column, a default, or nowhere). */
  fields: z.array(importField).optional(),
  /** Rows under the header that are not data (blank, 合计, 说明, 填表人 …), with the reason; never errors. */
  skippedRows: z.array(skippedRow).optional(),
  /** Values stored in another form than written (the commonest first): shown so the clerk sees what was read. */
  readings: z.array(importReading).optional(),
};

/**
 * What a check points out on rows it imports as they are (提醒): one note per cell, so a row may have several.
 * `warnings`: at most MAX_ERRORS_SHOWN notes; `warningCount`: all notes; `warningRows`: the rows they are on.
 */
export const checkWarningFields = {
  warnings: z.array(importRowError).optional(),
  warningCount: z.number().optional(),
  warningRows: z.number().optional(),
};

export const personImportCheck = z.object({
  ...checkedFileFields,
  /** Valid rows whose ID is not registered yet: inserted by the commit (valid = newCount + matched + unchangedCount). */
  newCount: z.number(),
  /** Valid rows of registered persons with changes: updated only with the clerk's consent. */
  matched: z.array(matchedPerson),
  /** Valid rows of registered persons without any change. */
  unchangedCount: z.number(),
  /** Rows imported as they are that need a second look (e.g. 失业 under 16). */
  ...checkWarningFields,
});
export type PersonImportCheck = z.infer<typeof personImportCheck>;

/** The check an import's commit and error workbook name, by the token its check answered. */
export const importToken = z.object({
  token: z.string({ error: '缺少导入检查编号' }).min(1, { error: '缺少导入检查编号' }),
});

/** The clerk chose 导入有效行 although some rows have errors: those rows are skipped. */
export const skipInvalidRows = z.boolean().default(false);

export const personImportCommitInput = z.object({
  ...importToken.shape,
  /** Row numbers (as text) or person ids of the matched persons the clerk ticked. Nothing else is updated. */
  updateMatched: z.array(z.string()).max(100_000).default([]),
  skipInvalidRows,
});

export const personImportResult = z.object({
  created: z.number(),
  updated: z.number(),
  skipped: z.number(),
  /** The 导入前 copy taken just before the commit (its file name in backups/): restoring it undoes the import. */
  backup: z.string(),
  /** The import's batch (imports.batches.list / undo): 撤销本次导入 takes back this import's rows only. */
  batchId: z.string(),
});
export type PersonImportResult = z.infer<typeof personImportResult>;

/** A mapping saved under a name (kept in settings) so next month's file from the same township maps itself. */
export const savedMapping = z.object({
  name: z.string(),
  /** Header text → field key ('' = ignore). Stored by header text so a reordered file still maps. */
  columns: z.record(z.string(), z.string()),
  defaults: z.record(z.string(), z.string()),
  savedAt: z.string(),
});
export type SavedMapping = z.infer<typeof savedMapping>;

export const saveMappingInput = z.object({
  name: requiredText('对应关系名称', 60),
  columns: z.record(z.string().max(100), z.string().max(40)).default({}),
  defaults: z.record(z.string().max(40), z.string().max(100)).default({}),
});
export type SaveMappingInput = z.input<typeof saveMappingInput>;

export const importsChannels = {
  'imports.persons.check': jobChannel(importFileInput, personImportCheck),
  'imports.persons.commit': writeJobChannel(personImportCommitInput, personImportResult, 'person'),
  /** The checked file's errors as a workbook (行号, 列, 字段, 原值, 问题); take it with files.take. */
  'imports.persons.errorWorkbook': jobChannel(importToken, writtenFile),
  /** Saved person-import mappings, by name. */
  'imports.persons.mappings.list': channel({ input: z.object({}), output: z.array(savedMapping) }),
  /** Saves (or replaces) a mapping under its name. */
  'imports.persons.mappings.save': writeChannel(saveMappingInput, z.array(savedMapping), 'settings'),
  'imports.persons.mappings.delete': writeChannel(
    z.object({ name: requiredText('对应关系名称', 60) }),
    z.array(savedMapping),
    'settings',
  ),
  /** A blank roster with a 填写说明 sheet and drop-down lists; take it with files.take. */
  'imports.persons.template': jobChannel(z.object({}), writtenFile),
};
