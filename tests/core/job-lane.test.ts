import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import type { JobStatus } from '../../shared/contract/system';
import { makeCore, must, signedInAs, waitJob } from './harness';
import { county, makeId, personInput } from './persons-fixtures';
import { checkTraps, registerExisting, trapWorkbook } from './import-traps';
import { BATCH_ID, BEFORE_IMPORT_COPY, base64, jobData } from './import-workbooks';
import { refusedAs } from './refusals';

// Issue 13: jobs and roster generation run in the job worker (its own thread and connection), admitted first by the
// interactive core. The gate (JobWorkerData.gate) blocks the job worker's THREAD before each job, as a long
// synchronous step would: an answer from the interactive core while it is closed proves the two do not share a
// thread, without timing anything.

const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;

function laneCore() {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(gate, 0, 1);
  const core = makeCore(undefined, undefined, { jobWorker: JOB_WORKER, jobGate: gate });
  const setGate = (open: boolean) => {
    Atomics.store(gate, 0, open ? 1 : 0);
    Atomics.notify(gate, 0);
  };
  return { core, setGate, handedOver: () => core.ctx.lane!.handedOver };
}

async function start(core: Core, channel: string, input: unknown, session?: string): Promise<string> {
  const r = await core.invoke(channel, input, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return (r.data as { jobId: string }).jobId;
}

const status = async (core: Core, jobId: string) => must(core, 'jobs.status', { jobId }) as Promise<JobStatus>;

function fileBytes(core: Core & { dataDir: string }): Buffer {
  core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return readFileSync(join(core.dataDir, 'taizhang.db'));
}

describe('the job worker', () => {
  it('answers interactive calls while a job holds the job worker thread; refuses before handing over; generates rosters there', async () => {
    const { core, setGate, handedOver } = laneCore();
    const c = await county(core);
    await must(core, 'persons.create', personInput(c, { name: '阿里木' }));
    setGate(false);
    const jobId = await start(core, 'reports.export', { report: 'RPT-01', month: '2026-11', full: false });
    // The job worker's thread is blocked: every answer below comes from the interactive thread.
    const list = await must(core, 'persons.list', {});
    expect(list.items.map((p) => p.name)).toEqual(['阿里木']);
    const second = personInput(c, { name: '古丽娜', idNumber: makeId('653121', '19900101', '024') });
    expect((await must(core, 'persons.create', second)).person.name).toBe('古丽娜');
    expect(await status(core, jobId)).toMatchObject({ state: 'running' });
    setGate(true);
    const done = await waitJob(core, jobId);
    expect(done).toMatchObject({ state: 'done', result: { ok: true } });
    expect((done.result as { ok: true; data: { fileName: string } }).data.fileName).toMatch(/_RPT-01_202611_/);
    expect(handedOver()).toBe(1);

    // Permission and township scope are checked before anything reaches the job worker.
    const viewer = signedInAs(core, 'kanbei', 'readonly');
    const clerk = signedInAs(core, 'aygul', 'clerk', { townshipIds: [c.town1], displayName: '阿依古丽' });
    const refusals = [
      [viewer, 'imports.persons.check', { fileName: 'a.xlsx', contentBase64: '' }],
      [viewer, 'backups.create', { target: 'dataFolder' }],
      [clerk, 'subsidies.generateBatch', { kind: 'si', month: '2026-11' }],
      [clerk, 'attendance.generate', { month: '2026-11' }],
      [clerk, 'reports.export', { report: 'RPT-01', month: '2026-11', full: false, townshipId: c.town2 }],
    ] as const;
    for (const [session, channel, input] of refusals) {
      const r = await core.invoke(channel, input, session);
      expect(r, channel).toMatchObject(refusedAs('FORBIDDEN'));
    }
    expect(handedOver()).toBe(1); // only the export above
    // A county-only report is refused by the report itself, in the job worker, with the clerk's scope carried over.
    const county11 = await start(core, 'reports.export', { report: 'RPT-11', month: '2026-11', full: false }, clerk);
    expect((await waitJob(core, county11, clerk)).result).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '该报表按全县汇总上报，乡镇经办（乌帕尔镇）不能导出：请由县级经办或审核员导出。',
      },
    });
    expect(handedOver()).toBe(2);

    // Roster generation runs there too, as the caller, who waits for its answer.
    const badgesBefore = await must(core, 'home.badges', {});
    const generated = await must(core, 'attendance.generate', { month: '2026-11' });
    expect(handedOver()).toBe(3);
    expect(generated).toMatchObject({ month: '2026-11', created: 0 });
    expect(await must(core, 'home.badges', {})).toEqual(badgesBefore);
    const row = core.ctx.db
      .prepare("SELECT operator, account_id AS accountId FROM audit_log WHERE channel = 'attendance.generate'")
      .get() as { operator: string; accountId: string };
    expect(row.operator).toBe('古丽');
    expect(row.accountId).toBe(core.ctx.db.prepare("SELECT id FROM accounts WHERE username = 'gulnar'").pluck().get());
  });

  it('a cancelled import commit leaves the database file byte-identical', async () => {
    const { core, setGate, handedOver } = laneCore();
    const c = await county(core);
    const { backup } = await jobData<{ backup: { name: string } }>(core, 'backups.create', { target: 'dataFolder' });
    const r = await checkTraps(c);
    const before = fileBytes(core);
    expect((await must(core, 'persons.list', {})).total).toBe(0);
    setGate(false);
    const jobId = await start(core, 'imports.persons.commit', { token: r.token, skipInvalidRows: true });
    expect(await must(core, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    setGate(true);
    expect(await waitJob(core, jobId)).toMatchObject({
      state: 'cancelled',
      result: { ok: false, error: { code: 'CANCELLED', message: '已取消，数据未改动。' } },
    });
    expect(fileBytes(core).equals(before)).toBe(true);
    expect(handedOver()).toBe(3); // the backup, the check and the commit all ran in the job worker
    // The same checked import (kept in the job worker's memory) still commits afterwards, audited as 古丽.
    const done = await jobData<PersonImportResult>(core, 'imports.persons.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({ created: 7, updated: 0, skipped: 8, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    // The interactive connection sees the other connection's commit at once.
    expect((await must(core, 'persons.list', {})).total).toBe(7);
    const audit = core.ctx.db
      .prepare(
        `SELECT a.operator, a.account_id AS accountId, a.summary, ac.username
           FROM audit_log a LEFT JOIN accounts ac ON ac.id = a.account_id
          WHERE a.channel = 'imports.persons.commit'`,
      )
      .all();
    expect(audit).toEqual([expect.objectContaining({ operator: '古丽', username: 'gulnar' })]);

    // A restore (interactive lane) closes the job worker's connection for the swap and reopens it on the new file.
    const restored = await jobData<{ restored: { name: string } }>(core, 'backups.restore', { name: backup.name });
    expect(restored.restored.name).toBe(backup.name);
    expect((await must(core, 'persons.list', {})).total).toBe(0);
    const again = await checkTraps(c);
    expect(
      await jobData<PersonImportResult>(core, 'imports.persons.commit', { token: again.token, skipInvalidRows: true }),
    ).toEqual({ created: 7, updated: 0, skipped: 8, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    expect((await must(core, 'persons.list', {})).total).toBe(7);
  });

  it('the status of a running import check carries its progress only; the whole check comes back once it ends', async () => {
    const { core, setGate } = laneCore();
    const c = await county(core);
    const { changed } = await registerExisting(c);
    const file = { fileName: '花名册.xlsx', contentBase64: base64(await trapWorkbook()) };
    setGate(false);
    const jobId = await start(core, 'imports.persons.check', file);
    // Polled while the job worker holds the file: neither the file nor any row travels with the status.
    const running = await status(core, jobId);
    expect(running).toEqual({
      jobId,
      channel: 'imports.persons.check',
      state: 'running',
      done: 0,
      total: 0,
      phase: '准备中',
    });
    expect(JSON.stringify(running).length).toBeLessThan(200);
    setGate(true);
    const done = await waitJob(core, jobId);
    expect(done.state).toBe('done');
    const viaLane = (done.result as { ok: true; data: PersonImportCheck }).data;
    // The same check on the caller's thread (no job worker): the job worker's answer is the whole of it.
    const local = await county(makeCore());
    await registerExisting(local);
    const inProcess = await jobData<PersonImportCheck>(local.core, 'imports.persons.check', file);
    // Ids differ between the two databases; everything else is the same.
    const plain = (r: PersonImportCheck) => ({
      ...r,
      token: '',
      matched: r.matched.map((m) => ({ ...m, personId: '' })),
    });
    expect(plain(viaLane)).toEqual(plain(inProcess));
    expect(viaLane).toMatchObject({ total: 15, valid: 7, errorRows: 8, errorCount: 9, newCount: 5, unchangedCount: 1 });
    expect(viaLane.matched.map((m) => [m.personId, m.name])).toEqual([[changed.id, '古丽']]);
  });

  it('an interactive save waits for another connection’s write lock without holding the thread', async () => {
    const core = makeCore();
    const c = await county(core);
    const other = new Database(core.ctx.db.name);
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const save = core.invoke('persons.create', personInput(c, { name: '阿不都' }));
      let saved = false;
      void save.then(() => (saved = true));
      // Reads are answered while the save waits for the lock.
      expect((await must(core, 'persons.list', {})).total).toBe(0);
      expect(saved).toBe(false);
      other.prepare('COMMIT').run();
      expect(await save).toMatchObject({ ok: true, data: { person: { name: '阿不都' } } });
    } finally {
      other.close();
    }
  });
});
