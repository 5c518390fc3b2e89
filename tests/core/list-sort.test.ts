import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { call, makeCore, must } from './harness';
import { addEmployer, addPerson, addPost, place, postCounty, urbanPerson } from './posts-fixtures';
import { between, gradInput, internCounty } from './internships-fixtures';
import { enrolInput, trainingCounty } from './training-fixtures';

// Column sorts of the module lists (UI.md list page): each channel turns the field into SQL through its whitelist,
// both directions read back, a tie is broken by id in the same direction, and without a sort each list keeps its
// own order. A field outside the whitelist is refused by the contract.

/** Ids of two tied rows in id order, reversed for a descending sort. */
const tied = (a: string, b: string, order: 'asc' | 'desc') => {
  const up = [a, b].sort();
  return order === 'asc' ? up : up.reverse();
};

async function idsOf(core: Core, table: string, column: string, values: string[]): Promise<string[]> {
  return values.map(
    (v) => (core.ctx.db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).get(v) as { id: string }).id,
  );
}

/** `ids` in the code-point order of their rows' `column` in `table` (the order of SQLite's BINARY collation). */
function inColumnOrder(core: Core, table: string, column: string, ids: string[]): string[] {
  const value = (id: string) =>
    core.ctx.db.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string;
  return [...ids].sort((a, b) => (value(a) < value(b) ? -1 : 1));
}

describe('posts.list sort', () => {
  it('sorts by code, employer, vacancies, standard and 有效期至 (长期 after every date)', async () => {
    const c = await postCounty(makeCore());
    const other = await addEmployer(c, '阿克喀什乡人民政府', '1', c.town1);
    await addPost(c, other, {
      postCode: 'GY-003',
      approvedCount: 5,
      monthlyStandardFen: 1_000_00,
      validUntil: '2027-06-30',
    });
    await place(c.core, await urbanPerson(c), c.urbanPostId);
    const list = async (sort?: ChannelInput<'posts.list'>['sort']) =>
      (await must(c.core, 'posts.list', { sort })).items;
    const codes = async (sort?: ChannelInput<'posts.list'>['sort']) => (await list(sort)).map((p) => p.postCode);
    const [id1, id2] = await idsOf(c.core, 'posts', 'post_code', ['GY-001', 'GY-002']);
    const code = (id: string) => (id === id1 ? 'GY-001' : 'GY-002');

    expect(await codes()).toEqual(['GY-001', 'GY-002', 'GY-003']);
    expect(await codes({ field: 'postCode', order: 'desc' })).toEqual(['GY-003', 'GY-002', 'GY-001']);
    // Code-point order: 乌 (U+4E4C) before 阿 (U+963F); GY-001 and GY-002 share the employer: by id.
    expect(await codes({ field: 'employerName', order: 'asc' })).toEqual([
      ...tied(id1, id2, 'asc').map(code),
      'GY-003',
    ]);
    expect(await codes({ field: 'employerName', order: 'desc' })).toEqual([
      'GY-003',
      ...tied(id1, id2, 'desc').map(code),
    ]);
    expect((await list({ field: 'vacancies', order: 'asc' })).map((p) => [p.postCode, p.vacancies])).toEqual([
      ['GY-001', 1],
      ['GY-002', 2],
      ['GY-003', 5],
    ]);
    expect(await codes({ field: 'vacancies', order: 'desc' })).toEqual(['GY-003', 'GY-002', 'GY-001']);
    expect((await list({ field: 'monthlyStandard', order: 'asc' }))[0].postCode).toBe('GY-003');
    expect((await list({ field: 'monthlyStandard', order: 'desc' }))[2].postCode).toBe('GY-003');
    expect(await codes({ field: 'validUntil', order: 'asc' })).toEqual(['GY-003', ...tied(id1, id2, 'asc').map(code)]);
    expect(await codes({ field: 'validUntil', order: 'desc' })).toEqual([
      ...tied(id1, id2, 'desc').map(code),
      'GY-003',
    ]);
  });

  it('refuses a field outside the list', async () => {
    const c = await postCounty(makeCore());
    const r = await call(c.core, 'posts.list', { sort: { field: 'title; DROP TABLE posts', order: 'asc' } } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('BAD_INPUT');
  });
});

describe('employers.list sort', () => {
  it('sorts by name, 统一社会信用代码 (blank last) and 有效岗位', async () => {
    const c = await postCounty(makeCore()); // 乌帕尔镇人民政府 with two posts and a USCC
    await addEmployer(c, '阿克喀什乡人民政府', '1', c.town1);
    await addEmployer(c, '疏附县某商店', '7', c.town1, { uscc: null });
    const names = async (sort?: ChannelInput<'employers.list'>['sort']) =>
      (await must(c.core, 'employers.list', { sort })).items.map((e) => e.name.slice(0, 2));

    expect(await names()).toEqual(['乌帕', '疏附', '阿克']);
    expect(await names({ field: 'name', order: 'desc' })).toEqual(['阿克', '疏附', '乌帕']);
    expect(await names({ field: 'activePostCount', order: 'desc' })).toEqual([
      '乌帕',
      ...(await tiedNames(c.core, ['疏附县某商店', '阿克喀什乡人民政府'], 'desc')),
    ]);
    expect((await names({ field: 'uscc', order: 'asc' }))[0]).toBe('乌帕');
  });
});

async function tiedNames(core: Core, names: string[], order: 'asc' | 'desc') {
  const [a, b] = await idsOf(core, 'employers', 'name', names);
  return tied(a, b, order).map((id) => names[id === a ? 0 : 1].slice(0, 2));
}

describe('internships.list sort', () => {
  it('sorts by name, host and the agreement dates; the default stays latest start first', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const early = await addPerson(c, '20030510', '2');
    const late = await addPerson(c, '20040404', '1');
    await must(core, 'internships.create', gradInput(early, c.hostB, between('2026-07-01', '2027-03-31')));
    await must(core, 'internships.create', gradInput(late, c.hostA, between('2026-09-01', '2026-12-20')));
    const persons = async (sort?: ChannelInput<'internships.list'>['sort']) =>
      (await must(core, 'internships.list', { sort })).items.map((i) => i.personId);
    const byName = inColumnOrder(core, 'persons', 'name', [early, late]);

    expect(await persons()).toEqual([late, early]);
    expect(await persons({ field: 'agreementStart', order: 'asc' })).toEqual([early, late]);
    expect(await persons({ field: 'agreementEnd', order: 'asc' })).toEqual([late, early]);
    expect(await persons({ field: 'agreementEnd', order: 'desc' })).toEqual([early, late]);
    // Code-point order: 疏附县乙见习基地 (hostB, 乙 U+4E59) before 疏附县甲见习基地 (hostA, 甲 U+7532).
    expect(await persons({ field: 'hostName', order: 'asc' })).toEqual([early, late]);
    expect(await persons({ field: 'personName', order: 'asc' })).toEqual(byName);
    expect(await persons({ field: 'personName', order: 'desc' })).toEqual([...byName].reverse());
  });
});

describe('training.classes.list sort', () => {
  it('sorts by code, start date, 学时 and 人数', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const a = await c.filedClass(); // starts 2026-11-16, 100 hours
    const b = await c.newClass({ startDate: '2026-12-01', endDate: '2026-12-10', hours: 60 });
    await must(core, 'training.enrol', enrolInput(a, await c.registered('19800315')));
    const ids = async (sort?: ChannelInput<'training.classes.list'>['sort']) =>
      (await must(core, 'training.classes.list', { sort })).items.map((x) => x.id);
    const byCode = inColumnOrder(core, 'training_classes', 'code', [a, b]);

    expect(await ids()).toEqual([b, a]);
    expect(await ids({ field: 'startDate', order: 'asc' })).toEqual([a, b]);
    expect(await ids({ field: 'hours', order: 'asc' })).toEqual([b, a]);
    expect(await ids({ field: 'enrolled', order: 'desc' })).toEqual([a, b]);
    expect(await ids({ field: 'enrolled', order: 'asc' })).toEqual([b, a]);
    expect(await ids({ field: 'code', order: 'asc' })).toEqual(byCode);
    expect(await ids({ field: 'code', order: 'desc' })).toEqual([...byCode].reverse());
  });
});
