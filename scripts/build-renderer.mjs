// Builds the renderer into out/renderer only when its sources changed since the last build (issue 13:
// `npm run serve` rebuilt it every time, 13 s on the 100k county's machine). The hash covers every file the
// bundle can include (renderer/, shared/) and what decides how it is built (vite config, package files).
// `--force` builds regardless.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'out', 'renderer');
const stampFile = join(outDir, '.source-hash');
const INPUTS = ['renderer', 'shared', 'vite.config.mts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const current = sourceHash();
const built =
  existsSync(stampFile) && existsSync(join(outDir, 'index.html')) ? readFileSync(stampFile, 'utf8').trim() : null;
if (!force && built === current) {
  console.log('renderer up to date (out/renderer)');
} else {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      // The production build a clerk gets, also when called from vitest (which sets NODE_ENV=test).
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  writeFileSync(stampFile, `${current}\n`);
}
