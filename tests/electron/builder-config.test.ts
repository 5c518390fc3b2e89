import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const configFile = join(root, 'electron-builder.yml');
const script = join(root, 'scripts', 'check-builder-config.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'taizhang-builder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const check = (file?: string) =>
  spawnSync(process.execPath, [script, ...(file ? [file] : [])], { cwd: root, encoding: 'utf8' });

type Target = { target: string; arch: string[] };

/** Parsed by electron-builder itself, exactly as a release build reads it. */
async function loadConfig() {
  const require = createRequire(join(root, 'package.json'));
  const { getConfig } = require('app-builder-lib/out/util/config/config');
  return getConfig(root, configFile, null);
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", () => {
    const run = check();
    expect(run.stderr).not.toMatch(/Invalid/);
    expect(run.stdout).toMatch(/^OK:/m);
    expect(run.status).toBe(0);
  }, 30_000);

  it('a copy with an unknown key fails with exit code 1', () => {
    const bad = join(tmp, 'bad-builder.yml');
    writeFileSync(bad, `${readFileSync(configFile, 'utf8')}\nnotAnElectronBuilderKey: true\n`);
    const run = check(bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notAnElectronBuilderKey');
  }, 30_000);

  it('holds the release settings', async () => {
    const config = await loadConfig();

    expect(config.appId).toBe('cn.gov.hrss.taizhang');
    expect(config.productName).toBe('就业援助台账');
    expect(config.directories.output).toBe('release');
    // getConfig normalises `files` to [{ filter: [...] }].
    const files = (config.files as (string | { filter: string[] })[]).flatMap((f) =>
      typeof f === 'string' ? [f] : f.filter,
    );
    expect(files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(
      files.some((f) => f.startsWith('!') && f.includes('node_modules/better-sqlite3/build/Release/better_sqlite3')),
    ).toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(true);

    const linux: Target[] = config.linux.target;
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
    for (const t of linux) expect([...t.arch].sort()).toEqual(['arm64', 'x64']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.linux.synopsis).toBeTruthy();

    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true, language: '2052' });
  });

  it('flips the Electron fuses of the packaged app', async () => {
    const config = await loadConfig();
    const fuses = config.electronFuses as Record<string, boolean>;
    // Each one separately, so a missing or flipped fuse names itself.
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
    expect(fuses.enableCookieEncryption).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    // Asar integrity and only-from-asar need the app packed in an asar.
    expect(config.asar).toBe(true);
  });
});
