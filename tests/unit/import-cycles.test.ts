import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, repoPath } from './repo-files';

// No import cycles between the project's files, type-only imports included. The lint rule import-x/no-cycle
// catches runtime cycles as you type but skips `import type` edges; this test walks the whole graph the way
// TypeScript resolves it (tsconfig.json's files and options) and lists every strongly connected component.

// Cycles that exist on this branch and are removed elsewhere. Each entry must still be found (so the list
// empties itself when the cycle goes); anything not listed fails.
// The reports registry <-> adapters <-> rpt01 type cycle is removed by deleting adapters.ts (one report shape).
const KNOWN: string[][] = [];

type Graph = Map<string, string[]>;

/** Strongly connected components with more than one file (or a file importing itself), each sorted. */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

function projectGraph(): Graph {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, host);
  if (!config) throw new Error('tsconfig.json could not be read');
  const graph: Graph = new Map();
  for (const file of config.fileNames) {
    const from = repoPath(file);
    const deps: string[] = [];
    // preProcessFile lists static, type-only, dynamic import() and require() specifiers alike.
    for (const spec of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const resolved = ts.resolveModuleName(spec.fileName, file, config.options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.includes('/node_modules/'))
        continue;
      deps.push(repoPath(resolved.resolvedFileName));
    }
    graph.set(from, deps);
  }
  return graph;
}

describe('import cycles', () => {
  let graph: Graph;
  // Resolving ~500 files takes a few seconds, more on a loaded machine: once, with room.
  beforeAll(() => {
    graph = projectGraph();
  }, 60_000);

  it('the finder reports a cycle through any number of files and nothing for a tree', () => {
    const g: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('the project graph resolves relative imports, type-only ones included', () => {
    expect(graph.size).toBeGreaterThan(100);
    // electron/core/dispatch.ts imports the contract; the edge must be in the graph.
    expect(graph.get('electron/core/dispatch.ts')?.some((d) => d.startsWith('shared/contract/'))).toBe(true);
  });

  it('no file imports itself back through other files', () => {
    const found = cycles(graph);
    const known = new Set(KNOWN.map((c) => [...c].sort().join(' -> ')));
    expect(found.map((c) => c.join(' -> ')).filter((c) => !known.has(c))).toEqual([]);
    // A listed cycle that is gone must leave the list.
    expect([...known].filter((c) => !found.some((f) => f.join(' -> ') === c))).toEqual([]);
  });
});
