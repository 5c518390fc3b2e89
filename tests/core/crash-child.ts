// Runs a crash-test child (node with the given arguments) and reports how it ended. `at`: a named point where the
// child kills itself, or a delay in ms after the child prints 'go' at which this process sends it SIGKILL.
import { spawn } from 'node:child_process';

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
