import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RosterCheckView } from '../../renderer/src/components/import-dialog/RosterCheckView';
import type { ImportReading } from '../../shared/contract/imports';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { SETTINGS, createFakeApi } from './fake-api';
import { renderWithApp } from './render';

// Every import kind's check shows the values it read as another form (readings) the same way: the commonest in the
// summary, all of them under 写法对照; and 需要核对的行 counts the rows, naming the notes when a row has several.

const reading = (written: string, readAs: string, rows: number): ImportReading => ({
  column: 'H',
  field: '失业原因',
  written,
  readAs,
  rows,
});

const READINGS = [
  { column: 'B', field: '姓名', written: '艾力 · 买买提', readAs: '艾力·买买提', rows: 3 },
  reading('单位失业', '从用人单位失业', 2),
  reading('毕业', '从学校毕业或肄业', 2),
  { column: 'D', field: '民族', written: '维', readAs: '维吾尔族', rows: 1 },
  reading('征地', '承包土地被征用', 1),
];

const CHECK: RosterImportCheck = {
  token: 'tok-r',
  kind: 'registrations',
  fileName: '失业登记花名册.xlsx',
  total: 5,
  valid: 5,
  errorRows: 0,
  errorCount: 0,
  errors: [],
  ignoredColumns: [],
  acceptedCount: 5,
  newPersons: [],
  newEmployers: [],
  newPosts: [],
  warnings: [
    {
      row: 2,
      column: 'E',
      field: '乡镇(街道)',
      value: '疏附县乌帕尔镇',
      message: '乡镇(街道)“疏附县乌帕尔镇”按“乌帕尔镇”导入',
    },
    {
      row: 2,
      column: 'F',
      field: '村(社区)',
      value: '阿亚格曼干村村委会',
      message: '村(社区)“阿亚格曼干村村委会”按“阿亚格曼干村”导入',
    },
  ],
  warningCount: 2,
  warningRows: 1,
  readings: READINGS,
};

const show = (check: RosterImportCheck) =>
  renderWithApp(<RosterCheckView check={check} onDownloadErrors={vi.fn()} downloading={false} mapping={null} />, {
    api: createFakeApi({}).api,
    settings: SETTINGS,
  });

describe('导入检查：写法对照与需要核对的行', () => {
  it('a roster kind shows its readings: the commonest four in the summary, all under 写法对照', async () => {
    show(CHECK);
    expect(
      await screen.findByText(
        '以下写法将按“→”后的内容导入：B列姓名“艾力 · 买买提”→“艾力·买买提”（3行）、H列失业原因“单位失业”→“从用人单位失业”（2行）、' +
          'H列失业原因“毕业”→“从学校毕业或肄业”（2行）、D列民族“维”→“维吾尔族”（1行）等5种写法，见“写法对照”',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '写法对照（5）' }));
    const table = await screen.findByRole('table', { name: '写法对照' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['B', '姓名', '艾力 · 买买提', '艾力·买买提', '3'],
      ['H', '失业原因', '单位失业', '从用人单位失业', '2'],
      ['H', '失业原因', '毕业', '从学校毕业或肄业', '2'],
      ['D', '民族', '维', '维吾尔族', '1'],
      ['H', '失业原因', '征地', '承包土地被征用', '1'],
    ]);
  });

  it('counts the rows to look at, and the notes when a row has several', async () => {
    show(CHECK);
    expect(
      await screen.findByText('需要核对的行：1 行，共 2 条提示（可以导入，请核对按哪个名称导入）'),
    ).toBeInTheDocument();
  });

  it('without readings there is no 写法对照 tab', async () => {
    show({ ...CHECK, readings: [] });
    expect(await screen.findByRole('tab', { name: '列的对应关系' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: /写法对照/ })).toBeNull();
  });
});
