// imports.persons.check — the dry run (issue 4 item 4): read the file, map its columns, validate EVERY row
// with the shared person schema, find IDs repeated in the file, match IDs already registered (VR-03) and list
// what would change. Writes nothing; keeps the plan under a token for the commit.
import { COUNTY, outsidePersonMessage, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import { type ImportFileInput, type MatchedPerson, type PersonImportCheck } from '../../../../shared/contract/imports';
import { personSchemasOn } from '../persons/schemas';
import { deletedPersonMessage } from '../persons/person-write';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { idMaskerOn, type IdMasker } from '../settings/display';
import type { CoreContext } from '../../context';
import { RowErrorCollector } from '../../excel/import/errors';
import type { JobControl } from '../../jobs/registry';
import { prepared } from '../../db/prepared';
import { getPersonRow, listMembers } from '../persons/queries';
import { importLabel, PERSON_IMPORT_SPECS } from './person-columns';
import { checkPersonDefaults } from './person-defaults';
import { previewOf } from './person-preview';
import { personImportWarnings } from './person-warnings';
import { notePersonReadings } from './person-readings';
import { ReadingCollector } from './readings';
import { changesOf, mergedUpdate } from './person-match';
import { asFileMessage, columnOfPath, readPersonRow, type ReadPerson } from './person-rows';
import type { Places } from './places';
import { checkCounts, openImportFile, readDataRows, warningFields, rowTicker } from './check-read';
import { differingColumns, markDuplicates } from './duplicates';
import { nameMismatch } from './roster-cells';
import { keepChecked, type PlannedCreate, type PlannedUpdate } from './store';
import { systemMillis } from '../../clock';

export const NO_DIVISIONS = '尚未设置行政区划：请先在“设置 → 行政区划”中添加乡镇(街道)和村(社区)，再导入人员。';

interface Plan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  matched: MatchedPerson[];
  unchanged: number;
}

/** VR-03 against the register: new, unchanged, or changed (with the update it would need). */
function planRow(
  db: Database.Database,
  read: ReadPerson,
  places: Places,
  today: string,
  errors: RowErrorCollector,
  columns: Record<string, number>,
  plan: Plan,
  scope: Scope = COUNTY,
  mask: IdMasker = maskIdNumber,
) {
  const existing = prepared(db, 'SELECT id, name, deleted_at FROM persons WHERE id_number = ?').get(
    read.person.idNumber,
  ) as { id: string; name: string; deleted_at: string | null } | undefined;
  const idColumn = columns.idNumber;
  // A 乡镇经办 updates their townships' persons only (issue 19); the message names no one.
  const notMine = existing ? outsidePersonMessage({ db, scope }, existing.id) : null;
  if (notMine) {
    errors.add(read.row, idColumn, importLabel('idNumber'), read.person.idNumber, notMine);
    return;
  }
  if (!existing) {
    plan.creates.push({
      row: read.row,
      person: read.person,
      isDifficult: read.isDifficult ?? false,
      recognition: read.recognition,
    });
    return;
  }
  if (existing.deleted_at) {
    errors.add(
      read.row,
      idColumn,
      importLabel('idNumber'),
      read.person.idNumber,
      deletedPersonMessage(existing.name, '后再导入'),
    );
    return;
  }
  const mismatch = nameMismatch(existing.name, read.person.name);
  if (mismatch) {
    errors.add(read.row, columns.name ?? idColumn, importLabel('name'), read.person.name, mismatch);
    return;
  }
  const stored = getPersonRow(db, existing.id)!;
  const changes = changesOf(read, stored, places);
  if (!changes.length) {
    plan.unchanged++;
    return;
  }
  const onlyFlag = changes.every((c) => c.field === 'isDifficult');
  const update = onlyFlag ? null : mergedUpdate(read, stored, listMembers(db, stored.id));
  if (update) {
    const r = personSchemasOn(today).update.safeParse(update);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const key = columnOfPath(issue.path[0]);
        errors.add(
          read.row,
          columns[key] ?? idColumn,
          importLabel(key),
          '',
          `与已登记的信息合并后：${asFileMessage(issue.message)}`,
        );
      }
      return;
    }
  }
  plan.updates.push({
    row: read.row,
    personId: stored.id,
    expectedUpdatedAt: stored.updated_at,
    update,
    isDifficult: read.present.has('isDifficult') || read.recognition ? read.isDifficult : undefined,
    recognition: read.recognition,
  });
  plan.matched.push({
    row: read.row,
    personId: stored.id,
    name: stored.name,
    idNumberMasked: mask(stored.id_number),
    changes,
  });
}

export async function checkPersonImport(
  input: ImportFileInput,
  ctx: CoreContext,
  job: JobControl,
): Promise<PersonImportCheck> {
  const { places, table, defaults } = await openImportFile(input, ctx, job, {
    specs: PERSON_IMPORT_SPECS,
    noDivisions: NO_DIVISIONS,
    checkDefaults: checkPersonDefaults,
  });
  const today = ctx.today();
  const { create } = personSchemasOn(today);
  const columns = table.map.columns;
  const errors = new RowErrorCollector(50_000);
  const total = table.dataRows.length;
  const readings = new ReadingCollector(columns, importLabel);
  const { reads, ids } = await readDataRows(table, job, (mapped) => {
    const outcome = readPersonRow(mapped, columns, places, create, errors, today, defaults);
    if (outcome.read) notePersonReadings(readings, mapped, outcome.read.person);
    return outcome;
  });
  const tick = rowTicker(job);
  const differ = differingColumns(table, importLabel);
  const duplicates = markDuplicates(ids, errors, columns.idNumber, importLabel('idNumber'), differ);
  const plan: Plan = { creates: [], updates: [], matched: [], unchanged: 0 };
  const valid = reads.filter((r) => !duplicates.has(r.row));
  const mask = idMaskerOn(ctx.db, today); // CFG-29
  for (let i = 0; i < valid.length; i++) {
    await tick(i, valid.length, '比对已登记人员');
    planRow(ctx.db, valid[i], places, today, errors, columns, plan, ctx.scope, mask);
  }
  job.progress(total, total, '整理结果');
  const all = errors.errors;
  const idOf = new Map(valid.map((r) => [r.row, r.person.idNumber]));
  const updates = plan.updates.map((u) => ({ ...u, idNumber: idOf.get(u.row) ?? '' }));
  const parsed = new Map(valid.map((r) => [r.row, r.person]));
  const written = new Set([...plan.creates, ...plan.updates].map((w) => w.row));
  const readAs = valid.flatMap((r) => (written.has(r.row) ? r.readAs : []));
  const warnings = [
    ...personImportWarnings(ctx.db, today, plan.creates, updates, columns, (row) => parsed.get(row)),
    ...readAs,
  ].sort((a, b) => a.row - b.row);
  const result: PersonImportCheck = {
    ...checkCounts(input.fileName, total, errors),
    newCount: plan.creates.length,
    matched: plan.matched,
    unchangedCount: plan.unchanged,
    ...warningFields(warnings),
    ignoredColumns: table.map.unmapped,
    readings: readings.list(),
    ...previewOf(table),
  };
  job.checkCancelled();
  keepChecked(ctx, {
    token: result.token,
    fileName: input.fileName,
    checkedAt: systemMillis(),
    today,
    creates: plan.creates,
    updates: plan.updates,
    errors: all,
    result,
    source: table,
  });
  return result;
}
