import { describe, expect, it } from 'vitest';
import type { PersonImportResult } from '../../shared/contract/imports';
import type { RosterImportResult } from '../../shared/contract/roster-imports';
import { jobResult, lastAuditSummary, makeCore, must, mustJob, signedInAs, snapshot } from './harness';
import { county, personInput } from './persons-fixtures';
import { jobData } from './import-workbooks';
import { checkTraps, registerExisting } from './import-traps';
import { NEW_OK, check, roster, scene } from './import-registrations-scene';
import type { Core } from '../../electron/core/core';
import { UNDO_PHASES } from '../../electron/core/modules/imports/batch-undo';

// 撤销本次导入 (fix27b): an import commit records its batch (imports/batch-record.ts); imports.batches.undo takes it
// back in one transaction (imports/batch-undo.ts). On real SQLite files: import → undo leaves every table of the
// register as it was before the import (the audit log gains rows, the batch its status); an undo refused — a later
// edit, a later record on an imported one, a locked month, someone else's import — names the row and changes nothing.

/** Every table but the audit trail and the batch records, as rows. */
const register = (core: Core) => snapshot(core, ['audit_log', 'import_batches', 'import_batch_rows']);

/** The import's line in imports.batches.list, found by the batch id its result named. */
const batchOf = async (core: Core, done: { batchId: string; backup: string }) => {
  const { items } = await must(core, 'imports.batches.list', {});
  const batch = items.find((b) => b.id === done.batchId);
  if (!batch) throw new Error(`no batch ${done.batchId}`);
  expect(batch.backup).toBe(done.backup);
  return batch;
};

async function importedRegistrations() {
  const s = await scene();
  const before = register(s.core);
  const r = await check(s, roster());
  const done = await jobData<RosterImportResult>(s.core, 'imports.registrations.commit', {
    token: r.token,
    skipInvalidRows: true,
  });
  const batch = await batchOf(s.core, done);
  const newPerson = s.core.ctx.db.prepare('SELECT id FROM persons WHERE id_number = ?').pluck().get(NEW_OK) as string;
  return { s, before, done, batch, newPerson };
}

/** The traps file imported into a county (5 new persons, 1 update, recognitions): the register before, the result. */
async function importedPersons(core: Core) {
  const c = await county(core);
  const existing = await registerExisting(c);
  const r = await checkTraps(c);
  const before = register(core);
  const done = await jobData<PersonImportResult>(core, 'imports.persons.commit', {
    token: r.token,
    updateMatched: [existing.changed.id],
    skipInvalidRows: true,
  });
  return { before, done };
}

describe('撤销本次导入', () => {
  it('a person import (5 new, 1 updated, recognitions) undone: every table as before, one audit row', async () => {
    const core = makeCore();
    const { before, done } = await importedPersons(core);
    expect(register(core)).not.toBe(before);
    const batch = await batchOf(core, done);
    expect(batch).toMatchObject({ kind: 'persons', status: 'open', canUndo: true, committedBy: '古丽' });
    expect(batch.summary).toMatch(/^导入人员：新增 5 人，更新 1 人/);

    const undone = await mustJob(core, 'imports.batches.undo', { id: batch.id });
    expect(undone).toEqual({ id: batch.id, reverted: batch.rowCount });
    expect(register(core)).toBe(before);
    expect(lastAuditSummary(core, { channel: 'imports.batches.undo' })).toBe(
      `撤销导入人员（文件“花名册.xlsx”）：删除或恢复 ${batch.rowCount} 条记录`,
    );
    expect(await batchOf(core, done)).toMatchObject({ status: 'undone', canUndo: false, undoneBy: '古丽' });
    expect(core.ctx.db.prepare('SELECT count(*) FROM import_batch_rows').pluck().get()).toBe(0);
    // Twice: refused.
    expect(await jobResult(core, 'imports.batches.undo', { id: batch.id })).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: '这次导入已经撤销过了。' },
    });
  });

  it('取消 after the first row was put back: every table as before the undo (the import still open), then undone', async () => {
    // The revert's first progress (row 0) asks for the cancel; the job puts that row back and sees the flag before
    // the second: the rollback must take back a row already reverted, the audit row and the batch's status.
    const phases: string[] = [];
    let cancel = true;
    const core = makeCore(undefined, undefined, {
      onProgress: (st) => {
        if (st.channel !== 'imports.batches.undo' || st.state !== 'running') return;
        phases.push(`${st.phase} ${st.done}/${st.total}`);
        if (cancel && st.phase === UNDO_PHASES.revert) core.ctx.jobs.cancel(st.jobId);
      },
    });
    const { before, done } = await importedPersons(core);
    const batch = await batchOf(core, done);
    expect(batch.rowCount).toBeGreaterThan(1);
    const imported = snapshot(core);
    expect(await jobResult(core, 'imports.batches.undo', { id: batch.id })).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: '已取消，数据未改动。' },
    });
    expect(phases).toEqual([`${UNDO_PHASES.check} 0/0`, `${UNDO_PHASES.revert} 0/${batch.rowCount}`]);
    expect(snapshot(core)).toBe(imported);
    expect(await batchOf(core, done)).toMatchObject({ status: 'open', canUndo: true });

    cancel = false;
    expect(await mustJob(core, 'imports.batches.undo', { id: batch.id })).toEqual({
      id: batch.id,
      reverted: batch.rowCount,
    });
    expect(register(core)).toBe(before);
  });

  it('a 失业登记 roster (new person + registrations) undone: every table as before', async () => {
    const { s, before, batch } = await importedRegistrations();
    expect(batch).toMatchObject({ kind: 'registrations', fileName: '失业登记花名册.xlsx' });
    await mustJob(s.core, 'imports.batches.undo', { id: batch.id });
    expect(register(s.core)).toBe(before);
  });

  it('refused after a later edit of an imported person: names the person, changes nothing', async () => {
    const { s, batch, newPerson } = await importedRegistrations();
    const stored = await must(s.core, 'persons.get', { id: newPerson });
    const { idNumber: _id, ...rest } = personInput(s, { name: '阿依古丽' });
    await must(s.core, 'persons.update', {
      ...rest,
      id: newPerson,
      expectedUpdatedAt: stored.updatedAt,
      phone: '13811112222',
    });
    const after = snapshot(s.core);
    expect(await jobResult(s.core, 'imports.batches.undo', { id: batch.id })).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: '不能撤销本次导入：导入之后，人员“阿依古丽”已被修改。未撤销任何数据。',
      },
    });
    expect(snapshot(s.core)).toBe(after);
  });

  it('refused when a contact was recorded on an imported registration since, changes nothing', async () => {
    const { s, batch, newPerson } = await importedRegistrations();
    const reg = s.core.ctx.db.prepare('SELECT id FROM registrations WHERE person_id = ?').pluck().get(newPerson);
    await s.contact(reg as string);
    const after = snapshot(s.core);
    const r = await jobResult(s.core, 'imports.batches.undo', { id: batch.id });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message:
          '不能撤销本次导入：导入之后，本次导入的失业登记（阿依古丽）又有了联系记录（阿依古丽）。未撤销任何数据。',
      },
    });
    expect(snapshot(s.core)).toBe(after);
  });

  it('refused when a month the import wrote in is locked since', async () => {
    const { s, batch } = await importedRegistrations();
    s.core.close();
    const core = makeCore((s.core as Core & { dataDir: string }).dataDir, '2026-12-03'); // November is over: it can be locked
    await mustJob(core, 'periodLocks.lock', { month: '2026-11' });
    const after = snapshot(core);
    const r = await jobResult(core, 'imports.batches.undo', { id: batch.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    expect(!r.ok && r.error.message).toMatch(/^不能撤销本次导入：失业登记（艾力·买买提）：2026年11月已锁定/);
    expect(snapshot(core)).toBe(after);
  });

  it('a clerk lists and undoes only their own imports; the administrator any', async () => {
    const { s, batch } = await importedRegistrations();
    const clerk = signedInAs(s.core, 'clerk1', 'clerk', { townshipIds: [s.town1] });
    const listed = await s.core.invoke('imports.batches.list', {}, clerk);
    expect(listed).toEqual({ ok: true, data: { items: [] } });
    const r = await jobResult(s.core, 'imports.batches.undo', { id: batch.id }, clerk);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能撤销您自己的导入；其他人的导入请由管理员撤销。' },
    });
    const viewer = signedInAs(s.core, 'viewer', 'readonly');
    expect(await s.core.invoke('imports.batches.list', {}, viewer)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
