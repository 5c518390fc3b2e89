// A roster kind (issue 14) = a field table + a row validator + a committer. The shared pipeline (roster-check.ts,
// roster-commit.ts) reads the file, maps its columns, runs the kind's row validator on every row, then rehearses
// the kind's committer on the valid rows inside a transaction that is rolled back, so the dry run reports every
// refusal of the module's own rules by row and column while writing nothing; the commit runs the same committer
// for real. Persons keep their own check/commit (consented updates); they share the reader, the mapping, the
// saved mappings, the preview, the store, the error file and the template writer.
import type { ImportRowError } from '../../../../shared/contract/imports';
import type { PlannedCreation, ROSTER_FIELD_TABLES, RosterKindId } from '../../../../shared/contract/roster-imports';
import type { CoreContext } from '../../context';
import type { RowErrorCollector } from '../../excel/import/errors';
import type { HeaderSpec } from '../../excel/import/headers';
import type { MappedRow } from '../../excel/import/rows';
import type { MappingScope } from './mappings';
import { PERSON_IMPORT_SPECS } from './person-columns';
import type { Places } from './places';
import type { ReadingCollector } from './readings';
import type { TemplateDefinition } from './template-writer';

export type RosterSpec = HeaderSpec & { required: boolean };

/** What a row validator sees besides the row. */
export interface RowEnv {
  ctx: CoreContext;
  today: string;
  places: Places;
  /** key → 0-based column index of the mapped columns. */
  columns: Record<string, number>;
  defaults: Readonly<Record<string, string>>;
  errors: Pick<RowErrorCollector, 'add'>;
  /** Values read as another (a place name as offices write it → the place): the check preview's 提醒. */
  notes?: ImportRowError[];
  /** Cells stored in another form than written (待业 → 失业(未就业)): the check's readings. */
  readings?: ReadingCollector;
}

/** A row that passed the validator: the Excel row, the cells as read, and the kind's parsed values. */
export interface RosterRow {
  row: number;
  source: MappedRow;
}

export interface RowRead<R extends RosterRow> {
  /** The row's valid 公民身份号码 (even when other cells are wrong), for the duplicate check. */
  idNumber: string | null;
  /** null when the row has errors (all recorded). */
  read: R | null;
}

/** What writing one row created besides the roster's own record. */
export interface Created {
  person?: PlannedCreation;
  employer?: PlannedCreation;
  post?: PlannedCreation;
  /** Cells the write found registered under another form (an employer found by its code under its own name). */
  readings?: { key: string; written: string; readAs: string }[];
}

export interface RosterKind<R extends RosterRow = RosterRow, S = unknown> {
  id: RosterKindId;
  /** 失业登记名册 … (messages: “文件中有2个工作表像失业登记名册”). */
  noun: string;
  /** 失业登记 … (audit summary, result text). */
  recordNoun: string;
  specs: RosterSpec[];
  /** Columns kept as text in the error file's copy of the rows. */
  textKeys: ReadonlySet<string>;
  mappings: MappingScope;
  /** The blank roster offered for download (a 考勤表 has none: its template is the RPT-05 export). */
  template?: TemplateDefinition;
  /** Each person at most once per file (a second row of the same ID is an error naming the other). */
  uniqueIds: boolean;
  /** Refuses, in one message, defaults that cannot be used. */
  checkDefaults(defaults: Readonly<Record<string, string>>, places: Places): void;
  /** The row validator: every problem recorded in env.errors by row and column. */
  readRow(mapped: MappedRow, env: RowEnv): RowRead<R>;
  /** Looks at the valid rows together before they are applied (e.g. a new post's headcount). */
  plan?(rows: R[]): void;
  /** Per-run state of the committer (caches of what does not change in the run). */
  session(ctx: CoreContext): S;
  /** The committer: writes one row through the module's services; throws their AppError on a refusal. */
  apply(ctx: CoreContext, row: R, session: S): Created;
  /** The column a row-wide refusal is shown on; default 公民身份号码 (idNumber). */
  anchorKey?: string;
  /**
   * A field → the related column a refusal about it is shown on when the file has no column for the field (单位性质
   * → 用人单位): the clerk sees it beside what it is about, with a word to add the column.
   */
  nearKey?: Readonly<Record<string, string>>;
  /** The column that holds the value a rule names (an AppError's field) — e.g. regDate → regDate, personId → idNumber. */
  columnOf(field: string): string;
}

/** A kind with a blank roster to download (the roster import page's kinds). */
export type TemplatedKind<R extends RosterRow = RosterRow, S = unknown> = RosterKind<R, S> & {
  template: TemplateDefinition;
};

/** A field table's label of a key, or the key itself when the table has none (messages, the error file). */
export const fieldLabel =
  (fields: Readonly<Record<string, string>>) =>
  (key: string): string =>
    fields[key] ?? key;

export const labelOf = (kind: Pick<RosterKind, 'specs'>, key: string): string =>
  kind.specs.find((s) => s.key === key)?.label ?? key;

/**
 * A kind's columns in its field table's order (the contract's ROSTER_FIELD_TABLES entry): the person columns' specs
 * and the kind's own (`own`), each checked against the table's label, marked required as the contract says.
 */
export function rosterSpecs(
  noun: string,
  { fields, required }: Pick<(typeof ROSTER_FIELD_TABLES)[RosterKindId], 'fields' | 'required'>,
  own: readonly HeaderSpec[],
): RosterSpec[] {
  return Object.entries(fields).map(([key, label]) => {
    const spec = [...PERSON_IMPORT_SPECS, ...own].find((s) => s.key === key);
    if (!spec || spec.label !== label) throw new Error(`${noun}导入列 ${key} 的名称应为 ${label}`);
    return { ...spec, required: required.includes(key) };
  });
}
