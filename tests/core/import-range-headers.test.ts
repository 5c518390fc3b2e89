import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../electron/core/excel/import/headers';
import type { RawTable } from '../../electron/core/excel/read-table';
import { PLACEMENT_IMPORT_SPECS } from '../../electron/core/modules/imports/placement-columns';

// audit8 gap 6: a two-row header whose group cell is merged over a date range's two ends (合同期限 over 开始 | 截止)
// reads the lower cells with their group: 合同期限·开始 is 合同开始日期, 合同期限·截止 is 合同截止日期.

const tableOf = (group: string, start: string, end: string): RawTable => ({
  sheetName: '安置',
  rows: [
    ['姓名', '身份证号', '岗位', '岗位', group, group],
    ['姓名', '身份证号', '岗位编号', '岗位名称', start, end],
  ],
  merges: [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
  ],
});

const keysOf = (t: RawTable) => detectHeader(t, PLACEMENT_IMPORT_SPECS)?.columns.map((c) => c.key);

describe('import headers: a date range under a group cell (audit8 gap 6)', () => {
  it.each([
    ['合同期限', '开始', '截止'],
    ['合同起止', '起', '止'],
    ['合同期限', '起始日期', '终止日期'],
    ['协议期限', '开始', '结束'],
  ])('%s over %s | %s', (group, start, end) => {
    expect(keysOf(tableOf(group, start, end))).toEqual([
      'name',
      'idNumber',
      'postCode',
      'postTitle',
      'contractStart',
      'contractEnd',
    ]);
  });

  it('a group that is not a range is not read as one', () => {
    expect(keysOf(tableOf('联系方式', '开始', '截止'))?.slice(4)).toEqual([null, null]);
  });
});
