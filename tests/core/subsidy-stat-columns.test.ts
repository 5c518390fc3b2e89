// RPT-07 columns 19–21 from reviewed rosters (DOMAIN §6.7): empty where the month has no reviewed roster, the
// 补发/扣回 of a later month counted in that month, the year to date summed.
import { describe, expect, it } from 'vitest';
import { RPT07_AMOUNTS_NOTE, rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { rowsStarting } from '../workbook-rows';
import { cellsOf, exportBook, exportReport } from './reports-export-read';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { callUnchanged, makeCore, must, refusesEach } from './harness';
import { refusedRuleFields, refusedWith } from './refusals';
import { adjustment, OCTOBER_SI, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

const amounts = (core: ReturnType<typeof makeCore>, month: string, today = '2026-11-28') => {
  const rows = Array.from(rpt07.rows(core.ctx.db, { month, today })) as Record<string, unknown>[];
  const town = rows.find((r) => r.unit === '乌帕尔镇')!;
  return [town.c19, town.c20, town.c21];
};

describe('RPT-07 19–21 from reviewed rosters', () => {
  it('follows the October roster, a November correction, and stays empty while a month has no reviewed roster', async () => {
    // Early December: November has ended, so its roster can be reviewed.
    const core = makeCore(undefined, '2026-12-03');
    const c = await subsidyCounty(core);
    expect(amounts(core, '2026-10')).toEqual([null, null, null]);
    await saveUrbanOctober(c, {
      deductionFen: 5_000,
      deductionReason: '旷工',
      siPensionFen: 30_400,
      siMedicalFen: 14_250,
      siUnemploymentFen: 950,
    });
    const oct = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(amounts(core, '2026-10')).toEqual([null, null, null]); // a draft is not a figure
    await must(core, 'subsidies.review', { id: oct.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    // 岗位补贴 1770.00 + 939.35; 社保补贴 456.00.
    expect(amounts(core, '2026-10')).toEqual([270_935, 45_600, 316_535]);

    // November: the correction (+50.00 补发 of the October deduction) is reviewed, the month's own roster not yet.
    await must(core, 'attendance.generate', { month: '2026-11' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    await must(core, 'subsidies.adjust', adjustment(sup.id, item.id, 5_000, '10月扣减有误'));
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(amounts(core, '2026-11')).toEqual([null, null, 321_535]);
    // The sheet as the prefecture reads it: 19, 20 empty, 21 with the correction, and the 说明 saying why.
    const { ws } = await exportReport(core, { report: 'RPT-07', month: '2026-11' });
    const town = rowsStarting(ws, 1, '乌帕尔镇')[0];
    expect([20, 21, 22].map((col) => ws.getCell(town, col).value)).toEqual([null, null, 3215.35]);
    const notes = rowsStarting(ws, 1, '').map((n) => String(ws.getCell(n, 1).value));
    expect(notes.find((n) => n.includes('19–21栏'))?.trim()).toBe(RPT07_AMOUNTS_NOTE);
    expect(RPT07_AMOUNTS_NOTE).toContain(
      '当月已审核的补发/扣回金额待本月花名册审核后一并计入19、20栏，在此之前只计入21栏',
    );
    await reviewedRoster(core, 'post', '2026-11');
    // November: 1820.00 + 1820.00 full months + the 50.00 correction; no social insurance entered.
    expect(amounts(core, '2026-11')).toEqual([364_000 + 5_000, 0, 316_535 + 369_000]);
    // October is unchanged by the correction.
    expect(amounts(core, '2026-10')).toEqual([270_935, 45_600, 316_535]);
  });
});

describe('RPT-07 21 with a 补发 roster reviewed before the year’s first ordinary roster', () => {
  it('21 counts the reviewed correction in the year to date; 19–20 wait for the month’s own roster', async () => {
    const core = makeCore(undefined, '2027-02-03');
    const c = await subsidyCounty(core);
    await saveUrbanOctober(c, { deductionFen: 5_000, deductionReason: '旷工' });
    const oct = await reviewedRoster(core, 'post', '2026-10');
    // January 2027: a +50.00 补发 of the October deduction, reviewed while no 2027 ordinary roster is.
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2027-01' });
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    await must(core, 'subsidies.adjust', adjustment(sup.id, item.id, 5_000, '10月扣减有误'));
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    // 19, 20 empty (January's roster not reviewed); 21 = the money moved in 2027 so far, not an empty cell.
    expect(amounts(core, '2027-01', '2027-02-03')).toEqual([null, null, 5_000]);
  });
});

describe('RPT-07 19/20 with a correction of the 社保补贴 claimed together (audit9 gap 8)', () => {
  it('a 补发/扣回 of the 社保补贴 part goes to 20, of the 岗位补贴 part to 19; the part is capped on its own', async () => {
    const core = makeCore(undefined, '2026-12-03');
    const c = await subsidyCounty(core);
    await saveUrbanOctober(c, { deductionFen: 5_000, deductionReason: '旷工', ...OCTOBER_SI });
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    await must(core, 'attendance.generate', { month: '2026-11' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    // The 岗位补贴 part pays back the deduction; the 社保补贴 part takes back what the employer over-reported.
    await must(core, 'subsidies.adjust', adjustment(sup.id, item.id, 5_000, '10月扣减有误'));
    const si = { ...adjustment(sup.id, item.id, -4_560, '10月社保多报'), part: 'si' as const };
    const done = await must(core, 'subsidies.adjust', si);
    expect(done.items.map((i) => [i.amountFen, i.siPart])).toEqual([
      [5_000, false],
      [-4_560, true],
    ]);
    // The 社保补贴 part: never more back than it paid (456.00 − 45.60), never above the month's 456.00.
    await refusesEach(core, 'subsidies.adjust', [
      [
        { ...si, amountFen: -41_041 },
        refusedWith(`扣回 410.41 元超过${item.personName}该月已发的社保补贴 410.40 元。`),
      ],
      [{ ...si, amountFen: 4_561 }, refusedRuleFields({ amountFen: '最多还可补发 45.60 元' })],
    ]);
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    await reviewedRoster(core, 'post', '2026-11');
    // 19: November's two full months + the 岗位补贴 补发; 20: no November social insurance, less the 扣回.
    const [c19, c20] = amounts(core, '2026-11', '2026-12-03');
    expect([c19, c20]).toEqual([364_000 + 5_000, -4_560]);
    // RPT-06's 补发扣回 sheet marks the 社保补贴 part after the original roster, and its 说明 says so.
    const book = JSON.stringify(cellsOf(await exportBook(core, { report: 'RPT-06', month: '2026-11' })));
    expect(book).toContain('2026年10月公益性岗位岗位补贴发放花名册（社保补贴）');
    expect(book).toContain('原花名册后注明“（社保补贴）”的，为对合并发放的社保补贴的更正。');
    // The person page says which part each correction is of.
    const months = (await must(core, 'attendance.ofPerson', { personId: c.urbanPersonId })).rows;
    expect(months.find((m) => m.month === '2026-10')!.adjustments.map((a) => [a.amountFen, a.siPart])).toEqual([
      [5_000, false],
      [-4_560, true],
    ]);
  });

  it('where the month claimed the 社保补贴 separately, the 岗位补贴 item has no 社保补贴 part to correct', async () => {
    const core = makeCore(undefined, '2026-12-03');
    const c = await subsidyCounty(core);
    writeSetting(core.ctx.db, 'subsidy.siClaim', 'separate', '古丽', 'x');
    await saveUrbanOctober(c, OCTOBER_SI);
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    const r = await callUnchanged(core, 'subsidies.adjust', {
      ...adjustment(sup.id, item.id, -100, '社保多报'),
      part: 'si',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        message: '2026年10月的社保补贴单独发放，不在岗位补贴花名册中，请在社保补贴补发/扣回花名册中更正。',
        fields: { part: '该记录不含社保补贴' },
      },
    });
  });
});
