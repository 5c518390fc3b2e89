#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving node_modules/better-sqlite3
// (the Node build used by `npm test` and `npm run serve`) untouched. Run by `npm start` before Electron.
//
//   .electron-native/better-sqlite3-src/   a copy of node_modules/better-sqlite3, rebuilt here
//   .electron-native/better_sqlite3.node   the Electron build; electron/main/index.ts passes it as nativeBinding
//   .electron-native/stamp.json            what it was built for; a matching stamp skips the work
//
// Needs internet once (Electron headers from electronjs.org) and a C++ toolchain, as any node-gyp build.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.electron-native');
const srcDir = join(outDir, 'better-sqlite3-src');
const target = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const moduleDir = join(root, 'node_modules', 'better-sqlite3');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

function fail(message, hint) {
  console.error(`\n[electron-native] ${message}`);
  if (hint) console.error(`[electron-native] ${hint}`);
  console.error(
    '[electron-native] node_modules/better-sqlite3 was not changed; `npm test` and `npm run serve` still work.\n',
  );
  process.exit(1);
}

if (!existsSync(join(root, 'node_modules', 'electron', 'package.json')))
  fail('node_modules/electron is missing.', 'Run `npm ci` first.');
if (!existsSync(join(moduleDir, 'package.json')))
  fail('node_modules/better-sqlite3 is missing.', 'Run `npm ci` first.');

const wanted = {
  electron: readJson(join(root, 'node_modules', 'electron', 'package.json')).version,
  betterSqlite3: readJson(join(moduleDir, 'package.json')).version,
  platform: process.platform,
  arch: process.arch,
};

const stamp = existsSync(stampFile) ? readJson(stampFile) : null;
if (existsSync(target) && stamp && Object.entries(wanted).every(([k, v]) => stamp[k] === v)) {
  console.log(
    `[electron-native] better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} is up to date.`,
  );
  process.exit(0);
}

/** node-gyp: the one npm passes to scripts, a local install, or the copy bundled with npm. */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(createRequire(join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed locally
  }
  const nodeDir = dirname(process.execPath);
  candidates.push(
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

const nodeGyp = findNodeGyp();
if (!nodeGyp)
  fail('node-gyp was not found.', 'Install it with `npm i -g node-gyp`, or run this script through `npm start`.');

// A fresh copy of the sources whenever the stamp does not match (another better-sqlite3 or Electron version).
console.log(
  `[electron-native] Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})...`,
);
rmSync(srcDir, { recursive: true, force: true });
rmSync(target, { force: true });
mkdirSync(outDir, { recursive: true });
const skip = join(moduleDir, 'build');
cpSync(moduleDir, srcDir, { recursive: true, filter: (from) => from !== skip && !from.startsWith(skip + sep) });

const args = [
  nodeGyp,
  'rebuild',
  '--release',
  `--target=${wanted.electron}`,
  `--arch=${wanted.arch}`,
  '--dist-url=https://electronjs.org/headers',
  '--runtime=electron',
];
console.log(`[electron-native] node ${args.map((a) => (a === nodeGyp ? relative(root, a) || a : a)).join(' ')}`);
const result = spawnSync(process.execPath, args, {
  cwd: srcDir,
  stdio: 'inherit',
  env: { ...process.env, npm_config_runtime: 'electron' },
});
const built = join(srcDir, 'build', 'Release', 'better_sqlite3.node');
if (result.error || result.status !== 0 || !existsSync(built)) {
  fail(
    `node-gyp could not build better-sqlite3 for Electron ${wanted.electron} (exit code ${result.status ?? result.error?.message}).`,
    'It needs internet (Electron headers from https://electronjs.org/headers) and a C++ toolchain (build-essential and python3 on Linux; Visual Studio Build Tools on Windows).',
  );
}

cpSync(built, target);
writeFileSync(stampFile, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(`[electron-native] Wrote ${relative(root, target)}.`);
