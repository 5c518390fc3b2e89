// Shared set-up for the backup tests: a county with people, and a job runner.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel, ChannelInput } from '../../shared/contract';
import type { Core } from '../../electron/core/core';
import { county, makeId, personInput, type County } from './persons-fixtures';
import { must, waitJob } from './harness';

export const PASS = '疏附县就业局2026备份';

/** Adds a person with a distinct valid ID (seq 100..899). */
export async function addPerson(c: County, seq: number, name: string) {
  return must(
    c.core,
    'persons.create',
    personInput(c, { idNumber: makeId('653121', '19900101', String(seq).padStart(3, '0')), name }),
  );
}

export async function countyWith(core: Core, names: string[]): Promise<County> {
  const c = await county(core);
  for (const [i, name] of names.entries()) await addPerson(c, 100 + i * 2, name);
  return c;
}

/** Starts a job channel and returns its final status. */
export async function runJob<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>) {
  const { jobId } = (await must(core, channel, input)) as unknown as { jobId: string };
  return waitJob(core, jobId);
}

/** The job's data, failing the test with the error if the job did not finish. */
export async function jobData<T = Record<string, unknown>>(core: Core, channel: Channel, input: unknown): Promise<T> {
  const s = await runJob(core, channel, input as never);
  if (s.state !== 'done' || !s.result?.ok) throw new Error(`${channel}: ${s.state} ${JSON.stringify(s.result)}`);
  return s.result.data as T;
}

/** The live names in the register the core is using now. */
export function names(core: Core): string[] {
  return (
    core.ctx.db.prepare('SELECT name FROM persons WHERE deleted_at IS NULL ORDER BY name').all() as { name: string }[]
  ).map((r) => r.name);
}

/** Files in a folder, sorted. */
export const filesIn = (dir: string) => readdirSync(dir).sort();
/** The data folder's backups/ (created if missing, for tests that put files there). */
export function backupsOf(core: Core): string {
  const dir = join(core.ctx.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  return dir;
}
