import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, JobResultOf, Result } from '../../shared/contract';
import { openCore, type Core, type CoreOptions } from '../../electron/core/core';
import type { Role } from '../../shared/contract/accounts';
import type { JobStatus } from '../../shared/contract/system';
import { newId } from '../../electron/core/ids';
import { instantMs } from '../../electron/core/modules/accounts/caller';
import { hashSecret } from '../../electron/core/modules/accounts/password';
import { accountByUsername, insertAccount, setTownships } from '../../electron/core/modules/accounts/queries';

export const TODAY = '2026-11-28';
const dirs: string[] = [];
const cores: Core[] = [];

/**
 * Closes the cores a test opened and removes its folders; tests/core/setup.ts runs it after every test. (A hook
 * registered here would run only for the first file of a worker: without isolation this module is loaded once.)
 */
export async function releaseCores(): Promise<void> {
  for (const c of cores.splice(0)) {
    try {
      c.close();
    } catch {
      // already closed by the test
    }
    await c.closed(); // a job worker's thread (makeCore with jobWorker) ends before its folder goes
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'taizhang-test-'));
  dirs.push(d);
  return d;
}

let template: string | undefined;

/**
 * A fresh data folder holding an empty register with every migration applied: a copy of one made once per worker.
 * Opening a new file runs all migrations, about three times the CPU of opening the copy; the copy differs from a new
 * file only in schema_migrations.applied_at (the clock, not the working date). Tests of opening, migrating or
 * starting from nothing pass their own folder (tempDir()).
 */
export function migratedDir(): string {
  if (!template) {
    const dir = mkdtempSync(join(tmpdir(), 'taizhang-template-'));
    openCore({ dataDir: dir, today: TODAY }).close();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    template = dir;
  }
  const d = tempDir();
  copyFileSync(join(template, 'taizhang.db'), join(d, 'taizhang.db'));
  return d;
}

/** The password of every account the tests create directly. */
export const TEST_PASSWORD = 'test-password-1';
let testHash: string | undefined;

/**
 * Creates (or finds) an account straight in the database, without the admin channel, and opens a session for it.
 * Returns the session token to pass as core.invoke's third argument.
 */
export function signedInAs(
  core: Core,
  username: string,
  role: Role = 'admin',
  opts: { townshipIds?: string[]; fullIdExport?: boolean; displayName?: string } = {},
): string {
  const { db } = core.ctx;
  let row = accountByUsername(db, username);
  if (!row) {
    testHash ??= hashSecret(TEST_PASSWORD);
    const id = newId();
    insertAccount(
      db,
      {
        id,
        username,
        displayName: opts.displayName ?? username,
        role,
        fullIdExport: opts.fullIdExport ?? role === 'admin',
        passwordHash: testHash,
      },
      'test',
      core.ctx.now(),
    );
    setTownships(db, id, opts.townshipIds ?? []);
    row = accountByUsername(db, username)!;
  }
  return core.ctx.sessions.open(row.id, instantMs(core.ctx));
}

/** A core with no account and no default session: the first start, and calls as nobody. */
export function makeBareCore(
  dataDir = migratedDir(),
  today = TODAY,
  options: Pick<CoreOptions, 'jobWorker' | 'jobGate' | 'warmUp' | 'onProgress'> = {},
): Core & { dataDir: string } {
  const core = openCore({ dataDir, today, ...options });
  cores.push(core);
  return Object.assign(core, { dataDir });
}

/**
 * A real core on a real SQLite file in a fresh temporary folder, signed in as the administrator 古丽 (admin): a call
 * without a third argument runs as her; pass a token from signedInAs (or null for nobody) to call as someone else.
 */
export function makeCore(
  dataDir = migratedDir(),
  today = TODAY,
  options: Pick<CoreOptions, 'jobWorker' | 'jobGate' | 'warmUp' | 'onProgress'> = {},
): Core & { dataDir: string; adminSession: string } {
  const core = makeBareCore(dataDir, today, options);
  const admin = () => signedInAs(core, 'gulnar', 'admin', { displayName: '古丽' });
  const holder = Object.assign(core, { adminSession: admin() });
  let adminId = accountByUsername(core.ctx.db, 'gulnar')?.id;
  const raw = core.invoke;
  core.invoke = (channel, input, session) => {
    if (session !== undefined) return raw(channel, input, session);
    // A restore can replace the register (and its accounts): sign 古丽 in again in the register now open.
    const id = accountByUsername(core.ctx.db, 'gulnar')?.id;
    if (id !== adminId) {
      holder.adminSession = admin();
      adminId = accountByUsername(core.ctx.db, 'gulnar')?.id;
    }
    return raw(channel, input, holder.adminSession);
  };
  return holder;
}

/** Typed call that returns the raw Result. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return (await core.invoke(channel, input)) as Result<ChannelOutput<C>>;
}

/** Typed call that must leave every table as it was (a refused write): the raw Result, for the caller's checks. */
export async function callUnchanged<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const before = snapshot(core);
  const r = await call(core, channel, input);
  expect(snapshot(core), `${channel} wrote to the database`).toBe(before);
  return r;
}

/**
 * Calls `channel` with each input in turn: each Result must match its refusal (toMatchObject), and together they must
 * leave every table as it was.
 */
export async function refusesEach<C extends Channel>(
  core: Core,
  channel: C,
  cases: readonly (readonly [input: ChannelInput<C>, refusal: object])[],
): Promise<void> {
  const before = snapshot(core);
  for (const [input, refusal] of cases) {
    expect(await call(core, channel, input), JSON.stringify(input)).toMatchObject(refusal);
  }
  expect(snapshot(core), `${channel} wrote to the database`).toBe(before);
}

/** Typed call that must succeed. */
export async function must<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await call(core, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

/**
 * Sets CFG-29 to 3 + 2 from 2026-11-01 through ruleSettings.set, as a clerk would; answers the mask it gives an
 * 18-character ID number (653*************2X), for the tests of a list or name that must follow it.
 */
export async function maskIdsThreeTwo(core: Core): Promise<(idNumber: string) => string> {
  const values = { keepStart: 3, keepEnd: 2 };
  await must(core, 'ruleSettings.set', { key: 'privacy.maskPattern', effectiveFrom: '2026-11-01', values, note: null });
  return (id) => `${id.slice(0, 3)}${'*'.repeat(13)}${id.slice(-2)}`;
}

/** A county set up the way a clerk does on first start. */
export async function setUpOffice(core: Core) {
  await must(core, 'settings.setOffice', {
    name: '疏附县人力资源和社会保障局',
    countyName: '疏附县',
    countyCode: '653121',
  });
}

/**
 * Waits for a job to finish and returns its final status; `session`: the account that started it (only it sees the
 * job), by default the core's own.
 */
export async function waitJob(core: Core, jobId: string, session?: string): Promise<JobStatus> {
  for (;;) {
    const r = (await core.invoke('jobs.status', { jobId }, session)) as Result<JobStatus>;
    if (!r.ok) throw new Error(`jobs.status failed: ${JSON.stringify(r.error)}`);
    const s = r.data;
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Starts a job channel and waits for its end: the finished job's Result (its data, or why it failed or stopped);
 * `session`: as whom (a token from signedInAs), by default the core's own.
 */
export async function jobResult<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
  session?: string,
): Promise<Result<JobResultOf<C>>> {
  const started = (await core.invoke(channel, input, session)) as Result<ChannelOutput<C>>;
  if (!started.ok) return started;
  const status = await waitJob(core, (started.data as { jobId: string }).jobId, session);
  return status.result as Result<JobResultOf<C>>;
}

/** Runs a job channel that must succeed; the finished job's data. */
export async function mustJob<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>) {
  const r = await jobResult(core, channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
  return r.data;
}

/** Creates the administrator through a core host (worker thread) and returns its session token. */
export async function hostAdminSession(host: {
  invoke(channel: string, input: unknown, session?: string | null): Promise<Result<unknown>>;
}): Promise<string> {
  const setup = await host.invoke(
    'auth.setup',
    { username: 'gulnar', displayName: '古丽', password: TEST_PASSWORD },
    null,
  );
  const r = setup.ok ? setup : await host.invoke('auth.signIn', { username: 'gulnar', password: TEST_PASSWORD }, null);
  if (!r.ok) throw new Error(r.error.message);
  return (r.data as { session: string }).session;
}

/** The name a (migrated) database records for migration `version`. */
export const migrationName = (core: Core, version: number) =>
  core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = ?').pluck().get(version);

/** The summary of the audit row written last for a channel or for an entity. */
export function lastAuditSummary(core: Core, where: { channel: string } | { entity: string }): string {
  const [column, value] = 'channel' in where ? ['channel', where.channel] : ['entity', where.entity];
  return core.ctx.db
    .prepare(`SELECT summary FROM audit_log WHERE ${column} = ? ORDER BY rowid DESC LIMIT 1`)
    .pluck()
    .get(value) as string;
}

/** A snapshot of every user table (but those `except` names), to prove "nothing was written". */
export function snapshot(core: Core, except: readonly string[] = []): string {
  const tables = (
    core.ctx.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  ).filter((t) => !except.includes(t.name));
  return JSON.stringify(tables.map((t) => [t.name, core.ctx.db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all()]));
}

/** Runs `sql` on a connection of its own to the core's register and commits it (another program, as it were). */
export function commitElsewhere(core: Core, sql: string): void {
  const other = new Database(core.ctx.db.name);
  try {
    other.prepare(sql).run();
  } finally {
    other.close();
  }
}
