// The training term's order (audit7 gaps 1–3), today = 2026-11-28 (Saturday): a late 备案 is refused and says how to
// go on, the class page knows it is 已逾期; no 开班 before the start, no results before the start, a 发证日期 between
// the class end and today; the roster of a class that has not started exports its trainees; a class closing after
// its month's 培训补贴 roster was reviewed is told to wait for the next month's; RPT-15 offers no full numbers.
import { describe, expect, it } from 'vitest';
import { FROZEN_REPORTS } from '../../electron/core/modules/period-locks/snapshot';
import { NO_FULL_NUMBERS } from '../../shared/contract/reports';
import { call, makeCore, must } from './harness';
import { refusedBadInput } from './refusals';
import { exportReport } from './reports-export-read';
import { certifiedOne, claimedClass, classInput, enrolInput, refused, trainingCounty } from './training-fixtures';

/** A class 2026-12-03 … 2026-12-10 filed today (three working days ahead) with one registered trainee. */
async function upcomingClass() {
  const core = makeCore();
  const c = await trainingCounty(core);
  const id = await c.newClass({ startDate: '2026-12-03', endDate: '2026-12-10', hours: 40 });
  await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-28' });
  const d = await must(core, 'training.enrol', enrolInput(id, await c.registered(), { enrolDate: '2026-11-28' }));
  return { core, c, id, enrolmentId: d.trainees[0].id };
}

describe('备案 on time (CFG-37)', () => {
  it('a class past its latest filing day is 已逾期; its refusal names the start date that would pass, which does', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const input = classInput(c, c.providerId, { startDate: '2026-12-02', endDate: '2026-12-09', hours: 40 });
    const id = await c.newClass(input);
    const planned = await must(core, 'training.classes.get', { id });
    expect([planned.latestFilingDate, planned.filingOverdue]).toEqual(['2026-11-26', true]);
    const e = await refused(core, () => call(core, 'training.classes.act', { id, action: 'file', date: '2026-11-28' }));
    expect(e.fields?.date).toBe(
      '培训班应在开班前至少3个工作日备案：开班日期 2026-12-02，最晚应于 2026-11-26 备案，现为 2026-11-28。' +
        '如仍要开班，请先修改培训班，把培训开始日期推迟到 2026-12-03 或以后，再备案',
    );
    const moved = await must(core, 'training.classes.update', { ...input, id, startDate: '2026-12-03' });
    expect([moved.latestFilingDate, moved.filingOverdue]).toEqual(['2026-11-27', false]);
    const filed = await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-28' });
    expect([filed.statusLabel, filed.filedDate, filed.filingOverdue]).toEqual(['已备案', '2026-11-28', false]);
  });
});

describe('开班 and results in the term order', () => {
  it('开班 before the start date is refused on 办理日期, naming the start', async () => {
    const { core, id } = await upcomingClass();
    const e = await refused(core, () => call(core, 'training.classes.act', { id, action: 'open', date: '2026-11-28' }));
    expect(e.fields?.date).toBe('开班日期不能早于培训开始日期 2026-12-03');
  });

  it('hours and a result before the start, a certificate dated before the end or after today: refused per cell', async () => {
    const { core, id, enrolmentId } = await upcomingClass();
    // A class opened ahead of its start before this rule existed (the audit's PX2026-001).
    core.ctx.db.prepare("UPDATE training_classes SET status = '03', opened_date = '2026-11-28' WHERE id = ?").run(id);
    const row = { enrolmentId, attendedHours: 38, result: '1' as const, certType: '01' as const, certNo: 'Q001' };
    const e = await refused(core, () =>
      call(core, 'training.results.save', { classId: id, rows: [{ ...row, certDate: '2026-11-28' }] }),
    );
    const name = (await must(core, 'training.classes.get', { id })).trainees[0].personName;
    expect(e.fields).toEqual({
      'rows.0.attendedHours': `${name}：培训班 2026-12-03 才开始，开始后才能录入出勤学时`,
      'rows.0.result': `${name}：培训班 2026-12-03 才开始，开始后才能录入考核结果`,
      'rows.0.certDate': `${name}：发证日期不能早于培训结束日期 2026-12-10`,
    });
    const later = await refused(core, () =>
      call(core, 'training.results.save', {
        classId: id,
        rows: [{ ...row, attendedHours: null, result: null, certDate: '2026-12-11' }],
      }),
    );
    expect(later.fields).toEqual({ 'rows.0.certDate': `${name}：发证日期不能晚于今天（2026-11-28）` });
  });

  it('once the class has begun, results save; a certificate before the end is still refused', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.filedClass();
    const d = await must(core, 'training.enrol', enrolInput(id, await c.registered()));
    await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    const row = { enrolmentId: d.trainees[0].id, attendedHours: 96, result: '1' as const, certType: '01' as const };
    const e = await refused(core, () =>
      call(core, 'training.results.save', { classId: id, rows: [{ ...row, certNo: 'Z1', certDate: '2026-11-24' }] }),
    );
    expect(e.fields?.['rows.0.certDate']).toMatch(/：发证日期不能早于培训结束日期 2026-11-25$/);
    const saved = await must(core, 'training.results.save', {
      classId: id,
      rows: [{ ...row, certNo: 'Z1', certDate: '2026-11-25' }],
    });
    expect([saved.trainees[0].attendedHours, saved.trainees[0].certDate]).toEqual([96, '2026-11-25']);
  });
});

describe('导出学员花名册 of a class that has not started', () => {
  it('exports its trainees: a one-class export is not cut at today', async () => {
    const { core, c, id } = await upcomingClass();
    await must(core, 'training.enrol', enrolInput(id, await c.registered('19810316'), { enrolDate: '2026-11-28' }));
    const one = await exportReport(core, { report: 'RPT-13', classId: id });
    expect(one.r.rows).toBe(2);
    // The period export still holds the classes started by today only.
    expect((await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' })).r.rows).toBe(0);
  });
});

describe('a class closing after its month’s 培训补贴 roster was reviewed', () => {
  it('is refused from that roster with the month it goes to, and joins that month’s roster', async () => {
    const core = makeCore(undefined, '2026-12-01');
    const { c } = await claimedClass(core); // the 2026-11 roster, reviewed
    const late = await c.newClass({ startDate: '2026-11-23', endDate: '2026-11-27', hours: 40 });
    await certifiedOne(core, late, await c.registered('19850101'), {
      filed: '2026-11-17',
      opened: '2026-11-23',
      hours: 40,
      cert: { certType: '01', certNo: 'L1', certDate: '2026-11-27' },
    });
    const e = await refused(core, () => call(core, 'training.generateBatch', { month: '2026-11' }));
    expect(e.message).toBe(
      '“2026年11月职业培训补贴申领花名册”已审核，已锁定，不能再加入学员。' +
        '本月花名册审核后，月内之后结业的培训班列入2026年12月的花名册，请到该月再生成。',
    );
    const next = await must(core, 'training.generateBatch', { month: '2026-12' });
    expect(next.items.map((i) => [i.position, i.amountFen])).toEqual([['家政服务员', 100_000]]);
  });
});

describe('RPT-15 holds no ID number or phone', () => {
  it('refuses 导出完整号码 as the 公示名单 does, and a month lock still freezes it', async () => {
    const core = makeCore();
    const r = await call(core, 'reports.export', { report: 'RPT-15', from: '2026-11', to: '2026-11', full: true });
    expect(r).toMatchObject(refusedBadInput({ full: NO_FULL_NUMBERS }));
    expect([FROZEN_REPORTS.includes('RPT-15'), FROZEN_REPORTS.includes('GS-01')]).toEqual([true, false]);
  });
});
