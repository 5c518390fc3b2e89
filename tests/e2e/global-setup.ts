import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Builds the renderer and the server bundle once for all browser tests (each skipped when its sources are unchanged),
 * as `npm run serve` does: serve mode serves out/renderer, and startServe runs out/serve/cli.js.
 */
export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  for (const script of ['build-renderer.mjs', 'build-server.mjs'])
    execFileSync(process.execPath, [join(root, 'scripts', script)], { cwd: root, stdio: 'inherit' });
}
