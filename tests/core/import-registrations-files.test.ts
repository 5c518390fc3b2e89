import { describe, expect, it } from 'vitest';
import type { WrittenFile } from '../../shared/contract/files';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { BATCH_ID, BEFORE_IMPORT_COPY, base64, jobData, takeWorkbook } from './import-workbooks';
import { check, roster, scene } from './import-registrations-scene';

// Issue 14: the files of the 失业登记 roster import — the error file (the refused rows with a 错误说明 column, which a
// clerk corrects and imports again) and the template.

describe('issue 14: the 失业登记 roster import, error file and template', () => {
  it('error file round trip: the rows with a 错误说明 column, corrected, import cleanly', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const written = await jobData<WrittenFile>(s.core, 'imports.registrations.errorWorkbook', { token: r.token });
    const { fileName, wb } = await takeWorkbook(s.core, written.fileId);
    expect(fileName).toBe('失业登记花名册_错误清单.xlsx');
    const ws = wb.getWorksheet('登记')!;
    expect(ws.getCell('M2').value).toBe('错误说明');
    expect([3, 4, 5, 6, 7, 8].map((row) => ws.getCell(`B${row}`).value)).toEqual([
      '热孜万',
      '努尔',
      '古丽',
      '帕提古丽',
      '买合木提',
      '阿卜杜',
    ]);
    expect(ws.getCell('M3').value).toBe('原第5行：D列民族：该人员尚未登记，将按本行新建：请填写民族');
    ws.getCell('D3').value = '维吾尔族';
    ws.spliceRows(4, 2); // 努尔 (already registered) and 古丽 (wrong name) are dropped by the clerk
    ws.getCell('G4').value = '2026-11-20'; // 帕提古丽
    ws.spliceRows(5, 1); // the 15-year-old
    ws.getCell('H5').value = '从用人单位失业'; // 阿卜杜
    const corrected = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: '失业登记花名册_错误清单.xlsx',
      contentBase64: base64(corrected),
    });
    expect(again.ignoredColumns.map((c) => c.header)).toContain('错误说明');
    expect([again.total, again.acceptedCount, again.errorRows]).toEqual([3, 3, 0]);
    const done = await jobData<RosterImportResult>(s.core, 'imports.registrations.commit', { token: again.token });
    expect(done).toEqual({
      created: 3,
      skipped: 0,
      persons: 3,
      employers: 0,
      posts: 0,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
  });

  it('the template has the roster columns, required ones in red, and 填写说明', async () => {
    const s = await scene();
    const written = await jobData<WrittenFile>(s.core, 'imports.registrations.template', {});
    const { fileName, wb } = await takeWorkbook(s.core, written.fileId);
    expect(fileName).toBe('失业登记导入模板.xlsx');
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('失业登记');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '姓名',
      '公民身份号码',
      '民族',
      '乡镇(街道)',
      '村(社区)',
      '联系电话',
      '文化程度',
      '详细地址',
      '登记日期',
      '登记地',
      '失业原因',
      '领取失业保险金',
      '就业意愿',
      '求职意向',
      '服务需求',
      '联系责任人',
      '服务等级',
    ]);
    expect(ws.getCell('I1').font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('J1').font?.color?.argb).toBe('FF000000');
    expect(wb.getWorksheet('填写说明')?.getCell('A1').value).toBe('失业登记导入模板 填写说明');
  });
});
