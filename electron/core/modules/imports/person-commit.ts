// imports.persons.commit — all new valid rows and the consented updates in ONE transaction with one audit
// row, or nothing (issue 4 item 4; ARCHITECTURE §3, §5). At commit everything that can have changed since
// the check is validated again: an ID registered meanwhile (VR-03), a retired village, a person edited
// meanwhile (CONFLICT); the shared schema (VR-01..VR-12), a pure function of the values and the working date,
// runs again when the date changed. Updates go through the persons service itself. A cancel before the
// transaction, or any failure inside it, leaves the database exactly as it was. The transaction notices 取消 before
// each row and rolls back (audit8 gap 1); a 导入前 copy of the register is taken just before it (backups/before-import).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { PersonImportResult, personImportCommitInput } from '../../../../shared/contract/imports';
import type { PersonUpdateParsed } from '../../../../shared/contract/person-input';
import { AppError, badInput, conflict, ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { inScope, outsidePersonMessage, regionName, scopeNames, townshipOfRegion } from '../../scope/scope';
import type { Commit } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { prepared } from '../../db/prepared';
import { findByIdNumber } from '../persons/queries';
import { updatePersonRecord } from '../persons/service';
import { personInputSchema } from '../../../../shared/contract/person-input';
import { insertImportedPerson, loadInsertTarget, revalidate } from './person-insert';
import { rowTicker, writeTicker } from './check-read';
import { commitRecorded } from './batch-record';
import { hasActiveRecognition, insertBackfilled, recordCategories, syncDifficult } from '../recognitions/service';
import {
  assertCommittable,
  getChecked,
  type CheckedImport,
  type ImportedRecognition,
  type PlannedUpdate,
} from './store';

type Input = z.output<typeof personImportCommitInput>;

export const CHANGED_SINCE_CHECK = '检查之后有人修改了相关人员的信息，请重新检查文件后再导入。';

/** The shared person schema on the working date (building one is not free). */
const schemas = { today: '', schema: personInputSchema() };
function schemaFor(today: string) {
  if (schemas.today !== today) Object.assign(schemas, { today, schema: personInputSchema(today) });
  return schemas.schema;
}

/**
 * 就业困难人员 = 是: a back-filled recognition (补录) with the file's date and categories (else the record's), unless the
 * person has one in progress or in force. 否 leaves recognitions alone. is_difficult follows the recognitions.
 */
function setDifficult(
  db: Database.Database,
  id: string,
  flag: boolean,
  recognition: ImportedRecognition | undefined,
  by: string,
  now: string,
) {
  if (!flag || hasActiveRecognition(db, id)) {
    syncDifficult(db, id, by, now);
    return;
  }
  const p = prepared(
    db,
    'SELECT disability_type, disability_cert_no, dibao, poverty_status FROM persons WHERE id = ?',
  ).get(id) as Parameters<typeof recordCategories>[0];
  const categories = recognition?.categories.length ? recognition.categories : recordCategories(p);
  // insertBackfilled brings is_difficult in line with the recognitions itself.
  insertBackfilled(
    db,
    id,
    {
      categories,
      primaryCategory: categories[0],
      recognitionDate: recognition?.date ?? null,
      remark: '人员导入时补录',
    },
    by,
    now,
  );
}

/** The matched persons the clerk ticked, by row number or person id; anything else is refused. */
function consented(entry: CheckedImport, chosen: string[]): PlannedUpdate[] {
  const wanted = new Set(chosen);
  const picked = entry.updates.filter((u) => {
    const byRow = wanted.delete(String(u.row));
    const byId = wanted.delete(u.personId);
    return byRow || byId;
  });
  if (wanted.size)
    throw badInput({
      updateMatched: `所选的人员不在检查结果中（${[...wanted].slice(0, 3).join('、')}），请重新检查文件`,
    });
  return picked;
}

/** A row's failure names the row; the transaction is rolled back by the throw. */
function atRow<T>(row: number, name: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new AppError(err.code, `第 ${row} 行（${name}）：${err.message}。未导入任何数据。`, err.fields, {
      ...err.details,
      row,
    });
  }
}

/**
 * A township clerk commits only rows of their townships (issue 19), checked again here because the check may have
 * run for another account (the token is the only link) or the account's townships changed since: the registered
 * person's 乡镇 and the 常住地 the row gives. Refused before anything is written.
 */
function refuseOutside(ctx: CoreContext, row: number, personId: string | null, regionId: string | null) {
  if (ctx.scope.county) return;
  const notMine = personId ? outsidePersonMessage(ctx, personId) : null;
  if (notMine) throw new AppError('FORBIDDEN', `第 ${row} 行：${notMine}。未导入任何数据，请重新检查文件。`);
  const township = regionId ? townshipOfRegion(ctx.db, regionId) : null;
  if (regionId && !inScope(ctx.scope, township))
    throw new AppError(
      'FORBIDDEN',
      `第 ${row} 行：乡镇(街道)“${regionName(ctx.db, township ?? regionId)}”不属于您负责的乡镇（${scopeNames(ctx.db, ctx.scope)}），不能导入。未导入任何数据，请重新检查文件。`,
    );
}

export async function commitPersonImport(
  input: Input,
  ctx: CoreContext,
  job: JobControl,
  commit: Commit,
): Promise<PersonImportResult> {
  job.checkCancelled();
  const entry = getChecked(ctx, input.token);
  assertCommittable(entry, input.skipInvalidRows);
  const { result } = entry;
  const updates = consented(entry, input.updateMatched);
  const { creates } = entry;
  if (!creates.length && !updates.length)
    throw ruleViolation('没有需要新增或更新的人员：文件中的人员都已登记，且未勾选要更新的人员。');

  // Re-check what may have changed since the dry run, with progress and 取消, before the transaction.
  const total = creates.length + updates.length;
  const tick = rowTicker(job);
  for (let i = 0; i < total; i++) {
    await tick(i, total, '复核数据');
    if (i < creates.length) {
      if (findByIdNumber(ctx.db, creates[i].person.idNumber))
        throw conflict(`第 ${creates[i].row} 行：${CHANGED_SINCE_CHECK}`);
      refuseOutside(ctx, creates[i].row, null, creates[i].person.residenceRegionId);
    } else {
      const u = updates[i - creates.length];
      refuseOutside(ctx, u.row, u.personId, u.update?.residenceRegionId ?? null);
      const row = prepared(ctx.db, 'SELECT updated_at FROM persons WHERE id = ?').get(u.personId) as
        { updated_at: string } | undefined;
      if (row?.updated_at !== u.expectedUpdatedAt) throw conflict(`第 ${u.row} 行：${CHANGED_SINCE_CHECK}`);
    }
  }
  const skipped = result.total - creates.length - updates.length;
  // The schema is a pure function of the values and the working date: run again only if the date changed.
  const today = ctx.today();
  const schema = today === entry.today ? null : schemaFor(today);
  const data = commitRecorded(
    ctx,
    job,
    commit,
    { kind: 'persons', fileName: entry.fileName },
    ({ backup, batchId }) => {
      const by = ctx.operator();
      const now = ctx.now();
      const target = loadInsertTarget(ctx.db, now);
      const written = writeTicker(job, total);
      let n = 0;
      for (const c of creates) {
        written(n++);
        const id = atRow(c.row, c.person.name, () =>
          insertImportedPerson(ctx.db, target, schema ? revalidate(schema, c.person) : c.person, by, now),
        );
        if (c.isDifficult) setDifficult(ctx.db, id, true, c.recognition, by, now);
      }
      for (const u of updates) {
        written(n++);
        const name = u.update?.name ?? '';
        if (u.update) atRow(u.row, name, () => updatePersonRecord(ctx, u.update as unknown as PersonUpdateParsed));
        if (u.isDifficult !== undefined) setDifficult(ctx.db, u.personId, u.isDifficult, u.recognition, by, now);
      }
      job.progress(total, total, '写入数据库');
      return {
        data: { created: creates.length, updated: updates.length, skipped, backup, batchId },
        entityId: null,
        summary: `导入人员：新增 ${creates.length} 人，更新 ${updates.length} 人，跳过 ${skipped} 行（文件“${entry.fileName}”）`,
      };
    },
  );
  entry.committed = true;
  return data;
}
