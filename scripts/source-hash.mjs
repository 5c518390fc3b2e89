// The hash of the sources a build reads, so `npm run serve` rebuilds the renderer (scripts/build-renderer.mjs) and
// the server bundle (scripts/build-server.mjs) only when one of them changed (issue 13), and the stamp that records it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** sha256 over the names and contents of every file under `inputs` (paths relative to the project root). */
function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((p) => files(join(root, p)))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * sha256 over the names, sizes and modification times only: when it equals the one recorded with the last build,
 * no file was touched and the contents need not be read (a second of a loaded start); when it differs, the contents
 * decide (a checkout that changes times only does not rebuild).
 */
function statHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((p) => files(join(root, p)))) {
    const st = statSync(file);
    hash.update(`${relative(root, file)}\0${st.size}\0${st.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

/**
 * Runs `build` unless `outDir` holds `mustExist` and a stamp of the same source hash (or `--force` was given);
 * then records the hash. `name` is what the message calls the output.
 */
export async function buildWhenChanged({ name, inputs, outDir, mustExist, build }) {
  const stampFile = join(outDir, '.source-hash');
  const force = process.argv.includes('--force');
  // The stamp: the content hash, then the stat hash of the same files.
  const [built, builtStats] =
    existsSync(stampFile) && existsSync(join(outDir, mustExist))
      ? readFileSync(stampFile, 'utf8').trim().split('\n')
      : [];
  const stats = statHash(inputs);
  if (!force && built && builtStats === stats) return upToDate(name, outDir);
  const current = sourceHash(inputs);
  if (!force && built === current) {
    writeFileSync(stampFile, `${current}\n${stats}\n`);
    return upToDate(name, outDir);
  }
  await build();
  writeFileSync(stampFile, `${current}\n${statHash(inputs)}\n`);
}

const upToDate = (name, outDir) => console.log(`${name} up to date (${relative(root, outDir)})`);
