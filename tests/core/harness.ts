import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract';
import { openCore, type Core } from '../../electron/core/core';

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

/** A real core on a real SQLite file in a fresh temporary folder. */
export function makeCore(dataDir = tempDir(), today = TODAY): Core & { dataDir: string } {
  const core = openCore({ dataDir, today });
  cores.push(core);
  return Object.assign(core, { dataDir });
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
