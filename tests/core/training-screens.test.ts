// What the training screens read (uiaudit item 1): RPT-13 for one class (the class page's 导出学员花名册), the
// follow-up count in home.badges (the navigation badge of 职业技能培训) and the recorded employment status on the
// class detail (the 登记培训后就业 form starts from it).
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, lastAuditSummary, makeCore, must } from './harness';
import { jobError } from './import-workbooks';
import { exportReport } from './reports-export-read';
import { claimedClass, enrolInput } from './training-fixtures';

const namesOf = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'number') out.push(String(row.getCell(2).value));
  });
  return out;
};

/** claimedClass and a second class of the same month (PX2026-002, 养老护理员) with one trainee. */
async function twoClasses() {
  const core = makeCore();
  const s = await claimedClass(core);
  const other = await s.c.newClass({ occupation: '养老护理员', startDate: '2026-11-23', endDate: '2026-11-30' });
  const e = await s.c.registered('19850101');
  await must(core, 'training.enrol', enrolInput(other, e, { enrolDate: '2026-11-20' }));
  return { core, s, other };
}

describe('RPT-13 for one class', () => {
  it('holds the trainees of that class only; its start month is the 统计期; the audit names the class', async () => {
    const { core, s, other } = await twoClasses();
    const all = await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' });
    expect(all.r.rows).toBe(4);
    const one = await exportReport(core, { report: 'RPT-13', classId: s.classId });
    expect(one.r.rows).toBe(3);
    expect(new Set(namesOf(one.ws).map((k) => k.split(' ')[0]))).toEqual(new Set(['PX2026-001']));
    const two = await exportReport(core, { report: 'RPT-13', classId: other });
    expect(two.r.rows).toBe(1);
    expect(namesOf(two.ws)[0]).toMatch(/^PX2026-002 /);
    // The form's months do not narrow a class export: the class's start month is the period.
    expect(
      (await exportReport(core, { report: 'RPT-13', classId: s.classId, from: '2026-10', to: '2026-10' })).r.rows,
    ).toBe(3);
    expect(lastAuditSummary(core, { channel: 'reports.export' })).toBe(
      '导出 RPT-13 职业技能培训学员花名册 2026-11至2026-11 培训班PX2026-001（隐藏号码，3 行）',
    );
  });

  it('refuses a class on another report and a class that does not exist, naming the field', async () => {
    const { core, s } = await twoClasses();
    const wrong = await call(core, 'reports.export', {
      report: 'RPT-14',
      month: '2026-11',
      classId: s.classId,
      full: false,
    });
    expect(!wrong.ok && wrong.error.fields).toEqual({ classId: '该报表不能按培训班导出' });
    const missing = await jobError(core, 'reports.export', {
      report: 'RPT-13',
      classId: '01900000-0000-7000-8000-000000000000',
      full: false,
    });
    expect(missing.fields).toEqual({ classId: '请选择培训班' });
  });
});

describe('training follow-ups in the navigation badges', () => {
  it('home.badges counts training.followUps, and a recorded employment takes the trainee off both', async () => {
    const { core, s } = await twoClasses();
    const list = async () => (await must(core, 'training.followUps', {})).items;
    const before = await list();
    expect(before.length).toBeGreaterThan(0);
    // VR-09: the calling list carries the phone masked (persons.revealPhone shows it, audited), never in clear.
    expect(before[0].phoneMasked).toBe('138****2345');
    expect(JSON.stringify(before)).not.toContain('13899012345');
    expect((await must(core, 'home.badges', {})).training).toEqual({ followUps: before.length });
    const reminder = async () =>
      (await must(core, 'home.overview', {})).reminders.find((r) => r.key === 'trainingFollowUps');
    // scope 'township' since session 22 (was 'county'): the reminder follows the 首页's 乡镇 like the others.
    expect(await reminder()).toEqual({ key: 'trainingFollowUps', count: before.length, late: null, scope: 'township' });
    const detail = await must(core, 'training.employment.record', {
      enrolmentId: before[0].enrolmentId,
      employedDate: '2026-11-27',
      employedUnit: '疏附县家政公司',
      employedStatus: '22',
    });
    const t = detail.trainees.find((x) => x.id === before[0].enrolmentId)!;
    expect([t.employedDate, t.employedUnit, t.employedStatus]).toEqual(['2026-11-27', '疏附县家政公司', '22']);
    expect(detail.id).toBe(s.classId);
    expect((await list()).length).toBe(before.length - 1);
    expect((await must(core, 'home.badges', {})).training).toEqual({ followUps: before.length - 1 });
    expect((await reminder())?.count).toBe(before.length - 1);
  });

  it('training.followUps and its 首页 reminder follow a chosen 乡镇 (the trainee’s)', async () => {
    const { core, s } = await twoClasses();
    const all = (await must(core, 'training.followUps', {})).items.map((i) => i.personId);
    expect(all.length).toBeGreaterThan(1);
    const moved = all[0];
    core.ctx.db
      .prepare('UPDATE persons SET residence_region_id = ?, township_id = ? WHERE id = ?')
      .run(s.c.village3, s.c.town2, moved);
    const of = async (townshipId: string) =>
      (await must(core, 'training.followUps', { townshipId })).items.map((i) => i.personId);
    expect(await of(s.c.town2)).toEqual([moved]);
    expect(await of(s.c.town1)).toEqual(all.slice(1));
    const reminder = async (townshipId?: string) =>
      (await must(core, 'home.overview', { townshipId })).reminders.find((r) => r.key === 'trainingFollowUps');
    expect(await reminder(s.c.town2)).toEqual({ key: 'trainingFollowUps', count: 1, late: null, scope: 'township' });
    expect((await reminder(s.c.town1))?.count).toBe(all.length - 1);
    expect((await reminder())?.count).toBe(all.length);
  });
});
