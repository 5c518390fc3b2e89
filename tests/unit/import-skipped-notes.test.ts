import { describe, expect, it } from 'vitest';
import { skippedNotes } from '../../renderer/src/components/import-dialog/check-notes';

// audit8 gap 3: the check names the rows hidden or filtered out in Excel apart from the other skipped rows, so the
// clerk sees why the count is not the file's.

describe('import check: skipped rows notes', () => {
  it('names hidden rows by number and counts the other skipped rows apart', () => {
    const skipped = [
      { row: 9, reason: '合计行' },
      { row: 31, reason: '隐藏行' },
      { row: 40, reason: '隐藏行' },
    ];
    expect(skippedNotes(skipped, '人员数据').filter(Boolean)).toEqual([
      '跳过隐藏行 2 行（第31、40行）：Excel 中隐藏或筛选掉的行不导入',
      '另有 1 行不是人员数据（如合计、说明、空行），已跳过，见“跳过的行”',
    ]);
    expect(skippedNotes([], '数据').filter(Boolean)).toEqual([]);
  });

  it('names the identical rows merged (gap 8)', () => {
    const skipped = [
      { row: 30, reason: '重复行（与第16行相同）' },
      { row: 31, reason: '空行' },
    ];
    expect(skippedNotes(skipped, '人员数据').filter(Boolean)).toEqual([
      '重复行 1 行已合并（第16行与第30行相同），只导入一次',
      '另有 1 行不是人员数据（如合计、说明、空行），已跳过，见“跳过的行”',
    ]);
  });

  it('names ten hidden rows at most', () => {
    const skipped = Array.from({ length: 12 }, (_, i) => ({ row: i + 3, reason: '隐藏行' }));
    expect(skippedNotes(skipped, '数据').filter(Boolean)).toEqual([
      '跳过隐藏行 12 行（第3、4、5、6、7、8、9、10、11、12等行）：Excel 中隐藏或筛选掉的行不导入',
    ]);
  });
});
