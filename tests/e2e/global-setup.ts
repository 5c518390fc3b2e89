import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the renderer once for all browser tests; serve mode serves out/renderer. */
export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test; the browser tests must run the production build a clerk gets.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
