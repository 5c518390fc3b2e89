import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the renderer once for all browser tests (skipped when its sources are unchanged); serve mode serves out/renderer. */
export default function setup() {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build-renderer.mjs')], { cwd: root, stdio: 'inherit' });
}
