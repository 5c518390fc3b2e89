// Stored instants (reviewed_at, locked_at, audit `at`) are UTC; a rule or a printout takes their LOCAL date
// (electron/core/clock.ts localDate). A county in UTC+8 works from 08:00 local = 00:00 UTC: a review at 07:30 local is
// stored on the UTC day before, and its first ten characters would name that day.
import { describe, expect, it } from 'vitest';
import { localDate, localDayStart, localTimeText } from '../../electron/core/clock';
import { archiveSheets } from '../../electron/core/modules/archive/workbook';
import { callUnchanged, makeCore, must, setUpOffice } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { county } from './persons-fixtures';
import { addPerson } from './posts-fixtures';
import { fieldsOf } from './refusals';
import { reviewedRoster, subsidyCounty } from './subsidies-fixtures';
import { inTimeZone } from './time-zone';

inTimeZone('Asia/Shanghai');

/** 2026-11-27 07:30 local (UTC+8): 2026-11-26T23:30Z. */
const earlyMorning = () => new Date(2026, 10, 27, 7, 30).toISOString();

describe('the local date of a stored instant', () => {
  it('clock: 07:30 local is that day, its text is local, a day starts at local midnight', () => {
    expect(earlyMorning()).toBe('2026-11-26T23:30:00.000Z');
    expect(localDate(earlyMorning())).toBe('2026-11-27');
    expect(localTimeText(earlyMorning())).toBe('2026-11-27 07:30:00');
    expect(localDayStart('2026-11-27')).toBe('2026-11-26T16:00:00.000Z');
  });

  it('a roster reviewed at 07:30 local is reviewed that day: 拨付日期 the day before is refused and names that day', async () => {
    const core = makeCore();
    await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    core.ctx.now = earlyMorning;
    const oct = await reviewedRoster(core, 'post', '2026-10');
    await must(core, 'subsidies.report', { id: oct.id, approvedBy: '局长', confirmMissingAccounts: true });
    const pay = (paidDate: string) => ({ id: oct.id, paidDate, confirmMissingAccounts: true });
    const early = await callUnchanged(core, 'subsidies.pay', pay('2026-11-26'));
    expect(fieldsOf(early)).toEqual({ paidDate: '拨付日期不能早于审核日期（2026-11-27）' });
    expect((await must(core, 'subsidies.pay', pay('2026-11-27'))).status).toBe('paid');
  });

  it('操作记录: a day filter takes the entries of its local day; the export prints local times', async () => {
    const core = makeCore();
    core.ctx.now = earlyMorning;
    await setUpOffice(core);
    const day = await must(core, 'audit.search', { from: '2026-11-27', to: '2026-11-27' });
    expect(day.items.map((i) => i.at)).toContain(earlyMorning());
    expect((await must(core, 'audit.search', { from: '2026-11-26', to: '2026-11-26' })).items).toEqual([]);
    const r = await jobData<{ fileId: string; rows: number }>(core, 'audit.export', { from: '2026-11-27' });
    const ws = (await takeWorkbook(core, r.fileId)).wb.worksheets[0];
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ''))));
    expect(texts).toContain('2026-11-27 07:30:00');
    expect(texts.some((t) => t.startsWith('2026-11-26 23:30'))).toBe(false);
  });

  it('到期档案 prints the local day a person was entered', async () => {
    const core = makeCore();
    const c = await county(core);
    core.ctx.now = earlyMorning;
    const id = await addPerson(c, '19800101', '1');
    const frame = { countyName: '疏附县', unitName: '疏附县人力资源和社会保障局', period: { month: '2026-11' } };
    const [persons] = archiveSheets(core.ctx.db, [{ id }], '', frame);
    expect(persons.rows).toEqual([expect.objectContaining({ entered: '2026-11-27', deletedAt: null })]);
  });
});
