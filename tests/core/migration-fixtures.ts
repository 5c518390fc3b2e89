// Raw rows for migration and schema tests: a database opened at an older schema version, and rows written with
// plain SQL as an older app (or another writer) would, without the core's services.
import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { DB_FILE } from '../../electron/core/core';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { expect } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { makeCore, migrationName, tempDir } from './harness';
import { makeId } from './persons-fixtures';

type Row = Record<string, string | number | null>;

/** A database file at schema `version` (every migration up to that number) in a new folder; the caller closes it before opening the core there. */
export function databaseAt(version: number): { dir: string; db: Database.Database; schemaVersion: number } {
  const dir = tempDir();
  const opened = openDatabase(join(dir, DB_FILE), {
    backupDir: join(dir, 'backups'),
    // By number, not position: versions may skip numbers reserved for other branches.
    migrations: MIGRATIONS.filter((m) => m.version <= version) as Migration[],
  });
  return { dir, db: opened.db, schemaVersion: opened.schemaVersion };
}

/** Closes a file made by databaseAt and opens the core on it, which migrates it to the latest version (checked). */
export function upgrade(old: { dir: string; db: Database.Database }): ReturnType<typeof makeCore> {
  old.db.close();
  const core = makeCore(old.dir);
  expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
  return core;
}

/**
 * upgrade, checking that migration `version` is recorded as `name` and that the file was backed up before the upgrade
 * (the backup is named for the first migration applied, which is `version` unless later ones are pending too).
 */
export function upgradeThrough(
  old: { dir: string; db: Database.Database; schemaVersion: number },
  version: number,
  name: string,
): ReturnType<typeof makeCore> {
  const first = Math.min(...MIGRATIONS.filter((m) => m.version > old.schemaVersion).map((m) => m.version));
  expect(first).toBeLessThanOrEqual(version);
  const core = upgrade(old);
  expect(migrationName(core, version)).toBe(name);
  expect(core.backupPath).toMatch(new RegExp(`taizhang-before-v${first}-`));
  return core;
}

/** 乌帕尔镇人民政府 (e1, in t1) and its urban cleaner post GY-001 (po1) for 2 at 1900 yuan; `post` sets other columns. */
export function insertTownshipPost(db: Database.Database, post: Row = {}): void {
  insertRow(db, 'employers', { id: 'e1', name: '乌帕尔镇人民政府', nature: '1', region_id: 't1', township_id: 't1' });
  insertRow(db, 'posts', {
    id: 'po1',
    post_code: 'GY-001',
    employer_id: 'e1',
    title: '保洁员',
    post_type: 'U02',
    area_type: 'urban',
    work_region_id: 'v1',
    township_id: 't1',
    approved_count: 2,
    monthly_standard: 190_000,
    standard_source: 'default',
    si_subsidy: 1,
    contract_type: '1',
    full_time: 1,
    created_date: '2020-01-01',
    ...post,
  });
}

/** The township post (insertTownshipPost) and p1 placed on it as a 低保对象 (E06 K03, basis 2026-01-10) from `startDate`. */
export function insertTownshipPlacement(db: Database.Database, startDate: string, contractEnd: string): void {
  insertTownshipPost(db);
  insertRow(db, 'placements', {
    id: 'pl1',
    person_id: 'p1',
    post_id: 'po1',
    basis_list: 'E06',
    basis_code: 'K03',
    basis_date: '2026-01-10',
    start_date: startDate,
    contract_start: startDate,
    contract_end: contractEnd,
    subsidy_first_month: startDate.slice(0, 7),
  });
}

/**
 * The office of 幸福路社区 (an urban community of t1) and 艾力 of it (on post, E09 24; `person` sets other columns) placed
 * on the township post from `startDate` (insertTownshipPlacement).
 */
export function insertPlacedPerson(
  db: Database.Database,
  startDate: string,
  contractEnd: string,
  person: Row = {},
): void {
  insertOffice(db, { code: '653121101001', name: '幸福路社区', urbanRural: '121' });
  insertPerson(db, makeId('653121', '19800315', '013'), {
    name: '艾力',
    employment_status: '24',
    on_post: 1,
    ...person,
  });
  insertTownshipPlacement(db, startDate, contractEnd);
}

/**
 * The created_at/updated_at insertRow writes unless given: a real ISO instant as the app stores it, early in the test
 * year, so a later save's nextStamp (electron/core/db/stamp.ts) moves forward from it (a placeholder such as 'x' sorts
 * after every date and made nextStamp throw on Date.parse).
 */
export const OLD_STAMP = '2026-01-01T00:00:00.000Z';

/**
 * A database file at schema `version` (databaseAt, checked) holding 艾力 placed on the township post from `startDate`
 * (insertPlacedPerson; `person` sets other columns of the person): the opening of most upgrade tests.
 */
export function placedAt(
  version: number,
  startDate: string,
  contractEnd: string,
  person: Row = {},
): ReturnType<typeof databaseAt> {
  const old = databaseAt(version);
  expect(old.schemaVersion).toBe(version);
  insertPlacedPerson(old.db, startDate, contractEnd, person);
  return old;
}

/** INSERT one row; the audit columns every table has are filled unless given (stamps OLD_STAMP). */
export function insertRow(db: Database.Database, table: string, row: Row): void {
  const full: Row = { created_at: OLD_STAMP, updated_at: OLD_STAMP, created_by: 'y', updated_by: 'y', ...row };
  const cols = Object.keys(full);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(full);
}

/** A registration `id` of p1 at v1 (失业原因 02, level B, staff 古丽); `over` gives its dates and status. */
export function insertRegistration(db: Database.Database, id: string, over: Record<string, string | null>): void {
  insertRow(db, 'registrations', {
    id,
    person_id: 'p1',
    reg_place_id: 'v1',
    reason: '02',
    service_level: 'B',
    job_wish: '1',
    responsible_staff: '古丽',
    ...over,
  });
}

/** The operator, the office of 疏附县, 乌帕尔镇 (t1) and one village or community of it (v1). */
export function insertOffice(
  db: Database.Database,
  village = { code: '653121101201', name: '阿亚格曼干村', urbanRural: '220' },
): void {
  const setting = db.prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, 'y')");
  setting.run('operator.name', '"古丽"', OLD_STAMP);
  setting.run(
    'office',
    '{"name":"疏附县人力资源和社会保障局","countyName":"疏附县","countyCode":"653121000000"}',
    OLD_STAMP,
  );
  insertRegions(db, village);
}

/** 乌帕尔镇 (t1) and one village of it (v1), without the office. */
export function insertRegions(
  db: Database.Database,
  village = { code: '653121101201', name: '某村', urbanRural: '220' },
): void {
  insertRow(db, 'regions', {
    id: 't1',
    code: '653121101000',
    name: '乌帕尔镇',
    level: 4,
    parent_id: null,
    urban_rural_code: null,
  });
  insertRow(db, 'regions', {
    id: 'v1',
    code: village.code,
    name: village.name,
    level: 5,
    parent_id: 't1',
    urban_rural_code: village.urbanRural,
  });
}

/**
 * A person row living in v1, with sex, birth date and the reversed ID derived from `idNumber` as the schema's CHECKs
 * demand; `extra` sets or overrides any column.
 */
export function insertPerson(db: Database.Database, idNumber: string, extra: Row = {}): void {
  const birth = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const sex = Number(idNumber[16]) % 2 === 1 ? '1' : '2';
  insertRow(db, 'persons', {
    id: 'p1',
    id_number: idNumber,
    sex,
    birth_date: birth,
    id_rev: Array.from(idNumber).reverse().join(''),
    name: '艾力',
    ethnicity: '05',
    residence_region_id: 'v1',
    township_id: 't1',
    retirement_category: sex === '1' ? 'M60' : 'F50',
    employment_status: '10',
    ...extra,
  });
}

/** A back-filled recognition in force (已认定 on 2026-01-10) under one category, as an older app stored it. */
export function insertBackfilledRecognition(
  db: Database.Database,
  id: string,
  personId: string,
  category: string,
): void {
  insertRow(db, 'recognitions', {
    id,
    person_id: personId,
    categories: category,
    primary_category: category,
    status: '03',
    recognition_date: '2026-01-10',
    backfilled: 1,
  });
}

/** Registration `id` (insertRegistration) of `regDate`, cancelled on `cancelDate` for `reason`. */
export function insertCancelledRegistration(
  db: Database.Database,
  id: string,
  { reason = 'C01', regDate = '2025-01-06', cancelDate = '2025-06-30' } = {},
): void {
  insertRegistration(db, id, {
    reg_date: regDate,
    status: 'cancelled',
    cancel_date: cancelDate,
    cancel_reason: reason,
  });
}

/** A database at schema `version` (checked) holding the office and its divisions (insertOffice). */
export function officeAt(version: number): { dir: string; db: Database.Database; schemaVersion: number } {
  const old = databaseAt(version);
  expect(old.schemaVersion).toBe(version);
  insertOffice(old.db);
  return old;
}

/**
 * An ordinary roster prepared by 古丽 with one row per item (`link`: the paid row, e.g. { attendance_id: 'a1' }), as an
 * older app wrote it; reviewed by 努尔 at `reviewedAt` (totals: one person per row and the amounts) when given.
 */
export function insertRoster(
  db: Database.Database,
  batch: { id: string; kind: string; month: string; reviewedAt?: string },
  items: { id: string; link: Row; amountFen: number }[],
): void {
  insertRow(db, 'subsidy_batches', { id: batch.id, kind: batch.kind, month: batch.month, prepared_by: '古丽' });
  for (const i of items)
    insertRow(db, 'subsidy_batch_items', {
      id: i.id,
      batch_id: batch.id,
      kind: batch.kind,
      ...i.link,
      amount_fen: i.amountFen,
    });
  if (batch.reviewedAt === undefined) return;
  db.prepare(
    `UPDATE subsidy_batches SET status = 'reviewed', reviewed_by = '努尔', reviewed_at = ?, total_persons = ?,
    total_fen = ? WHERE id = ?`,
  ).run(
    batch.reviewedAt,
    items.length,
    items.reduce((s, i) => s + i.amountFen, 0),
    batch.id,
  );
}
