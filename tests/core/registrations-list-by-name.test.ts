import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { ledgerSql } from '../../electron/core/modules/registrations/list';
import { contract, type ChannelInput, type ChannelOutput } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { makeCore, must, signedInAs } from './harness';
import { setup, type Setup } from './registrations-fixtures';

// 登记台账 sorted by 姓名: a near page walks the persons in name order (persons_name) instead of sorting every
// registration; the rows and their order are those of the sort, ties (one name, several registrations or persons)
// broken by the registration id the same way, in every scope and filter, on every page.

type ListInput = ChannelInput<'registrations.list'>;

let s: Setup;
let clerk: string;

const NAMES = ['热娜·吐尔逊', '阿不都·买买提', '热娜·吐尔逊', '古丽米拉·艾力', '努尔·艾则孜', '买买提·艾力'];

beforeEach(async () => {
  s = await setup(makeCore());
  for (const [i, name] of NAMES.entries()) {
    const town2 = i % 2 === 1;
    const p = await s.person({ name, residenceRegionId: town2 ? s.village3 : s.village1 });
    const first = await s.register(p, { regDate: `2026-0${i + 1}-10`, ...(town2 ? { regPlaceId: s.town2 } : {}) });
    if (i < 3) {
      // A second registration of the same person: two rows of one name.
      await must(s.core, 'registrations.cancel', { id: first, cancelDate: '2026-09-30', cancelReason: 'C01' });
      await s.register(p, { regDate: '2026-10-15', ...(town2 ? { regPlaceId: s.town2 } : {}) });
    }
  }
  // Persons without registrations (the walk passes them) and a deleted person's registration (left out).
  for (const name of ['艾力·买买提', '阿依古丽·热合曼', '祖力胡玛尔·艾买提']) await s.person({ name });
  const gone = await s.person({ name: '依明·卡德尔' });
  const reg = await s.register(gone, { regDate: '2026-03-01' });
  await must(s.core, 'registrations.cancel', { id: reg, cancelDate: '2026-03-02', cancelReason: 'C99' });
  await must(s.core, 'persons.delete', { id: gone });
  clerk = signedInAs(s.core, 'clerk-upal', 'clerk', { townshipIds: [s.town1] });
});

const listed = async (core: Core, input: ListInput, session?: string) => {
  const r = (await core.invoke('registrations.list', input, session)) as Result<ChannelOutput<'registrations.list'>>;
  expect(r.ok).toBe(true);
  return r.ok ? r.data : { items: [], total: 0 };
};

/** The ids of a page read with the sort (walkNames false) or the walk, straight from the SQL (any page size). */
const pageIds = (input: ListInput, scope: string | null, walkNames: boolean) => {
  const { pageSize, page: n, ...rest } = input;
  const q = { ...contract['registrations.list'].input.parse(rest), ...(pageSize ? { pageSize, page: n ?? 1 } : {}) };
  const page = ledgerSql(q as never, scope, walkNames).page;
  return s.core.ctx.db.prepare(page.sql).pluck().all(page.params) as string[];
};

describe('登记台账 sorted by 姓名', () => {
  it.each<[string, ListInput]>([
    ['ascending', { sort: { field: 'personName', order: 'asc' } }],
    ['descending', { sort: { field: 'personName', order: 'desc' } }],
    ['有效 only', { status: 'active', sort: { field: 'personName', order: 'asc' } }],
    ['one 乡镇, descending', { townshipId: 'town2', sort: { field: 'personName', order: 'desc' } }],
  ])('%s: the rows and order of the sort', async (_name, input) => {
    const resolved = input.townshipId ? { ...input, townshipId: s.town2 } : input;
    const sorted = pageIds(resolved, null, false);
    expect(sorted.length).toBeGreaterThan(0);
    expect(pageIds(resolved, null, true)).toEqual(sorted);
    expect((await listed(s.core, resolved)).items.map((i) => i.id)).toEqual(sorted);
  });

  it.each(['asc', 'desc'] as const)(
    'pages of 2 rows (%s) are those of the sort and join up to one long page',
    (order) => {
      const sort = { field: 'personName', order } as const;
      const pages = [1, 2, 3, 4, 5].map((page) => pageIds({ sort, page, pageSize: 2 as never }, null, true));
      expect(pages).toEqual([1, 2, 3, 4, 5].map((page) => pageIds({ sort, page, pageSize: 2 as never }, null, false)));
      expect(pages.flat()).toEqual(pageIds({ sort }, null, false));
    },
  );

  it('a 乡镇经办 gets their 乡镇’s rows in the order of the sort; the deleted person’s row is left out', async () => {
    const scope = JSON.stringify([s.town1]);
    const input: ListInput = { sort: { field: 'personName', order: 'asc' } };
    const mine = await listed(s.core, input, clerk);
    expect(mine.items.map((i) => i.id)).toEqual(pageIds(input, scope, false));
    expect(new Set(mine.items.map((i) => i.townshipName))).toEqual(new Set(['乌帕尔镇']));
    const all = await listed(s.core, input);
    expect([all.total, all.items.length]).toEqual([9, 9]);
    const names = all.items.map((i) => i.personName);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain('依明·卡德尔');
  });

  it('the walk reads persons_name and sorts only the ties, never every match', () => {
    const input = contract['registrations.list'].input.parse({ sort: { field: 'personName', order: 'asc' } });
    const plan = (walkNames: boolean) => {
      const page = ledgerSql(input, null, walkNames).page;
      return (s.core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${page.sql}`).all(page.params) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    };
    expect(plan(false)).toContain('USE TEMP B-TREE FOR ORDER BY'); // the test can fail
    const walk = plan(true);
    expect(walk).toContain('persons_name');
    expect(walk).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});
