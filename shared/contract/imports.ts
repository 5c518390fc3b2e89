import { z } from 'zod';
import { channel } from './define';
import { jobStarted, requiredText } from './fields';
import { writtenFile } from './files';

// Person import (issue 4 item 4; ARCHITECTURE §5): a dry run (check) that reads the file, validates every row
// with the shared person schema and matches IDs already registered; then a commit that writes all valid rows
// and the updates the clerk consented to in ONE transaction, or nothing. Between the two the core keeps the
// checked rows under a short-lived token.

/** Columns every imported row must fill (those the person form requires), key → header label. */
export const PERSON_IMPORT_REQUIRED = {
  name: '姓名',
  idNumber: '公民身份号码',
  ethnicity: '民族',
  township: '乡镇(街道)',
  village: '村(社区)',
  employmentStatus: '当前就业状态',
} as const;

export const importFileInput = z.object({
  fileName: requiredText('文件名', 255),
  /** May be empty: an empty file gets the reader's own message (文件是空的). */
  contentBase64: z.string({ error: '缺少文件内容' }),
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

/** Errors shown on screen at most; the error workbook holds them all. */
export const MAX_ERRORS_SHOWN = 1000;

export const personImportCheck = z.object({
  token: z.string(),
  fileName: z.string(),
  /** Data rows in the file (blank rows not counted). */
  total: z.number(),
  /** Rows without errors: newCount + matched + unchangedCount. */
  valid: z.number(),
  /** Rows with at least one error. */
  errorRows: z.number(),
  /** All errors found (the list below may be cut to MAX_ERRORS_SHOWN). */
  errorCount: z.number(),
  errors: z.array(importRowError),
  /** Valid rows whose ID is not registered yet: inserted by the commit. */
  newCount: z.number(),
  /** Valid rows of registered persons with changes: updated only with the clerk's consent. */
  matched: z.array(matchedPerson),
  /** Valid rows of registered persons without any change. */
  unchangedCount: z.number(),
  /** Header cells that matched no field (ignored). */
  ignoredColumns: z.array(z.object({ column: z.string(), header: z.string() })),
});
export type PersonImportCheck = z.infer<typeof personImportCheck>;

export const personImportCommitInput = z.object({
  token: z.string({ error: '缺少导入检查编号' }).min(1, { error: '缺少导入检查编号' }),
  /** Row numbers (as text) or person ids of the matched persons the clerk ticked. Nothing else is updated. */
  updateMatched: z.array(z.string()).max(100_000).default([]),
  /** The clerk chose 导入有效行 although some rows have errors: those rows are skipped. */
  skipInvalidRows: z.boolean().default(false),
});
export type PersonImportCommitInput = z.input<typeof personImportCommitInput>;

export const personImportResult = z.object({ created: z.number(), updated: z.number(), skipped: z.number() });
export type PersonImportResult = z.infer<typeof personImportResult>;

export const importToken = z.object({ token: z.string({ error: '缺少导入检查编号' }).min(1, { error: '缺少导入检查编号' }) });

export const importsChannels = {
  'imports.persons.check': channel({ input: importFileInput, output: jobStarted, jobResult: personImportCheck, job: true }),
  'imports.persons.commit': channel({
    input: personImportCommitInput,
    output: jobStarted,
    jobResult: personImportResult,
    job: true,
    write: { entity: 'person' },
  }),
  /** The checked file's errors as a workbook (行号, 列, 字段, 原值, 问题); take it with files.take. */
  'imports.persons.errorWorkbook': channel({ input: importToken, output: jobStarted, jobResult: writtenFile, job: true }),
  /** A blank roster with a 填写说明 sheet and drop-down lists; take it with files.take. */
  'imports.persons.template': channel({ input: z.object({}), output: jobStarted, jobResult: writtenFile, job: true }),
};
