// The persons.list tests at scale (issue 13): a county of 1,500 seeded persons, and the list's total cache the way
// the persons.list handler builds it — the core's memo, kept until a write (electron/core/modules/persons/handlers.ts).
import { isKept, keptUntilWrite } from '../../electron/core/db/memo';
import type { TotalCache } from '../../electron/core/modules/persons/list';
import { seedCounty } from '../../scripts/seed/county';
import { makeCore, TODAY } from './harness';

/** A fresh core seeded with 1,500 persons from `seed`, its database, and the kept-until-a-write total cache. */
export async function seededPersons(seed: number) {
  const core = makeCore();
  await seedCounty(core, { persons: 1500, today: TODAY, seed });
  const { ctx } = core;
  const kept: TotalCache = {
    get: (key, compute) => keptUntilWrite(ctx, key, compute),
    has: (key) => isKept(ctx, key),
  };
  return { core, db: ctx.db, kept };
}
