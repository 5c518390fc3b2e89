import type { Region } from '../../../../shared/contract/regions';

export interface RegionRow extends Region {
  /** Villages of a township; absent (not empty) when there are none, so no expand icon shows. */
  children?: RegionRow[];
}

/** Nests villages under their township, both in code order. A village whose township is not listed stays at the top. */
export function buildRegionTree(items: readonly Region[]): RegionRow[] {
  const sorted = [...items].sort((a, b) => a.code.localeCompare(b.code));
  const rows = new Map<string, RegionRow>(sorted.map((r) => [r.id, { ...r }]));
  const roots: RegionRow[] = [];
  for (const r of sorted) {
    const row = rows.get(r.id) as RegionRow;
    const parent = r.parentId ? rows.get(r.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}
