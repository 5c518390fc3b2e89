// Child process of import-export-crash.test.ts: opens the data folder with the real core and runs a person import
// commit or a full-ID RPT-01 export, killing itself with SIGKILL at a named point (a SQLite trigger inside the
// commit's transaction, or a job phase), or waiting for the parent's kill -9. The test bundles it with esbuild and runs it with node.
import { readFileSync } from 'node:fs';
import { openCore } from '../../electron/core/core';
import { signInSeedAdmin } from '../../scripts/seed/accounts';

const [dataDir, op, point, rosterPath, rosterRows] = process.argv.slice(2);
const die = (at: string) => {
  if (point === at) process.kill(process.pid, 'SIGKILL');
};

const core = openCore({
  dataDir,
  today: '2026-11-28',
  onProgress: (s) => {
    if (s.state !== 'running') return;
    die(`phase:${s.phase}`);
    if (s.total > 0 && s.done >= s.total / 2) die('half');
  },
});
const db = core.ctx.db;
db.function('die_now', () => {
  process.kill(process.pid, 'SIGKILL');
  return null;
});
const persons = db.prepare('SELECT count(*) FROM persons').pluck().get() as number;
const rows = Number(rosterRows);
// Named points inside the commit's one transaction: after its first row, half-way, at its audit row (the last
// statement before COMMIT).
const TRIGGERS: Record<string, string> = {
  'row:1': `AFTER INSERT ON main.persons WHEN (SELECT count(*) FROM main.persons) = ${persons + 1}`,
  'row:half': `AFTER INSERT ON main.persons WHEN (SELECT count(*) FROM main.persons) = ${persons + rows / 2}`,
  audit: `AFTER INSERT ON main.audit_log WHEN NEW.channel IN ('imports.persons.commit', 'reports.export')`,
};
if (TRIGGERS[point]) db.exec(`CREATE TEMP TRIGGER crash_point ${TRIGGERS[point]} BEGIN SELECT die_now(); END`);

/** Starts a job and waits for its data. */
async function job(channel: string, input: unknown): Promise<Record<string, unknown>> {
  const started = await core.invoke(channel, input);
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.data as { jobId: string };
  for (;;) {
    const r = await core.invoke('jobs.status', { jobId });
    const st = (r.ok ? r.data : null) as { state: string; result?: { ok: boolean; data?: unknown } } | null;
    if (st && st.state !== 'running') {
      if (!st.result?.ok) throw new Error(`${channel}: ${JSON.stringify(st.result)}`);
      return st.result.data as Record<string, unknown>;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main() {
  await signInSeedAdmin(core);
  if (op === 'import') {
    const contentBase64 = readFileSync(rosterPath).toString('base64');
    const checked = await job('imports.persons.check', { fileName: '花名册.xlsx', contentBase64 });
    process.stdout.write('go\n');
    await job('imports.persons.commit', { token: checked.token, updateMatched: [] });
  } else {
    process.stdout.write('go\n');
    await job('reports.export', { report: 'RPT-01', month: '2026-11', full: true });
  }
  die('done');
  core.close();
  process.stdout.write('finished\n');
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(2);
});
