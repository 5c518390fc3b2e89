// What a roster rests on before it is reviewed (audit3 gap 1): 岗位补贴 rows whose attendance was never entered pay a
// full month (全勤); the roster says how many, and review is refused, nothing written, until the clerk confirms.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { callUnchanged, makeCore, must } from './harness';
import { fieldsOf, refusedAs } from './refusals';
import { cellsOf, exportBook } from './reports-export-read';
import { place, urbanPerson } from './posts-fixtures';
import { entry, saveUrbanOctober, subsidyCounty, twoTownships } from './subsidies-fixtures';
import { claimedClass } from './training-fixtures';

describe('review of a roster on attendance never entered', () => {
  it('says how many, refuses without the confirmation naming the count, reviews once confirmed', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await saveUrbanOctober(c, { attendedDays: 16 }); // the urban row entered, the rural row as generated
    const draft = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(draft.unentered).toBe(1);
    const refused = await callUnchanged(core, 'subsidies.review', { id: draft.id, reviewedBy: '阿依古丽' });
    expect(refused).toMatchObject(
      refusedAs('RULE_VIOLATION', '有 1 人的考勤尚未录入，将按全勤计发。请先录入考勤，或在审核时确认按全勤计发。'),
    );
    expect(fieldsOf(refused)).toEqual({ confirmUnentered: '有 1 人的考勤尚未录入' });
    const done = await must(core, 'subsidies.review', { id: draft.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(done).toMatchObject({ status: 'reviewed', unentered: 0 });
  });

  it('names the payees without an account; 上报 and 拨付 are refused without the confirmation, nothing written', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    const db = core.ctx.db;
    const name = (id: string) => db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(id) as string;
    db.prepare('UPDATE persons SET bank_card_no = ? WHERE id = ?').run('6217000000000000004', c.urbanPersonId);
    const roster = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    const rural = { personId: c.ruralPersonId, personName: name(c.ruralPersonId), hostName: null };
    expect(roster.missingAccounts).toEqual([rural]);
    await must(core, 'subsidies.review', { id: roster.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const missing = `有 1 人缺少社会保障卡号(银行账号)：${rural.personName}。花名册按审核时的人员信息打印，`;
    const report = await callUnchanged(core, 'subsidies.report', { id: roster.id, approvedBy: '局长' });
    expect(report).toMatchObject(
      refusedAs('RULE_VIOLATION', `${missing}请在人员信息中补录后撤销审核、重新审核，或确认后再上报。`),
    );
    expect(fieldsOf(report)).toEqual({ confirmMissingAccounts: '1 人缺少社会保障卡号(银行账号)' });
    await must(core, 'subsidies.report', { id: roster.id, approvedBy: '局长', confirmMissingAccounts: true });
    const pay = await callUnchanged(core, 'subsidies.pay', { id: roster.id, paidDate: '2026-11-28' });
    expect(pay).toMatchObject(refusedAs('RULE_VIOLATION', `${missing}已上报的花名册不能再补录账号，请确认后再拨付。`));
    const paid = await must(core, 'subsidies.pay', {
      id: roster.id,
      paidDate: '2026-11-28',
      confirmMissingAccounts: true,
    });
    expect(paid).toMatchObject({ status: 'paid', missingAccounts: [] });
  });

  it('a 培训补贴 roster (RPT-14) names its payees without an account as the 岗位补贴 roster does; 上报 is refused', async () => {
    const core = makeCore();
    const { persons, batchId } = await claimedClass(core); // reviewed; the trainees have no bank_card_no
    const db = core.ctx.db;
    const name = (id: string) => db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(id) as string;
    const roster = await must(core, 'subsidies.get', { id: batchId });
    const payees = [persons.a, persons.b].map((id) => ({ personId: id, personName: name(id), hostName: null }));
    expect([...roster.missingAccounts].sort((x, y) => x.personName.localeCompare(y.personName))).toEqual(
      payees.sort((x, y) => x.personName.localeCompare(y.personName)),
    );
    const report = await callUnchanged(core, 'subsidies.report', { id: batchId, approvedBy: '局长' });
    expect(report).toMatchObject(refusedAs('RULE_VIOLATION', /^有 2 人缺少社会保障卡号\(银行账号\)：/));
    expect(fieldsOf(report)).toEqual({ confirmMissingAccounts: '2 人缺少社会保障卡号(银行账号)' });
  });

  it('a 就业创业证号 (card_no) is not an account: the payee holding only it is named, and RPT-06 prints no account', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    const db = core.ctx.db;
    const set = db.prepare('UPDATE persons SET bank_card_no = ?, card_no = ? WHERE id = ?');
    set.run('6217000000000000004', null, c.urbanPersonId);
    set.run(null, '6531210000012345', c.ruralPersonId);
    const roster = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(roster.missingAccounts.map((m) => m.personId)).toEqual([c.ruralPersonId]);
    const text = JSON.stringify(cellsOf(await exportBook(core, { report: 'RPT-06', month: '2026-10', full: true })));
    expect(text).toContain('6217000000000000004');
    expect(text).not.toContain('6531210000012345');
  });

  it('生成花名册 counts before generating what the roster will hold: its scope’s rows not entered, not those on post without a row', async () => {
    const { core, c, town } = await twoTownships(); // October generated: urban and rural (乡镇 1), person3 (乡镇 2)
    const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    const urban = grid.rows.find((r) => r.placementId === c.urbanPlacementId)!;
    await must(core, 'attendance.save', { month: '2026-10', employerId: c.employerId, rows: [entry(urban)] });
    // A fourth person on post in October without an attendance row: neither the overview's 待录入 (rows generated and
    // not entered, since 6efb6fe9; the month page names persons without a row) nor the roster counts them.
    const late = await place(core, await urbanPerson(c, '19820101'), c.urbanPostId, { startDate: '2026-10-20' });
    core.ctx.db.prepare('DELETE FROM attendance_months WHERE placement_id = ?').run(late.placement.id);
    const overview = await must(core, 'subsidies.overview', { month: '2026-10' });
    expect(overview.employers.reduce((n, e) => n + e.missing, 0)).toBe(2);

    const county = { kind: 'post', month: '2026-10' } as const;
    const unentered = async (input: ChannelInput<'subsidies.rosterUnentered'>) =>
      (await must(core, 'subsidies.rosterUnentered', input)).persons;
    expect(await unentered(county)).toBe(2); // rural and person3
    expect(await unentered(town)).toBe(1); // person3
    expect(await unentered({ ...town, townshipId: c.town1 })).toBe(1); // rural
    expect(await unentered({ ...county, kind: 'internship' })).toBe(0);
    // person3's row goes on the 乡镇 2 roster: that roster still counts it, the county's no longer does.
    expect((await must(core, 'subsidies.generateBatch', town)).unentered).toBe(1);
    expect(await unentered(town)).toBe(1);
    expect(await unentered(county)).toBe(1);
    const roster = await must(core, 'subsidies.generateBatch', county);
    expect(roster.unentered).toBe(1);
    expect(await unentered(county)).toBe(1); // the county's own draft
  });
});
