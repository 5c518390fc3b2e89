// Posts and placements for the demo county (issue 6): employers and posts, then placements, in ONE transaction.
// Runs after seedCounty and before seedRegistrations (which skips persons on post).
import type { Core } from '../../electron/core/core';
import { OFFICE } from './regions';
import { seedEmployersAndPosts } from './posts';
import { seedPlacements } from './placements';
import { makeRng } from './rng';

interface PostSeedOptions {
  /** Posts to create (about; spread by population). */
  posts: number;
  /** Placements to create at most (fewer when the county lacks eligible persons). */
  placements: number;
  today: string;
  seed?: number;
  log?: (line: string) => void;
}

interface PostSeedResult {
  employers: number;
  posts: number;
  placements: number;
  open: number;
}

/** Deterministic for a seed, the persons and `today` (apart from the UUIDv7 keys). Refuses a county that has posts. */
export function seedPostCounty(core: Core, options: PostSeedOptions): PostSeedResult {
  const db = core.ctx.db;
  if ((db.prepare('SELECT count(*) FROM posts').pluck().get() as number) > 0)
    throw new Error('数据文件夹中已有公益性岗位，请换一个空文件夹生成演示数据。');
  const rng = makeRng((options.seed ?? 20260101) + 6);
  const result = db.transaction(() => {
    const { employers, posts } = seedEmployersAndPosts(db, rng, options.posts, OFFICE.countyCode, options.today);
    const placed = seedPlacements(db, rng, posts, options.placements, options.today);
    return { employers, posts: posts.length, ...placed };
  })();
  options.log?.(
    `公益性岗位：${result.employers} 个用人单位，${result.posts} 个岗位，${result.placements} 条安置（在岗 ${result.open}）`,
  );
  return result;
}
