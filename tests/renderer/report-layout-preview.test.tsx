import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { retype } from './queries';
import { headerInput, literally, open, view } from './report-layouts-fixtures';

// 设置 → 报表格式, 预览: the title, the merged header cells and the signature lines the export would write with the
// values on the screen, before they are saved. The clerk's office is 和田县就业服务中心 (和田县); today is 2025-03-15.

/** The signature lines keep their ideographic spaces (the default normalizer would make them one space). */
const AS_WRITTEN = { normalizer: (text: string) => text };

const preview = () => screen.getByRole('region', { name: '预览' });

/** The preview's header, row by row: each cell as 'text' with [rowSpan×colSpan] when it spans more than one. */
function headerCells(): string[][] {
  const table = within(preview()).getByRole('table', { name: '表头预览' }) as HTMLTableElement;
  return Array.from(table.rows, (row) =>
    Array.from(row.cells, (c) =>
      c.rowSpan > 1 || c.colSpan > 1 ? `${c.textContent} [${c.rowSpan}×${c.colSpan}]` : (c.textContent ?? ''),
    ),
  );
}

describe('设置 → 报表格式 预览', () => {
  it('shows the default title filled for this office and month, the merged header and the signature line', async () => {
    open(view(null));
    expect(
      await within(await screen.findByRole('region', { name: '预览' })).findByText(
        '和田县2025年3月公益性岗位安置人员花名册',
      ),
    ).toBeInTheDocument();
    // 岗位信息 spans its two columns; the columns beside it span both header rows.
    expect(headerCells()).toEqual([
      ['序号 [2×1]', '姓名 [2×1]', '岗位信息 [1×2]', '联系电话 [2×1]', '岗位补贴(元) [2×1]'],
      ['用人单位', '岗位名称'],
    ]);
    expect(within(preview()).getByText('填表人：　　审核人：　　负责人：', AS_WRITTEN)).toBeInTheDocument();
  });

  it('follows the title and signature lines as they are typed', async () => {
    open(view(null));
    await userEvent.type(await screen.findByLabelText('标题'), literally('{单位}{年}年{月}月{报表名}'));
    expect(within(preview()).getByText('和田县就业服务中心2025年3月公益性岗位安置人员花名册')).toBeInTheDocument();
    await retype(screen.getByLabelText('标题'), literally('{县市名}公益性岗位人员名册（{年}年）'));
    expect(within(preview()).getByText('和田县公益性岗位人员名册（2025年）')).toBeInTheDocument();

    await retype(screen.getByLabelText('签字栏第1行'), '制表人：');
    await userEvent.type(screen.getByLabelText('签字栏第2行'), '审核人：');
    expect(within(preview()).getByText('制表人：')).toBeInTheDocument();
    expect(within(preview()).getByText('审核人：')).toBeInTheDocument();
    expect(within(preview()).queryByText('填表人：　　审核人：　　负责人：', AS_WRITTEN)).not.toBeInTheDocument();
  });

  it('shows a renamed header in its cell and the order as laid out', async () => {
    open(view(null));
    await retype(await screen.findByLabelText('“岗位名称”导出时表头'), '岗位');
    await retype(headerInput('岗位信息'), '安置岗位');
    expect(headerCells()[1]).toEqual(['用人单位', '岗位']);

    await userEvent.click(screen.getByRole('button', { name: '上移“岗位名称”' }));
    await userEvent.click(screen.getByRole('button', { name: '上移“岗位信息”' }));
    expect(headerCells()).toEqual([
      ['序号 [2×1]', '安置岗位 [1×2]', '姓名 [2×1]', '联系电话 [2×1]', '岗位补贴(元) [2×1]'],
      ['岗位', '用人单位'],
    ]);
  });

  it('leaves out a column left out, narrows its group, and drops a group with no column left', async () => {
    open(view(null));
    await userEvent.click(await screen.findByRole('checkbox', { name: '导出“联系电话”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '导出“用人单位”' }));
    // The group spans only the column it has left.
    expect(headerCells()).toEqual([['序号 [2×1]', '姓名 [2×1]', '岗位信息', '岗位补贴(元) [2×1]'], ['岗位名称']]);

    await userEvent.click(screen.getByRole('checkbox', { name: '导出“岗位名称”' }));
    expect(headerCells()).toEqual([['序号', '姓名', '岗位补贴(元)']]);

    // Taken back in, the column is back under its group.
    await userEvent.click(screen.getByRole('checkbox', { name: '导出“用人单位”' }));
    expect(headerCells()).toEqual([['序号 [2×1]', '姓名 [2×1]', '岗位信息', '岗位补贴(元) [2×1]'], ['用人单位']]);
  });
});
