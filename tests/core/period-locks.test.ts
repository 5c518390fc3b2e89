// Period lock through dispatch on real SQLite files (today 2026-11-28): a locked month refuses every write dated in
// it — contacts, registrations, placements, attendance, recognitions — with a message naming the lock and nothing
// written; lock/unlock rules and history; the reports of a locked month are frozen at lock time.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { attendanceEntry } from '../attendance-entry';
import { call, callUnchanged, jobResult, makeCore, must, mustJob } from './harness';
import { makeId, personInput } from './persons-fixtures';
import { placeInput, ruralPerson } from './posts-fixtures';
import { registrationInput, successfulContact } from './registrations-fixtures';
import { exportReport } from './reports-export-read';
import { subsidyCounty, type SubsidyCounty } from './subsidies-fixtures';
import { refusedAs, refusedBadInput, refusedWith } from './refusals';

const OCT = '2026年10月已锁定（已上报），不能新增、修改或删除该月的';
const UNLOCK = '；如需更正，请管理员解锁';

/** The subsidy county plus a person registered and contacted in October, October attendance generated. */
async function october(): Promise<{
  core: Core;
  c: SubsidyCounty;
  personId: string;
  regId: string;
  contactId: string;
}> {
  const core = makeCore();
  const c = await subsidyCounty(core);
  const input = personInput(c, { idNumber: makeId('653121', '19881001', '031'), name: '艾合买提·吐尔逊' });
  const { person } = await must(core, 'persons.create', input);
  const { registration } = await must(
    core,
    'registrations.create',
    registrationInput(c, person.id, { regDate: '2026-10-08' }),
  );
  const { contact } = await must(
    core,
    'contacts.create',
    successfulContact(registration.id, { contactDate: '2026-10-15' }),
  );
  await must(core, 'attendance.generate', { month: '2026-10' });
  return { core, c, personId: person.id, regId: registration.id, contactId: contact.id };
}

/** Calls a write that must be refused by the October lock, with nothing written. */
async function refused(core: Core, channel: Parameters<typeof call>[1], input: unknown, what: string) {
  const r = await callUnchanged(core, channel, input as never);
  expect(r.ok, `${channel} should be refused`).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe('RULE_VIOLATION');
    expect(r.error.message).toBe(`${OCT}${what}${UNLOCK}`);
  }
}

const allCells = (ws: ExcelJS.Worksheet) => {
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => out.push(row.values));
  return JSON.stringify(out);
};

describe('period lock', () => {
  it('locks an ended month only, once; unlock needs a reason; both are kept as events and audited', async () => {
    const { core, regId } = await october();
    const running = await jobResult(core, 'periodLocks.lock', { month: '2026-11' });
    expect(running).toMatchObject(
      refusedAs('RULE_VIOLATION', '2026年11月尚未结束，只能锁定已结束的月份（最晚2026年10月）'),
    );
    const view = await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: 'RPT-12 已报县局' });
    expect(view.locks).toEqual([
      expect.objectContaining({ month: '2026-10', lockedBy: '古丽', note: 'RPT-12 已报县局' }),
    ]);
    expect(view.locks[0].frozenReports).toBeGreaterThan(10);
    expect(view.lastEndedMonth).toBe('2026-10');
    const again = await jobResult(core, 'periodLocks.lock', { month: '2026-10' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/^2026年10月已于\d{4}-\d{2}-\d{2}由古丽锁定$/);

    const noReason = await callUnchanged(core, 'periodLocks.unlock', { month: '2026-10', reason: '  ' });
    expect(noReason).toMatchObject(refusedBadInput({ reason: '请填写解锁原因' }));
    const open = await call(core, 'periodLocks.unlock', { month: '2026-09', reason: '更正' });
    expect(open).toMatchObject(refusedWith('2026年9月未锁定，无需解锁'));

    const unlocked = await must(core, 'periodLocks.unlock', { month: '2026-10', reason: '乡镇补报一条联系记录' });
    expect(unlocked.locks).toEqual([]);
    expect(unlocked.events.map((e) => [e.action, e.month, e.note])).toEqual([
      ['unlock', '2026-10', '乡镇补报一条联系记录'],
      ['lock', '2026-10', 'RPT-12 已报县局'],
    ]);
    expect(core.ctx.db.prepare('SELECT count(*) FROM period_lock_reports').pluck().get()).toBe(0);
    const audit = await must(core, 'audit.list', { entity: 'periodLock' });
    expect(audit.items.map((i) => i.summary)).toEqual([
      '解锁2026年10月，原因：乡镇补报一条联系记录',
      expect.stringMatching(/^锁定2026年10月（已上报），保存该月报表 \d+ 份；备注：RPT-12 已报县局$/),
    ]);
    // Open again: an October contact can be recorded.
    const { contact } = await must(core, 'contacts.create', successfulContact(regId, { contactDate: '2026-10-22' }));
    expect(contact.contactDate).toBe('2026-10-22');
  });

  it('refuses contacts, registrations, placements, attendance and recognitions dated in the locked month', async () => {
    const { core, c, personId, regId, contactId } = await october();
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    const contact = (await must(core, 'contacts.listByRegistration', { registrationId: regId })).items.find(
      (x) => x.id === contactId,
    )!;

    // Contacts: create in October, move an October contact, delete it.
    await refused(core, 'contacts.create', successfulContact(regId, { contactDate: '2026-10-20' }), '联系记录');
    await refused(
      core,
      'contacts.update',
      {
        ...successfulContact(regId, { contactDate: '2026-11-03' }),
        id: contactId,
        expectedUpdatedAt: contact.updatedAt,
      },
      '联系记录',
    );
    await refused(core, 'contacts.delete', { id: contactId }, '联系记录');
    // A November contact of the same registration is open.
    await must(core, 'contacts.create', successfulContact(regId, { contactDate: '2026-11-03' }));

    // Registrations: dated by the registration date; the cancellation by its own date.
    const other = await must(
      core,
      'persons.create',
      personInput(c, { idNumber: makeId('653121', '19910505', '051'), name: '米娜·热合曼' }),
    );
    await refused(
      core,
      'registrations.create',
      registrationInput(c, other.person.id, { regDate: '2026-10-30' }),
      '失业登记',
    );
    const reg = await must(core, 'registrations.get', { id: regId });
    await refused(
      core,
      'registrations.update',
      { ...registrationInput(c, personId, { regDate: '2026-10-08' }), id: regId, expectedUpdatedAt: reg.updatedAt },
      '失业登记',
    );
    await refused(
      core,
      'registrations.cancel',
      { id: regId, cancelDate: '2026-10-31', cancelReason: 'C01', cancelNote: null },
      '失业登记注销',
    );

    // Placements: start and leave dates.
    const p = await ruralPerson(c);
    await refused(
      core,
      'placements.create',
      placeInput(p, c.ruralPostId, { basisList: 'E24', basisCode: '1', startDate: '2026-10-20' }),
      '安置记录',
    );
    await refused(
      core,
      'placements.leave',
      { id: c.urbanPlacementId, leaveDate: '2026-10-31', leaveReason: 'L02', leaveNote: null },
      '离岗记录',
    );
    await refused(core, 'placements.delete', { id: c.ruralPlacementId, reason: '录错' }, '安置记录');

    // Attendance: the month itself.
    await refused(core, 'attendance.generate', { month: '2026-10' }, '考勤');
    const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(grid.rows).toHaveLength(2);
    await refused(
      core,
      'attendance.save',
      {
        month: '2026-10',
        employerId: c.employerId,
        rows: [attendanceEntry(grid.rows[0].id, grid.rows[0].requiredDays, 1)],
      },
      '考勤',
    );
    // November attendance stays open.
    expect((await must(core, 'attendance.generate', { month: '2026-11' })).total).toBe(2);

    // Recognitions: each step by its own date.
    await refused(
      core,
      'recognitions.apply',
      {
        personId,
        registrationId: regId,
        applyDate: '2026-10-20',
        categories: ['K01'],
        primaryCategory: 'K01',
        pledgeSigned: true,
      },
      '认定记录',
    );
    await refused(
      core,
      'recognitions.backfill',
      { personId: other.person.id, recognitionDate: '2026-10-09', categories: ['K03'], primaryCategory: 'K03' },
      '认定记录',
    );
  });

  it('exports a locked month identically before and after a later edit; an open month and an unlocked one follow', async () => {
    const { core, c, personId } = await october();
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    const before = await exportReport(core, { report: 'RPT-11', month: '2026-10' });
    expect(allCells(before.ws)).toContain('艾合买提·吐尔逊');

    // An edit elsewhere: the person's name (not dated in October, so the lock allows it).
    const { idNumber: _id, ...rest } = personInput(c, { name: '艾合买提·吐尔逊' });
    const detail = await must(core, 'persons.get', { id: personId });
    await must(core, 'persons.update', { ...rest, id: personId, expectedUpdatedAt: detail.updatedAt, name: '艾海提' });

    const after = await exportReport(core, { report: 'RPT-11', month: '2026-10' });
    expect(allCells(after.ws)).toBe(allCells(before.ws));
    const log = await must(core, 'audit.list', { entity: 'report' });
    expect(log.items[0].summary).toMatch(/^导出 RPT-11 .*2026-10.*，该月已锁定，按锁定时的数据$/);

    // The open month reads today's register, so the edit shows there: the test above could fail.
    const november = await exportReport(core, { report: 'RPT-11', month: '2026-11' });
    expect(allCells(november.ws)).toContain('艾海提');
    await must(core, 'periodLocks.unlock', { month: '2026-10', reason: '更正姓名' });
    const reopened = await exportReport(core, { report: 'RPT-11', month: '2026-10' });
    expect(allCells(reopened.ws)).toContain('艾海提');
    expect(allCells(reopened.ws)).not.toBe(allCells(before.ws));
  });

  it('keeps the audit log append-only: UPDATE and DELETE are refused by the database', async () => {
    const { core } = await october();
    const db = core.ctx.db;
    const n = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    expect(n).toBeGreaterThan(3);
    expect(() => db.prepare("UPDATE audit_log SET summary = 'x'").run()).toThrow('操作记录只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('操作记录只能追加，不能删除');
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(n);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE summary = 'x'").pluck().get()).toBe(0);
  });
});
