import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchesTable } from '../../renderer/src/features/subsidies/BatchesTable';
import { SubsidiesPage } from '../../renderer/src/features/subsidies/SubsidiesPage';
import type { MonthOverview } from '../../shared/contract/subsidies';
import { draftBatch } from './batch-fixtures';
import { stubDownloads } from './downloads';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { SOON } from './queries';
import { exportHandlers } from './report-export-scene';
import { renderWithApp } from './render';

// 补贴发放 at 1366×768 (audit6 gaps 4, 12): the 考勤 table shows its employers at natural height, ten a page (no
// 200 px scroll box), the page carries the module's title like the other 公益性岗位 tabs, 生成考勤 is not the
// primary button once the month's rosters are reviewed, and an export says how many rows it wrote.

const employer = (i: number): MonthOverview['employers'][number] => ({
  employerId: `e${i}`,
  employerName: `第${i}用人单位`,
  townshipName: '乌帕尔镇',
  onPost: 2,
  rows: 2,
  entered: 2,
  missing: 0,
  locked: 2,
});

const reviewed = draftBatch({ status: 'reviewed', statusLabel: '已审核', month: '2026-11', persons: 73 });
const { items: _items, unentered: _u, missingAccounts: _m, ...summary } = reviewed;
const OVERVIEW: MonthOverview = {
  month: '2026-11',
  employers: Array.from({ length: 12 }, (_, i) => employer(i + 1)),
  internships: { running: 0, rows: 0 },
  batches: [summary],
};

beforeEach(() => {
  stubDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('补贴发放', () => {
  it('shows ten employers a page without a scroll box, the module title, and a reviewed month’s 生成考勤 in grey', async () => {
    const fake = createFakeApi({ 'subsidies.overview': () => ok(OVERVIEW) });
    renderWithApp(<SubsidiesPage />, { api: fake.api, settings: SETTINGS, route: '/?month=2026-11' });
    const table = await screen.findByRole('table', { name: '各单位考勤' });
    expect(await within(table).findByText('第1用人单位')).toBeInTheDocument();
    expect(within(table).getByText('第10用人单位')).toBeInTheDocument();
    expect(within(table).queryByText('第11用人单位')).toBeNull();
    const wrapper = table.closest('.ant-table-wrapper')!;
    // No fixed-height body (antd's scroll.y splits the table and scrolls its body in a box).
    expect(wrapper.querySelector('.ant-table-body')).toBeNull();
    await userEvent.click(within(wrapper as HTMLElement).getByTitle('2'));
    expect(await within(wrapper as HTMLElement).findByText('第11用人单位')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 4, name: '公益性岗位' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '生成考勤' })).not.toHaveClass('ant-btn-primary');
  });

  it('生成考勤 is the primary button while the month has no attendance yet', async () => {
    const empty = {
      ...OVERVIEW,
      employers: [{ ...employer(1), rows: 0, entered: 0, missing: 0, locked: 0 }],
      batches: [],
    };
    const fake = createFakeApi({ 'subsidies.overview': () => ok(empty) });
    renderWithApp(<SubsidiesPage />, { api: fake.api, settings: SETTINGS, route: '/?month=2026-11' });
    expect(await screen.findByText('第1用人单位')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '生成考勤' })).toHaveClass('ant-btn-primary');
  });

  it('导出花名册 says how many rows it wrote', async () => {
    const fake = createFakeApi({
      ...exportHandlers({ fileName: '653121_RPT-06_202611.xlsx', rows: 73 }),
      'subsidies.overview': () => ok(OVERVIEW),
    });
    renderWithApp(<SubsidiesPage />, { api: fake.api, settings: SETTINGS, route: '/?month=2026-11' });
    await userEvent.click(await screen.findByRole('button', { name: '导出花名册' }));
    expect(await screen.findByText('已导出公益性岗位补贴发放花名册，共 73 行', {}, SOON)).toBeInTheDocument();
  });

  it('a reviewed roster’s actions read as actions; 撤销审核 without a reason says so under the field', async () => {
    const fake = createFakeApi({
      'subsidies.get': () => ok(reviewed),
      'subsidies.unreview': () =>
        failed('RULE_VIOLATION', '输入有误：原因须写明更正的事项', { reason: '原因须写明更正的事项' }),
    });
    renderWithApp(<BatchesTable batches={[summary]} loading={false} />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByRole('button', { name: '确认上报' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '已上报' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '撤销审核' }));
    const undo = await screen.findByRole('dialog', { name: `撤销审核：${summary.name}` });
    await userEvent.click(within(undo).getByRole('button', { name: '撤销审核' }));
    const field = within(undo).getByLabelText('撤销审核原因').closest('.ant-form-item')!;
    expect(await within(field as HTMLElement).findByText('请填写撤销审核原因')).toBeInTheDocument();
    expect(within(undo).queryByText('输入有误：请填写撤销审核原因')).toBeNull();
    expect(fake.callsTo('subsidies.unreview')).toEqual([]);
    // A field message of the core goes under the field too, not over the dialog.
    await userEvent.type(within(undo).getByLabelText('撤销审核原因'), '补录');
    await userEvent.click(within(undo).getByRole('button', { name: '撤销审核' }));
    expect(await within(field as HTMLElement).findByText('原因须写明更正的事项')).toBeInTheDocument();
    await waitFor(() => expect(within(field as HTMLElement).queryByText('请填写撤销审核原因')).toBeNull());
    expect(within(undo).queryByText('输入有误：原因须写明更正的事项')).toBeNull();
  });
});
