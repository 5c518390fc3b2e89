import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract';
import { openCore, type Core } from '../../electron/core/core';
import type { Role } from '../../shared/contract/accounts';
import { newId } from '../../electron/core/ids';
import { instantMs } from '../../electron/core/modules/accounts/caller';
import { hashSecret } from '../../electron/core/modules/accounts/password';
import { accountByUsername, insertAccount, setTownships } from '../../electron/core/modules/accounts/queries';

export const TODAY = '2026-11-28';
const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const c of cores.splice(0)) {
    try {
      c.close();
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'taizhang-test-'));
  dirs.push(d);
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
export function makeBareCore(dataDir = tempDir(), today = TODAY): Core & { dataDir: string } {
  const core = openCore({ dataDir, today });
  cores.push(core);
  return Object.assign(core, { dataDir });
}

/**
 * A real core on a real SQLite file in a fresh temporary folder, signed in as the administrator 古丽 (admin): a call
 * without a third argument runs as her; pass a token from signedInAs (or null for nobody) to call as someone else.
 */
export function makeCore(dataDir = tempDir(), today = TODAY): Core & { dataDir: string; adminSession: string } {
  const core = makeBareCore(dataDir, today);
  const adminSession = signedInAs(core, 'gulnar', 'admin', { displayName: '古丽' });
  const raw = core.invoke;
  core.invoke = (channel, input, session) => raw(channel, input, session === undefined ? adminSession : session);
  return Object.assign(core, { adminSession });
}

/** Typed call that returns the raw Result. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  return (await core.invoke(channel, input)) as Result<ChannelOutput<C>>;
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

/** A county set up the way a clerk does on first start. */
export async function setUpOffice(core: Core) {
  await must(core, 'settings.setOperator', { name: '古丽' });
  await must(core, 'settings.setOffice', {
    name: '疏附县人力资源和社会保障局',
    countyName: '疏附县',
    countyCode: '653121',
  });
}

/** Waits for a job to finish and returns its final status. */
export async function waitJob(core: Core, jobId: string) {
  for (;;) {
    const s = await must(core, 'jobs.status', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A snapshot of every user table, to prove "nothing was written". */
export function snapshot(core: Core): string {
  const tables = core.ctx.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map((t) => [t.name, core.ctx.db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1`).all()]));
}
