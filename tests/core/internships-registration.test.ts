import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { gradInput, graduate, internCounty, retainedEnd, youth, youthInput } from './internships-fixtures';
import type { Core } from '../../electron/core/core';

// BR-08 / VR-13 after an internship: a retaining end (期满留用 / 提前留用) gives the person work (E09 21) but does not
// cancel an unemployment registration by itself; like a placement, internships.end warns and the screen offers the
// cancellation (注销原因 被用人单位录用), after which the person is no longer registered.

const state = (core: Core, personId: string) =>
  core.ctx.db
    .prepare(
      `SELECT p.employment_status AS status, r.status AS registration, r.cancel_reason AS reason, r.cancel_date AS cancelDate
         FROM persons p JOIN registrations r ON r.person_id = p.id WHERE p.id = ?`,
    )
    .get(personId);

describe('internships.end and an open unemployment registration (BR-08, VR-13)', () => {
  it('a retained intern with an active registration: warned, left active, then cancelled as 被用人单位录用', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const y = await youth(c);
    const i = await must(core, 'internships.create', youthInput(y, c.hostB));
    const ended = await must(core, 'internships.end', retainedEnd(i.id, '2026-11-20', '3', '2026-11-21', 2));
    expect(ended).toMatchObject({ status: 'ended', retained: true });
    expect(ended.warnings).toEqual({
      registration: '该人员有有效的失业登记（2026-01-05 登记），留用后请按规定办理注销失业登记',
    });
    // Nothing automatic: the registration stays active until the clerk accepts the offer.
    expect(state(core, y)).toEqual({ status: '21', registration: 'active', reason: null, cancelDate: null });

    const [reg] = (await must(core, 'registrations.listByPerson', { personId: y })).items;
    const cancelled = await must(core, 'registrations.cancel', {
      id: reg.id,
      cancelDate: '2026-11-21',
      cancelReason: 'C01',
      cancelNote: '就业见习留用',
    });
    expect(cancelled.personEmploymentStatus).toBe('21');
    expect(state(core, y)).toEqual({
      status: '21',
      registration: 'cancelled',
      reason: 'C01',
      cancelDate: '2026-11-21',
    });
  });

  it('no warning when the intern is not retained (still unemployed) or has no registration', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const y = await youth(c);
    const i = await must(core, 'internships.create', youthInput(y, c.hostB));
    const stopped = await must(core, 'internships.end', { id: i.id, endDate: '2026-11-01', endType: '4' });
    expect(stopped.warnings).toEqual({});
    expect(state(core, y)).toEqual({ status: '10', registration: 'active', reason: null, cancelDate: null });

    const g = await graduate(c);
    const j = await must(core, 'internships.create', gradInput(g, c.hostA));
    const kept = await must(core, 'internships.end', retainedEnd(j.id, '2026-11-20', '3', '2026-11-21', 2));
    expect(kept.warnings).toEqual({});
  });
});
