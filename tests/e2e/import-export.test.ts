import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../../shared/domain/id-number';
import { useApp } from './app';
import { dialogTitled } from './locators';
import { importValidRows } from './import-dialog';
import { PERSON_ROSTER_HEAD } from '../roster-columns';
import { savedWorkbook, sheetRows } from './downloads';

// Issue 4, item 7: a clerk imports a roster of 50 rows with 3 bad ones, reads the errors, imports the valid
// rows, then exports RPT-01; the downloaded workbook is opened and checked. Until the recognition module
// exists, the roster's 就业困难人员 column (是/否) is what puts a person on RPT-01 (see person-columns.ts).

const GIVEN = [
  '阿不都热合曼',
  '古丽米热',
  '努尔买买提',
  '帕提古丽',
  '热依拉',
  '买买提江',
  '阿依努尔',
  '吐尔洪',
  '米热古丽',
  '艾力',
];
const FATHER = ['买买提', '艾合买提', '吐尔逊', '阿不都', '沙吾提'];
const PLACES = [
  ['乌帕尔镇', '乌帕尔村'],
  ['乌帕尔镇', '阿亚格曼干村'],
  ['塔什米里克乡', '库木巴格村'],
];
const HEADER = [...PERSON_ROSTER_HEAD, '就业困难人员'];

interface RosterPerson {
  row: number;
  name: string;
  id: string;
  ethnicity: string;
  difficult: boolean;
}

/** 50 persons (Excel rows 2–51); rows 12, 25 and 40 are bad: an ID typed into a number cell, an unknown 乡镇, a wrong check digit. */
function roster(): { cells: ExcelJS.CellValue[][]; persons: RosterPerson[] } {
  const cells: ExcelJS.CellValue[][] = [HEADER];
  const persons: RosterPerson[] = [];
  for (let i = 0; i < 50; i++) {
    const row = i + 2;
    const first17 = `653121${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}${String(100 + i)}`;
    const id = first17 + computeCheckDigit(first17);
    const [town, village] = PLACES[i % 3];
    const name = `${GIVEN[i % 10]}·${FATHER[Math.floor(i / 10)]}`; // 50 distinct Uyghur names (VR-05 interpunct)
    const difficult = i % 4 === 0;
    let idCell: ExcelJS.CellValue = id;
    let townCell = town;
    if (row === 12) idCell = Number(id.slice(0, 17) + '0');
    if (row === 25) townCell = '幸福镇';
    if (row === 40) idCell = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const ethnicity = i % 5 === 0 ? '汉族' : '维吾尔族';
    cells.push([
      name,
      idCell,
      ethnicity,
      '初中',
      `1389901${String(i).padStart(4, '0')}`,
      townCell,
      village,
      `${village}${(i % 9) + 1}组`,
      '失业(未就业)',
      difficult ? '是' : '否',
    ]);
    if (![12, 25, 40].includes(row)) persons.push({ row, name, id, ethnicity, difficult });
  }
  return { cells, persons };
}

describe('导入与导出: a clerk imports a roster and exports RPT-01', () => {
  const suite = useApp({ county: true, files: 'taizhang-e2e-files-' });

  it('imports the valid rows of a roster, then exports RPT-01 and the file holds them', async () => {
    const { app, tmp } = suite;
    const { page } = app;
    const { cells, persons } = roster();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.getColumn(2).numFmt = '@';
    ws.getColumn(5).numFmt = '@';
    cells.forEach((r) => ws.addRow(r));
    const file = join(tmp, '乌帕尔镇花名册.xlsx');
    await wb.xlsx.writeFile(file);

    // 人员信息 → 导入: choose the file.
    await page.getByRole('menuitem', { name: '人员信息' }).click();
    await page.getByRole('table', { name: '人员列表' }).waitFor();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = dialogTitled(page, '导入人员信息');
    await dialog.getByText('点击选择文件，或把文件拖到这里').waitFor();
    await app.shot('import-01-choose-file');
    await dialog.locator('input[type="file"]').setInputFiles(file);

    // The check: numbers, then each bad row with its column and the reason.
    await dialog.getByText('共 50 行：可导入 47 行，有错误 3 行，已存在 0 人').waitFor();
    const errors = dialog.getByRole('table', { name: '错误列表' });
    const errorRows = (await errors.locator('tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(errorRows).toEqual([
      expect.stringMatching(
        /^12 B 公民身份号码 \d+ 公民身份号码被 Excel 存成了数字，后几位已丢失，请把该列设为“文本”后重新填写$/,
      ),
      '25 F 乡镇(街道) 幸福镇 乡镇(街道)“幸福镇”不在本县的行政区划中，请检查名称，或先在“设置 → 行政区划”中添加',
      expect.stringMatching(/^40 B 公民身份号码 653121\S+ 公民身份号码校验位错误，应为 [\dX]$/),
    ]);
    await dialog.getByText('将新增 47 人，更新 0 人，跳过 3 行').waitFor();
    await app.shot('import-02-check-result');

    // Import the valid rows.
    await importValidRows(app, dialog, '导入完成：新增 47 人，更新 0 人，跳过 3 行', 'import-03-done');
    await page.getByRole('status').filter({ hasText: '共 47 人' }).waitFor(); // the list reloaded

    // A second roster: one registered person with a new phone, one unchanged, one new. Nothing is overwritten
    // unless ticked (issue 4: matched rows only with consent).
    const again = new ExcelJS.Workbook();
    const ws2 = again.addWorksheet('补充');
    ws2.getColumn(2).numFmt = '@';
    ws2.getColumn(5).numFmt = '@';
    ws2.addRow(HEADER);
    const [changed, same] = persons;
    const first17 = '65312119990909121';
    const newcomer = { name: '阿迪力·买买提', id: first17 + computeCheckDigit(first17) };
    ws2.addRow([
      changed.name,
      changed.id,
      changed.ethnicity,
      '初中',
      '13999990000',
      '乌帕尔镇',
      '乌帕尔村',
      '乌帕尔村1组',
      '失业(未就业)',
      '是',
    ]);
    ws2.addRow(cells[same.row - 1]);
    ws2.addRow([
      newcomer.name,
      newcomer.id,
      '维吾尔族',
      '小学',
      null,
      '塔什米里克乡',
      '库木巴格村',
      null,
      '灵活就业',
      '否',
    ]);
    const file2 = join(tmp, '补充名单.xlsx');
    await again.xlsx.writeFile(file2);
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText('点击选择文件，或把文件拖到这里').waitFor();
    await dialog.locator('input[type="file"]').setInputFiles(file2);
    await dialog.getByText('共 3 行：可导入 1 行，有错误 0 行，已存在 2 人').waitFor();
    const matched = dialog.getByRole('table', { name: '已登记人员的变化' });
    const changedRow = matched.getByRole('row', { name: new RegExp(changed.name) });
    await changedRow.getByText(`联系电话：${cells[changed.row - 1][4]} → 13999990000`).waitFor();
    expect(await changedRow.getByRole('checkbox').isChecked()).toBe(false);
    await app.shot('import-04-matched-unticked');
    await changedRow.getByRole('checkbox').check();
    await dialog.getByText('将新增 1 人，更新 1 人，跳过 1 行').waitFor();
    await importValidRows(app, dialog, '导入完成：新增 1 人，更新 1 人，跳过 1 行');
    await page.getByRole('status').filter({ hasText: '共 48 人' }).waitFor();

    // 报表导出 → RPT-01 for this month, masked.
    await page.getByRole('menuitem', { name: /报表导出/ }).click();
    await page.getByText('RPT-01 就业困难人员实名制台账').waitFor();
    await page.getByRole('checkbox', { name: '导出完整号码' }).check();
    await page.getByText('内部资料，注意保密；此操作将被记录。').waitFor();
    await app.shot('export-01-reports-page-full-warning');
    await page.getByRole('checkbox', { name: '导出完整号码' }).uncheck();
    expect(await page.getByLabel('所属期').inputValue()).toBe('2026-11');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const download = await downloading;
    const difficult = persons.filter((p) => p.difficult);
    await page.getByText(`已导出 ${difficult.length} 行`).waitFor();
    await app.shot('export-02-exported');
    expect(download.suggestedFilename()).toMatch(/^653121_RPT-01_202611_\d{12}\.xlsx$/);

    // The file: title, one person's row, the 合计.
    const sheet = (await savedWorkbook(download, tmp)).worksheets[0];
    expect(sheet.getCell('A1').value).toBe('疏附县2026年11月就业困难人员实名制台账');
    const rows = sheetRows(sheet);
    const someone = difficult[3];
    const row = rows.find((r) => r[3] === someone.name);
    expect(row?.slice(3, 7)).toEqual([
      someone.name,
      Number(someone.id[16]) % 2 ? '男' : '女',
      someone.ethnicity,
      `${someone.id.slice(0, 6)}********${someone.id.slice(14)}`,
    ]);
    expect(rows.filter((r) => typeof r[0] === 'number')).toHaveLength(difficult.length);
    const total = rows.find((r) => r[0] === '合计');
    expect(total?.[3]).toBe(difficult.length);
  });
});
