import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, filesUnder, repoPath } from './repo-files';

// ARCHITECTURE §1–§2: the core and shared never import electron; the renderer never imports Node or electron/.
const files = (dir: string) => filesUnder(dir, (name) => /\.(ts|tsx|mts|mjs|js)$/.test(name));

function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'crypto',
  'stream',
  'url',
  'util',
  'net',
];
const isNode = (s: string) =>
  s.startsWith('node:') || NODE_BUILTINS.includes(s) || s === 'better-sqlite3' || s === 'exceljs';

function violations(file: string, source: string): string[] {
  const rel = repoPath(file);
  const bad: string[] = [];
  for (const spec of importsOf(source)) {
    const isElectron = spec === 'electron' || spec.startsWith('electron/');
    if (
      (rel.startsWith('electron/core/') || rel.startsWith('electron/serve/') || rel.startsWith('shared/')) &&
      isElectron
    )
      bad.push(`${rel} imports ${spec}`);
    if (rel.startsWith('shared/') && isNode(spec)) bad.push(`${rel} imports ${spec}`);
    if (rel.startsWith('renderer/') && (isNode(spec) || isElectron || /(^|\/)electron\//.test(spec)))
      bad.push(`${rel} imports ${spec}`);
  }
  return bad;
}

describe('layer boundaries', () => {
  it('the checker catches each kind of forbidden import', () => {
    expect(violations(join(ROOT, 'electron/core/x.ts'), "import { app } from 'electron';")).toEqual([
      'electron/core/x.ts imports electron',
    ]);
    expect(violations(join(ROOT, 'shared/x.ts'), "import fs from 'node:fs';")).toEqual(['shared/x.ts imports node:fs']);
    expect(
      violations(
        join(ROOT, 'renderer/src/x.tsx'),
        "import { readFileSync } from 'fs';\nconst h = await import('../../electron/core/host');",
      ),
    ).toEqual(['renderer/src/x.tsx imports fs', 'renderer/src/x.tsx imports ../../electron/core/host']);
    expect(violations(join(ROOT, 'renderer/src/x.tsx'), "import { contract } from '../../shared/contract';")).toEqual(
      [],
    );
  });

  it('no file in electron/core, electron/serve, shared or renderer breaks them', () => {
    const all = ['electron/core', 'electron/serve', 'shared', 'renderer'].flatMap((d) => {
      try {
        return files(join(ROOT, d));
      } catch {
        return [];
      }
    });
    expect(all.length).toBeGreaterThan(10);
    expect(all.flatMap((f) => violations(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
