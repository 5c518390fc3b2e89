// A placement saved after its month's attendance was generated gets its row at once (audit6): 生成考勤 is
// county-wide, so a 乡镇经办 could not make it, and the grid left the new person out.
import { describe, expect, it } from 'vitest';
import { lastAuditSummary, makeCore, must } from './harness';
import { place, urbanPerson } from './posts-fixtures';
import { subsidyCounty } from './subsidies-fixtures';

describe('a new placement in a generated month', () => {
  it('gets its attendance row in the generated months of its span (full attendance), none in the others', async () => {
    const core = makeCore(); // today 2026-11-28
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    await must(core, 'attendance.generate', { month: '2026-11' });
    const personId = await urbanPerson(c, '19820101');
    const { placement } = await place(core, personId, c.urbanPostId, { startDate: '2026-11-16' });
    expect(lastAuditSummary(core, { channel: 'placements.create' })).toContain('，已补入2026年11月考勤');

    const november = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    expect(november.rows.find((r) => r.placementId === placement.id)).toMatchObject({
      daysOnPost: 15,
      attendedDays: 11,
      enteredAt: null,
    });
    const october = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(october.rows.map((r) => r.placementId)).not.toContain(placement.id);
    // 生成考勤 afterwards finds the row there: nothing new to make.
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 0, refreshed: 0 });
    // December is not generated yet: no row until 生成考勤.
    const rows = core.ctx.db.prepare('SELECT month FROM attendance_months WHERE placement_id = ?').pluck();
    expect(rows.all(placement.id)).toEqual(['2026-11']);
  });
});
