// The demo seeds of `npm run seed` (scripts/seed) on a test core, dated TODAY, for the tests that need a county of
// realistic size (首页, badges, warm-up, job-worker writes, kept work lists and RPT-12) and the seed tests' county.
import type { Core } from '../../electron/core/core';
import { seedCounty } from '../../scripts/seed/county';
import { seedDemo } from '../../scripts/seed/demo';
import { seedPostCounty } from '../../scripts/seed/post-county';
import { seedRecognitions } from '../../scripts/seed/recognitions';
import { seedRegistrations } from '../../scripts/seed/registrations';
import { seedSubsidies } from '../../scripts/seed/subsidies';
import { makeCore, TODAY } from './harness';

export interface SeedSteps {
  persons: number;
  /** Employers' posts and the placements on them; none when left out. */
  posts?: { posts: number; placements: number };
  /** Months of attendance and subsidy rosters before today's month; none when left out. */
  subsidyMonths?: number;
  registrations?: boolean;
  recognitions?: boolean;
  /** The random seed; the scripts' own default when left out. */
  seed?: number;
}

/**
 * Seeds only the steps asked for, in this order: the persons, the posts, the rosters, the registrations and the
 * recognitions (scripts/seed/demo.ts seedDemo runs every step, for `npm run seed`).
 */
export async function seedSteps(core: Core, o: SeedSteps): Promise<void> {
  const { seed } = o;
  await seedCounty(core, { persons: o.persons, today: TODAY, seed });
  if (o.posts) seedPostCounty(core, { ...o.posts, today: TODAY, seed });
  if (o.subsidyMonths !== undefined) seedSubsidies(core, { today: TODAY, months: o.subsidyMonths });
  if (o.registrations) seedRegistrations(core, { today: TODAY, seed });
  if (o.recognitions) seedRecognitions(core, { today: TODAY, seed });
}

/** A test core (a fresh one unless given) with the seed steps asked for. */
export async function seededCore(o: SeedSteps, core: Core = makeCore()): Promise<Core> {
  await seedSteps(core, o);
  return core;
}

/** A fresh test core holding the whole demo county of `npm run seed` (seedDemo) with `persons` persons, seed 7. */
export async function demoCore(persons: number): Promise<Core> {
  const core = makeCore();
  await seedDemo(core, { persons, today: TODAY, seed: 7 });
  return core;
}
