// VR-09 "name masking only for public notices when required [CFG]" (audit4 gap 9): the rule setting 公示名单姓名脱敏
// (privacy.noticeNameMask), set through ruleSettings.set as a clerk would, masks the names of the 公示名单 (GS-01) from
// its date; in full until the county sets it, and nowhere else.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { recCounty, walk } from './recognitions-fixtures';
import { exportReport } from './reports-export-read';

/** The 姓名 cells under the notice's header row. */
function noticeNames(ws: ExcelJS.Worksheet): unknown[] {
  let header = 1;
  while (ws.getCell(header, 1).value !== '序号') header += 1;
  const names: unknown[] = [];
  for (let r = header + 1; typeof ws.getCell(r, 1).value === 'number'; r += 1) names.push(ws.getCell(r, 3).value);
  return names;
}

async function noticeOfNovember() {
  const c = await recCounty(makeCore());
  for (const [birth, name] of [
    ['19700103', '古丽·努尔'],
    ['19700104', '张三丰'],
  ] as const) {
    const { personId } = await c.applicant(birth, undefined, { name });
    await walk(c.core, personId, 'notice');
  }
  const names = async () =>
    noticeNames((await exportReport(c.core, { report: 'GS-01', from: '2026-11', to: '2026-11' })).ws);
  const set = (effectiveFrom: string, value: string) =>
    must(c.core, 'ruleSettings.set', { key: 'privacy.noticeNameMask', effectiveFrom, values: { value }, note: null });
  return { c, names, set };
}

describe('公示名单姓名脱敏 (VR-09)', () => {
  it('prints names in full until the county sets it; then 张*丰 and 古*·*尔 on the notice, full names elsewhere', async () => {
    const { c, names, set } = await noticeOfNovember();
    expect(await names()).toEqual(['古丽·努尔', '张三丰']);
    // From next month: a notice of November keeps the names it was posted with.
    await set('2026-12-01', 'keepSurname');
    expect(await names()).toEqual(['古丽·努尔', '张三丰']);
    await set('2026-11-01', 'keepSurname');
    expect(await names()).toEqual(['古*·*尔', '张*丰']);
    // Lists and other reports still name the person in full.
    const listed = (await must(c.core, 'persons.list', {})).items.map((p) => p.name);
    expect(listed).toEqual(expect.arrayContaining(['古丽·努尔', '张三丰']));
    // Back to 不脱敏.
    await set('2026-11-20', 'none');
    expect(await names()).toEqual(['古丽·努尔', '张三丰']);
  });
});
