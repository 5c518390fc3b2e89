// RPT-06 with several 补发/扣回 rosters in one month (audit9 gap 5): each roster is a document of its own — its sheet,
// its rows, 合计, 大写 and the names of who prepared and reviewed it — as the month's ordinary rosters are; a draft is
// exported like a draft ordinary roster, with the 说明 saying so.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { fenToChineseUpper } from '../../shared/domain/money';
import { makeCore, must, signedInAs } from './harness';
import { rowsStarting } from '../workbook-rows';
import { exportBook } from './reports-export-read';
import { adjustment, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

/** The sheet's one-header-row cells: the 补发/扣回 amounts of its data rows (ascending), its 合计, 大写 and names lines. */
function sheetOf(ws: ExcelJS.Worksheet) {
  const amount = [...Array(ws.columnCount).keys()]
    .map((i) => i + 1)
    .find((c) => ws.getCell(3, c).value === '补发(+)/扣回(−)金额')!;
  const text = (r: number) => String(ws.getCell(r, 1).value ?? '');
  const lines = [...Array(ws.rowCount).keys()].map((i) => i + 1);
  const data = lines.filter((r) => typeof ws.getCell(r, 1).value === 'number');
  const [grand] = rowsStarting(ws, 2, '合计'); // the 乡镇 column holds the 合计 label
  return {
    amounts: data.map((r) => ws.getCell(r, amount).value as number).sort((a, b) => a - b),
    total: ws.getCell(grand, amount).value,
    capital: text(rowsStarting(ws, 1, '合计人民币（大写）：')[0]),
    names: lines.map(text).filter((t) => t.startsWith('编制人：')),
    draft: lines.map(text).some((t) => t.includes('尚未审核，金额以审核后为准')),
  };
}

describe('RPT-06: one sheet per 补发/扣回 roster', () => {
  it('two 岗位补贴 rosters and a 社保补贴 one in November: each its own rows, 合计, 大写 and signatures', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    writeSetting(core.ctx.db, 'subsidy.siClaim', 'separate', '古丽', 'x');
    await saveUrbanOctober(c, { siPensionFen: 30_400, siMedicalFen: 14_250, siUnemploymentFen: 950 });
    const post = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    const si = await must(core, 'subsidies.generateBatch', { kind: 'si', month: '2026-10' });
    for (const b of [post, si])
      await must(core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    await must(core, 'attendance.generate', { month: '2026-11' });
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    const [u, r] = [c.urbanPersonId, c.ruralPersonId].map((id) => post.items.find((i) => i.personId === id)!);

    // The first, prepared by 古丽 and reviewed by 阿依古丽; the second, a draft of another clerk; and a 社保补贴 one.
    const first = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    await must(core, 'subsidies.adjust', adjustment(first.id, u.id, -1_000, '多发扣回'));
    await must(core, 'subsidies.adjust', adjustment(first.id, r.id, -2_000, '多发扣回'));
    await must(core, 'subsidies.review', { id: first.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const other = signedInAs(core, 'maimaiti', 'admin', { displayName: '买买提' });
    const second = await core.invoke('subsidies.createSupplement', { kind: 'post', month: '2026-11' }, other);
    const secondId = (second as { data: { id: string } }).data.id;
    await must(core, 'subsidies.adjust', adjustment(secondId, r.id, -500, '再扣回'));
    const siSup = await must(core, 'subsidies.createSupplement', { kind: 'si', month: '2026-11' });
    await must(core, 'subsidies.adjust', adjustment(siSup.id, si.items[0].id, -4_560, '社保多报'));
    await must(core, 'subsidies.review', { id: siSup.id, reviewedBy: '努尔', confirmUnentered: true });

    const wb = await exportBook(core, { report: 'RPT-06', month: '2026-11' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['岗位补贴', '补发扣回', '补发扣回(2)', '社保补贴补发扣回']);
    expect(sheetOf(wb.getWorksheet('补发扣回')!)).toEqual({
      amounts: [-20, -10],
      total: -30,
      capital: '合计人民币（大写）：负叁拾元整',
      names: ['编制人：古丽　　审核人：阿依古丽　　审批人：'],
      draft: false,
    });
    expect(sheetOf(wb.getWorksheet('补发扣回(2)')!)).toEqual({
      amounts: [-5],
      total: -5,
      capital: '合计人民币（大写）：负伍元整',
      names: ['编制人：买买提　　审核人：　　审批人：'],
      draft: true,
    });
    const siWs = wb.getWorksheet('社保补贴补发扣回')!;
    expect(siWs.getCell('A1').value).toBe('疏附县2026年11月公益性岗位社会保险补贴补发/扣回花名册');
    expect(sheetOf(siWs)).toEqual({
      amounts: [-45.6],
      total: -45.6,
      capital: `合计人民币（大写）：${fenToChineseUpper(-4_560)}`,
      names: ['编制人：古丽　　审核人：努尔　　审批人：'],
      draft: false,
    });
  });
});
