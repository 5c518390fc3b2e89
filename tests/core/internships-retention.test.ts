import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import {
  between,
  gradInput,
  graduate,
  internCounty,
  internshipBase,
  retainedEnd,
  youth,
  youthInput,
} from './internships-fixtures';
import { addEmployer } from './posts-fixtures';

// BR-29 留用率 per host in one read (internships.retentionByHost): the 留用率 tab used to list the first 100 bases and
// send one internships.retention per base. Each row must be what the per-host call answers, and the total the call
// without a host.
describe('internships.retentionByHost', () => {
  it('answers every base, more than 100, each row equal to internships.retention for that host, and the total', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    // 99 more bases: 101 with 甲 and 乙.
    for (let n = 1; n <= 99; n++)
      await addEmployer(
        c,
        `疏附县第${String(n).padStart(3, '0')}见习基地`,
        '2',
        c.town1,
        internshipBase('2025-01-01', '2029-12-31'),
      );
    const a = await graduate(c);
    const ia = await must(core, 'internships.create', gradInput(a, c.hostA, between('2026-05-01', '2026-10-31')));
    await must(core, 'internships.end', retainedEnd(ia.id, '2026-10-31', '2', '2026-11-01', 3));
    const b = await graduate(c, '20020202');
    const ib = await must(core, 'internships.create', gradInput(b, c.hostB));
    await must(core, 'internships.end', { id: ib.id, endDate: '2026-11-01', endType: '4' });
    const y = await youth(c);
    const iy = await must(core, 'internships.create', youthInput(y, c.hostB, between('2026-05-01', '2026-10-31')));
    await must(core, 'internships.end', { id: iy.id, endDate: '2026-10-31', endType: '1' });

    const period = { from: '2026-10-01', to: '2026-11-30' };
    const all = await must(core, 'internships.retentionByHost', period);
    const list = async (page: number) =>
      (await must(core, 'employers.list', { isInternshipBase: true, page, pageSize: 100 })).items.map((e) => e.name);
    expect(all.hosts.map((h) => h.hostName)).toEqual([...(await list(1)), ...(await list(2))]);
    expect(all.hosts).toHaveLength(101);
    for (const { hostId, hostName, ...rate } of all.hosts)
      expect([hostName, rate]).toEqual([hostName, await must(core, 'internships.retention', { ...period, hostId })]);
    expect(all.total).toEqual(await must(core, 'internships.retention', period));
    // The figures themselves: 甲 one retained of one; 乙 one not retained, one early end not counted.
    const of = (id: string) => all.hosts.find((h) => h.hostId === id);
    expect(of(c.hostA)).toMatchObject({ ended: 1, retained: 1, ratePercent: 100, excluded: 0 });
    expect(of(c.hostB)).toMatchObject({ ended: 1, retained: 0, ratePercent: 0, excluded: 1 });
    expect(all.total).toEqual({ ended: 2, retained: 1, ratePercent: 50, excluded: 1, standing: null });
  });
});
