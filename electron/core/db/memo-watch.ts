// The TEMP triggers db/memo.ts learns writes from: one per table and operation, calling a function that notes the
// table (and, for the tables of ROW_KEYS, the key of each row changed, old and new).
import type Database from 'better-sqlite3';
import { prepared } from './prepared';

/** Tables whose triggers note a key of each row changed (old and new): the column named. */
export const ROW_KEYS: Readonly<Record<string, string>> = {
  contacts: 'registration_id',
  registrations: 'id',
  service_level_changes: 'registration_id',
  persons: 'id',
  placements: 'person_id',
  recognitions: 'person_id',
};

/** The tables of ROW_KEYS whose key is a registration's id (a contact's or level change's registration). */
const REGISTRATION_KEYED = ['contacts', 'registrations', 'service_level_changes'];

/**
 * What a registration's month figures follow (the contact work lists' month state, RPT-12's state): writes to its
 * own tables (keyed by registration) and to persons (keyed by person): a Patch's `tables`.
 */
export const REGISTRATION_PATCH_TABLES: readonly string[] = [...REGISTRATION_KEYED, 'persons'];

/** The registrations whose rows (or contacts or level changes) a batch of writes changed (table → keys written). */
export function registrationsWritten(written: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const ids = new Set<string>();
  for (const t of REGISTRATION_KEYED) for (const id of written.get(t) ?? []) ids.add(id);
  return ids;
}

const TOUCH_FN = 'taizhang_memo_touched';

/** Makes the triggers of every table (again after a schema change); returns the tables watched. */
export function watchWrites(
  db: Database.Database,
  touched: (table: string, keys: string[] | null) => void,
): Set<string> {
  const tables = prepared(
    db,
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  )
    .pluck()
    .all() as string[];
  db.function(TOUCH_FN, { deterministic: false, varargs: true }, (name: unknown, ...keys: unknown[]) => {
    touched(String(name), keys.length ? keys.filter((k) => k != null).map((k) => String(k)) : null);
    return null;
  });
  for (const t of tables) {
    const quoted = `"${t.replaceAll('"', '""')}"`;
    const lit = `'${t.replaceAll("'", "''")}'`;
    const key = Object.hasOwn(ROW_KEYS, t) ? ROW_KEYS[t] : null;
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const trigger = `"memo_${key ? 'rows_' : ''}${op.toLowerCase()}_${t.replaceAll('"', '""')}"`;
      const rows = !key
        ? []
        : op === 'INSERT'
          ? [`NEW.${key}`]
          : op === 'DELETE'
            ? [`OLD.${key}`]
            : [`OLD.${key}`, `NEW.${key}`];
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger} AFTER ${op} ON main.${quoted} BEGIN SELECT ${TOUCH_FN}(${[lit, ...rows].join(', ')}); END`,
      );
    }
  }
  return new Set(tables);
}
