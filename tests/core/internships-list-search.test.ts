import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { between, gradInput, graduate, internCounty } from './internships-fixtures';
import { addPerson } from './posts-fixtures';

// internships.list's search box and 乡镇 (the 见习人员 list): the search reads as recognitions.list's does (part of a
// name, a whole ID, the last 4–6 ID characters, a phone number); 乡镇 is where the intern lives, as on the person list.

describe('internships.list: search and 乡镇(街道)', () => {
  it('finds interns by part of the name, the ID or its last digits, and by the 乡镇 they live in', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const a = await graduate(c); // lives in 乌帕尔镇 (village1)
    const b = await addPerson(c, '20040404', '1', { residenceRegionId: c.village3 }); // 塔什米里克乡
    await must(core, 'internships.create', gradInput(a, c.hostA, between('2026-09-01', '2026-12-20')));
    await must(core, 'internships.create', gradInput(b, c.hostA, between('2026-09-01', '2027-02-28')));
    const id = (p: string) =>
      core.ctx.db.prepare('SELECT id_number, name FROM persons WHERE id = ?').get(p) as {
        id_number: string;
        name: string;
      };
    const persons = async (input: Record<string, unknown>) =>
      (await must(core, 'internships.list', input)).items.map((x) => x.personId).sort();

    expect(await persons({})).toEqual([a, b].sort());
    expect(await persons({ query: id(b).id_number })).toEqual([b]);
    expect(await persons({ query: id(a).id_number.slice(-6) })).toEqual([a]);
    expect(await persons({ query: id(b).name.slice(1, 3) })).toContain(b);
    expect(await persons({ query: '  ' })).toEqual([a, b].sort());
    expect(await persons({ townshipId: c.town1 })).toEqual([a]);
    expect(await persons({ townshipId: c.town2 })).toEqual([b]);
    expect(await persons({ townshipId: c.town2, query: id(a).id_number })).toEqual([]);
    const page = await must(core, 'internships.list', { townshipId: c.town2 });
    expect(page.total).toBe(1);
  });
});
