// Saved import mappings (issue 14): a clerk's file-column → field choices and default values, kept under a
// name in the settings table (one key per roster kind, a list), so next month's roster from the same township
// maps itself. Columns are stored by header text, never by letter: a file whose columns moved still maps.
import type Database from 'better-sqlite3';
import type { SaveMappingInput, SavedMapping } from '../../../../shared/contract/imports';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { MappingChoice } from '../../excel/import/mapping';
import type { HeaderSpec } from '../../excel/import/headers';
import { readSetting, writeSetting } from '../settings/queries';
import { PERSON_IMPORT_SPECS } from './person-columns';

/** Where a roster kind keeps its mappings, and the fields they may name. */
export interface MappingScope {
  /** Settings key, e.g. imports.persons.mappings. */
  key: string;
  specs: readonly HeaderSpec[];
}

/** Where an import kind's saved column mappings live: the setting imports.<kind>.mappings, over its columns. */
export const kindMappings = (kindId: string, specs: readonly HeaderSpec[]): MappingScope => ({
  key: `imports.${kindId}.mappings`,
  specs,
});

export const PERSON_MAPPINGS: MappingScope = kindMappings('persons', PERSON_IMPORT_SPECS);
export const KEY_PERSON_MAPPINGS = PERSON_MAPPINGS.key;
const MAX_SAVED = 100;
const LETTERS = /^[A-Z]{1,3}$/;

export function listMappings(db: Database.Database, scope: MappingScope = PERSON_MAPPINGS): SavedMapping[] {
  return (readSetting<SavedMapping[]>(db, scope.key) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

const labelIn = (scope: MappingScope, key: string) => scope.specs.find((s) => s.key === key)?.label ?? key;

/** A saved mapping must name fields that exist, and columns by header text. */
function checkMapping(
  scope: MappingScope,
  input: { columns: Record<string, string>; defaults: Record<string, string> },
) {
  const fieldKeys = new Set<string>(scope.specs.map((s) => s.key));
  for (const [header, field] of Object.entries(input.columns)) {
    if (LETTERS.test(header))
      throw ruleViolation(
        `保存的对应关系应按表头文字记录列（而不是列号“${header}”），以便下个月列的顺序变化时仍能对应。`,
        { columns: '请按表头文字保存' },
      );
    if (field !== '' && !fieldKeys.has(field))
      throw ruleViolation(`表头“${header}”要对应的字段“${field}”不存在。`, { columns: '字段不存在' });
  }
  for (const key of Object.keys(input.defaults)) {
    if (!fieldKeys.has(key)) throw ruleViolation(`默认值对应的字段“${key}”不存在。`, { defaults: '字段不存在' });
  }
}

export function saveMapping(
  db: Database.Database,
  input: Required<SaveMappingInput>,
  by: string,
  at: string,
  scope: MappingScope = PERSON_MAPPINGS,
): { list: SavedMapping[]; replaced: boolean } {
  checkMapping(scope, input);
  const list = listMappings(db, scope);
  const replaced = list.some((m) => m.name === input.name);
  const rest = list.filter((m) => m.name !== input.name);
  if (!replaced && rest.length >= MAX_SAVED) throw ruleViolation(`最多保存${MAX_SAVED}个对应关系，请先删除不用的。`);
  writeSetting(
    db,
    scope.key,
    [...rest, { name: input.name, columns: input.columns, defaults: input.defaults, savedAt: at }],
    by,
    at,
  );
  return { list: listMappings(db, scope), replaced };
}

export function deleteMapping(
  db: Database.Database,
  name: string,
  by: string,
  at: string,
  scope: MappingScope = PERSON_MAPPINGS,
): SavedMapping[] {
  const list = listMappings(db, scope);
  if (!list.some((m) => m.name === name)) throw notFound(`没有名为“${name}”的对应关系。`);
  writeSetting(
    db,
    scope.key,
    list.filter((m) => m.name !== name),
    by,
    at,
  );
  return listMappings(db, scope);
}

/** The mapping to apply: the saved one named (if any), with the input's own choices laid over it. */
export function mappingChoice(
  db: Database.Database,
  input: {
    sheet?: string;
    mappingName?: string;
    mapping?: { columns?: Record<string, string>; defaults?: Record<string, string> };
  },
  scope: MappingScope = PERSON_MAPPINGS,
): MappingChoice {
  let saved: SavedMapping | undefined;
  if (input.mappingName) {
    saved = listMappings(db, scope).find((m) => m.name === input.mappingName);
    if (!saved) throw notFound(`没有名为“${input.mappingName}”的对应关系，可能已被删除，请重新选择。`);
  }
  return {
    sheet: input.sheet,
    columns: { ...(saved?.columns ?? {}), ...(input.mapping?.columns ?? {}) },
    defaults: { ...(saved?.defaults ?? {}), ...(input.mapping?.defaults ?? {}) },
  };
}

export const describeMapping = (
  m: {
    name: string;
    columns: Record<string, string>;
    defaults: Record<string, string>;
  },
  scope: MappingScope = PERSON_MAPPINGS,
) => {
  const labelOf = (key: string) => labelIn(scope, key);
  const cols = Object.entries(m.columns).map(([h, f]) => (f ? `${h}→${labelOf(f)}` : `${h}→不导入`));
  const defs = Object.entries(m.defaults).map(([k, v]) => `${labelOf(k)}默认为“${v}”`);
  return [...cols, ...defs].join('，') || '无改动';
};
