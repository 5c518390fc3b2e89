// The source walks of the unit tests that read the repository's own files (boundaries, import cycles, rule ids).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The repository's root folder. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** A file's path from the repository root, with forward slashes. */
export const repoPath = (file: string) => relative(ROOT, file).replaceAll('\\', '/');

/** Every file below `dir`, at any depth, whose name `keep` accepts. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, keep));
    else if (keep(name)) out.push(p);
  }
  return out;
}
