// Checked imports kept in the core's memory between a check and its commit (or error workbook), under a
// random token, for a short time. Nothing of it is written anywhere: a closed app forgets it. One store for
// every roster kind: persons keep their planned creates/updates, the other kinds their read rows.
import type { PersonImportCheck, ImportRowError } from '../../../../shared/contract/imports';
import type { RosterImportCheck, RosterKindId } from '../../../../shared/contract/roster-imports';
import type { PersonInputParsed, PersonUpdateInput } from '../../../../shared/contract/person-input';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { systemMillis } from '../../clock';
import type { ImportTable } from '../../excel/import/rows';

export const TOKEN_TTL_MS = 30 * 60_000;
const MAX_KEPT = 5;
export const TOKEN_GONE = '导入检查结果已过期或不存在（检查后超过30分钟或程序重新启动过），请重新选择文件检查。';

export interface PlannedCreate {
  row: number;
  person: PersonInputParsed;
  isDifficult: boolean;
  /** 认定类别 / 认定日期 from the file: a back-filled recognition (补录) is created with them. */
  recognition: ImportedRecognition | undefined;
}

export interface ImportedRecognition {
  /** E06 codes in code order; empty = from the person record. */
  categories: string[];
  date: string | null;
}

export interface PlannedUpdate {
  row: number;
  personId: string;
  /** updatedAt as checked: a later edit by someone else makes the commit refuse (CONFLICT). */
  expectedUpdatedAt: string;
  /** null when only the 就业困难人员 flag changes. */
  update: PersonUpdateInput | null;
  /** The new flag, when the row changes it. */
  isDifficult: boolean | undefined;
  recognition: ImportedRecognition | undefined;
}

interface CheckedBase {
  token: string;
  fileName: string;
  checkedAt: number;
  /** The working date the rows were validated on (VR-01 step 4: birth date ≤ today). */
  today: string;
  /** Every error found (the result may show fewer). */
  errors: ImportRowError[];
  /** The sheet and its mapping: the error file repeats the rows with errors (the only data rows kept). */
  source?: ImportTable;
  /** Field keys kept as text in the error file's copy of the rows (IDs, phone and card numbers). */
  textKeys?: ReadonlySet<string>;
  /** Set once committed: the error list can still be downloaded, the commit cannot run twice. */
  committed?: boolean;
}

export interface CheckedImport extends CheckedBase {
  kind?: 'persons';
  creates: PlannedCreate[];
  /** Matched persons with changes, by row; applied only with consent. */
  updates: PlannedUpdate[];
  result: PersonImportCheck;
}

/** A checked roster of another kind: the rows that passed every rule in the rehearsal, in file order. */
export interface CheckedRoster extends CheckedBase {
  kind: RosterKindId;
  accepted: unknown[];
  result: RosterImportCheck;
}

type Checked = CheckedImport | CheckedRoster;

const stores = new WeakMap<object, Map<string, Checked>>();

function storeOf(ctx: Pick<CoreContext, 'db'>): Map<string, Checked> {
  let s = stores.get(ctx.db);
  if (!s) stores.set(ctx.db, (s = new Map()));
  return s;
}

function prune(store: Map<string, Checked>, now: number) {
  for (const [token, entry] of store) if (now - entry.checkedAt > TOKEN_TTL_MS) store.delete(token);
  while (store.size >= MAX_KEPT) store.delete(store.keys().next().value as string);
}

export function keepChecked(ctx: Pick<CoreContext, 'db'>, entry: Checked, now = systemMillis()): void {
  const store = storeOf(ctx);
  prune(store, now);
  store.set(entry.token, entry.source ? { ...entry, source: errorRowsOnly(entry.source, entry.errors) } : entry);
}

/**
 * What the error file needs of the sheet: the rows above the data (title, header) and the rows with errors. A
 * 50,000-row roster kept whole until its commit would hold every cell twice (as read and as mapped).
 */
function errorRowsOnly(source: ImportTable, errors: readonly ImportRowError[]): ImportTable {
  const rows: ImportTable['table']['rows'] = source.table.rows.slice(0, source.map.firstDataRow - 1);
  for (const e of errors) rows[e.row - 1] ??= source.table.rows[e.row - 1];
  return { ...source, dataRows: [], table: { ...source.table, rows } };
}

function getAny(ctx: Pick<CoreContext, 'db'>, token: string, now: number): Checked {
  const store = storeOf(ctx);
  const entry = store.get(token);
  if (!entry || now - entry.checkedAt > TOKEN_TTL_MS) {
    store.delete(token);
    throw notFound(TOKEN_GONE);
  }
  return entry;
}

/** Any kind's checked file (the error workbook is the same for all). */
export const getCheckedFile = (ctx: Pick<CoreContext, 'db'>, token: string, now = systemMillis()): Checked =>
  getAny(ctx, token, now);

/** A checked person roster; a token of another kind is refused like an unknown one. */
export function getChecked(ctx: Pick<CoreContext, 'db'>, token: string, now = systemMillis()): CheckedImport {
  const entry = getAny(ctx, token, now);
  if (entry.kind !== undefined && entry.kind !== 'persons') throw notFound(TOKEN_GONE);
  return entry;
}

/** A checked roster of the given kind. */
export function getCheckedRoster(
  ctx: Pick<CoreContext, 'db'>,
  token: string,
  kind: RosterKindId,
  now = systemMillis(),
): CheckedRoster {
  const entry = getAny(ctx, token, now);
  if (entry.kind !== kind) throw notFound(TOKEN_GONE);
  return entry;
}

export const ALREADY_IMPORTED = '这次检查的结果已经导入；如需再次导入，请重新选择文件检查。';

/** Refuses to commit a checked file twice, or one with error rows unless only its valid rows are asked for. */
export function assertCommittable(entry: CheckedImport | CheckedRoster, skipInvalidRows: boolean | undefined): void {
  if (entry.committed) throw ruleViolation(ALREADY_IMPORTED);
  if (entry.result.errorRows > 0 && !skipInvalidRows) {
    throw ruleViolation(
      `文件中有 ${entry.result.errorRows} 行有错误。若只导入没有错误的行，请选择“导入有效行”；否则请改正文件后重新检查。`,
    );
  }
}
