import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { makeCore, must } from './harness';
import { between, gradInput, graduate, internCounty } from './internships-fixtures';

// Issue 18 / BR-28: an agreement signed ahead does not make the person 见习中 on the day it is saved; the person
// becomes 见习中 on the agreement's start date (the core brings the flags in step at start and on its sweep).

const flags = (core: Core, id: string) =>
  core.ctx.db.prepare('SELECT employment_status AS status, in_internship AS flag FROM persons WHERE id = ?').get(id);

describe('an internship that starts after today', () => {
  it('leaves the person as they were until the start date, then shows 见习中', async () => {
    const core = makeCore(); // today 2026-11-28
    const c = await internCounty(core);
    const g = await graduate(c);
    const before = flags(core, g);
    const i = await must(core, 'internships.create', gradInput(g, c.hostA, between('2026-12-01', '2027-05-31')));
    expect(i.status).toBe('active');
    expect(flags(core, g)).toEqual(before);
    expect(before).not.toEqual({ status: '25', flag: 1 });
    const shown = await must(core, 'persons.get', { id: g });
    expect([shown.employmentStatus, shown.inInternship]).toEqual([(before as { status: string }).status, false]);

    // The day before the start, still not; on the start date, 见习中.
    core.close();
    const eve = makeCore(core.dataDir, '2026-11-30');
    expect(flags(eve, g)).toEqual(before);
    eve.close();
    const day = makeCore(core.dataDir, '2026-12-01');
    expect(flags(day, g)).toEqual({ status: '25', flag: 1 });
    const then = await must(day, 'persons.get', { id: g });
    expect([then.employmentStatus, then.inInternship]).toEqual(['25', true]);
  });

  it('an internship that has started marks the person at once; a flag set ahead by an older version is undone', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const now = await graduate(c, '20030511');
    await must(core, 'internships.create', gradInput(now, c.hostA));
    expect(flags(core, now)).toEqual({ status: '25', flag: 1 });

    const ahead = await graduate(c, '20030512');
    const before = flags(core, ahead);
    await must(core, 'internships.create', gradInput(ahead, c.hostB, between('2026-12-10', '2027-05-31')));
    // What the earlier version wrote on saving:
    core.ctx.db.prepare("UPDATE persons SET employment_status = '25', in_internship = 1 WHERE id = ?").run(ahead);
    core.close();
    const again = makeCore(core.dataDir);
    expect(flags(again, ahead)).toEqual(before);
    expect(flags(again, now)).toEqual({ status: '25', flag: 1 });
  });
});
