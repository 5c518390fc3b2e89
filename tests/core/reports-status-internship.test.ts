import { describe, expect, it } from 'vitest';
import { employmentRecordsSql, statusOnFromJson } from '../../electron/core/modules/reports/employment-status';
import type { Core } from '../../electron/core/core';
import { TODAY, makeCore, must } from './harness';
import { internCounty, retainedEnd, youth, youthInput } from './internships-fixtures';

// The status on a past day (shared/domain/employment-history.ts, read by RPT-01, RPT-02 col 18 and the eligibility
// rules) after an internship ended (BR-28/BR-29): from the day after the end, 21 单位就业 when the host kept the intern,
// else 10 失业 — as internships.end sets the person row. Before, only the agreement start was a dated record, so the
// 25 见习中 it gave held in every past report until the day the row changed (the end recorded on 11-28 for 11-01: all
// of November showed 见习中), and a status typed by hand before the internship moved the 10 back to its start.

const recordsOf = (core: Core, personId: string) =>
  core.ctx.db
    .prepare(
      `SELECT employment_status AS status, ${employmentRecordsSql('p.id', 'p.updated_at')} AS json FROM persons p WHERE p.id = ?`,
    )
    .get(personId) as { status: string; json: string };

const statusOn = (core: Core, personId: string, day: string) => {
  const r = recordsOf(core, personId);
  return statusOnFromJson(r.json, r.status, day, TODAY);
};

describe('the status on a day after an internship ended', () => {
  it('not kept: 见习中 through the end date, 失业 from the next day, whatever day the end was recorded', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const y = await youth(c); // registered 2026-01-05
    const i = await must(core, 'internships.create', youthInput(y, c.hostB)); // from 2026-09-01
    await must(core, 'internships.end', { id: i.id, endDate: '2026-11-01', endType: '4' });
    expect(recordsOf(core, y).status).toBe('10');
    expect(
      ['2026-08-31', '2026-10-15', '2026-11-01', '2026-11-02', '2026-11-15'].map((d) => statusOn(core, y, d)),
    ).toEqual(['10', '25', '25', '10', '10']);
  });

  it('kept: 单位就业 from the day after the end', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const y = await youth(c);
    const i = await must(core, 'internships.create', youthInput(y, c.hostB));
    await must(core, 'internships.end', retainedEnd(i.id, '2026-11-20', '3', '2026-11-21', 2));
    expect(['2026-11-20', '2026-11-21', '2026-11-25'].map((d) => statusOn(core, y, d))).toEqual(['25', '21', '21']);
  });

  it('a status typed by hand before the internship does not move the end back to the start', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const y = await youth(c);
    // 灵活就业 typed in March (its persons.update audit row dates it), before the internship.
    core.ctx.db
      .prepare(
        `INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary)
         VALUES ('01900000-0000-7000-8000-000000000001', '2026-03-02T03:00:00.000Z', '古丽', 'persons.update', 'person', ?, '修改人员：就业状态')`,
      )
      .run(y);
    const i = await must(core, 'internships.create', youthInput(y, c.hostB));
    await must(core, 'internships.end', { id: i.id, endDate: '2026-11-01', endType: '4' });
    expect(['2026-10-15', '2026-11-15'].map((d) => statusOn(core, y, d))).toEqual(['25', '10']);
  });
});
