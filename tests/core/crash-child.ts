// Runs a crash-test child (node with the given arguments) and reports how it ended. `at`: a named point where the
// child kills itself, or a delay in ms after the child prints 'go' at which this process sends it SIGKILL.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a crash-test child once (packages stay in node_modules) and returns the path of the bundle, to run with
 * plain node: it starts in about half the time tsx needs to load the core's few hundred modules, which is most of a
 * child's work. The caller removes the bundle (in afterAll).
 */
export async function bundleCrashChild(entry: string): Promise<string> {
  mkdirSync(resolve('.tmp'), { recursive: true });
  const path = resolve(`.tmp/${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: path,
    logLevel: 'warning',
  });
  return path;
}

export function runCrashChild(nodeArgs: string[], at: string | number): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    if (typeof at === 'number' && d.toString().includes('go')) setTimeout(() => child.kill('SIGKILL'), at);
  });
  return new Promise((ok, fail) =>
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') ok('killed');
      else if (code === 0) ok('finished');
      else fail(new Error(`child exited ${code}: ${err}`));
    }),
  );
}

/** One child of a crash test: the operation it runs and where it is killed (see runCrashChild's `at`). */
export interface CrashScenario<Op extends string = string> {
  op: Op;
  /** A point where the child kills itself, or a delay (ms after it starts the operation) for the parent's kill. */
  at: string | number;
}

/** How the children of a crash test ended, and whether the register was whole after each. */
export class CrashTally {
  kills = 0;
  finishedFirst = 0;
  survived = 0;

  /** Notes one child's end and the register's state after it; returns its line for the log (BROKEN when not whole). */
  note(s: CrashScenario, how: 'killed' | 'finished', ok: boolean, detail: string): string {
    if (how === 'killed') this.kills++;
    else this.finishedFirst++;
    if (ok) this.survived++;
    return `${s.op}@${s.at}: ${how}, ${ok ? 'ok' : 'BROKEN'} (${detail})`;
  }

  /** Logs the tally with every line; returns the lines of the children after which the register was not whole. */
  broken(outcomes: string[], extra = ''): string[] {
    console.log(
      `crash tally: ${this.kills} kills, ${this.finishedFirst} finished before the kill, ${this.survived}/${outcomes.length} survived${extra}\n  ${outcomes.join('\n  ')}`,
    );
    return outcomes.filter((o) => o.includes('BROKEN'));
  }
}
