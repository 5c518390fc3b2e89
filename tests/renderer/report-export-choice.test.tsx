import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '../../renderer/src/features/reports/ReportsPage';
import type { Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { ACCOUNT, ok, region, type FakeHandlers } from './fake-api';
import { stubDownloads } from './downloads';
import { SOON, retype } from './queries';
import { renderWithFakeApi } from './render';
import { T1, chooseTownship, done, exportHandlers } from './report-export-scene';

// 报表导出 with a report picked from the 报表 list: each report shows the controls it takes (REPORT_CATALOGUE):
// 所属期 or 统计期 起始月份/截止月份 (BR-31, DOMAIN §6.8, §6.10), 乡镇(街道) and 分组方式 (§6.3, §6.7) only where
// the report has them, and the export sends exactly those.

const handlers = () => exportHandlers({ fileName: '653221_RPT-10_202503_202503151200.xlsx', rows: 7 });

/**
 * The 报表导出 page signed in with SETTINGS (an administrator unless `account` says otherwise) at `route`, over the
 * fake answers (`answers`, by default an export that writes 7 rows): the fake's calls with the render's utilities.
 */
const renderReports = ({
  answers = handlers(),
  ...options
}: { answers?: FakeHandlers } & Parameters<typeof renderWithFakeApi>[2] = {}) =>
  renderWithFakeApi(<ReportsPage />, answers, options);

const clickExport = () => userEvent.click(screen.getByRole('button', { name: '导出' }));

/** 导出, then the job's end: 已导出 7 行 (found, or the test fails). */
async function exportSeven() {
  await clickExport();
  return screen.findByText('已导出 7 行', {}, SOON);
}

beforeEach(() => {
  stubDownloads();
});
afterEach(() => vi.restoreAllMocks());

async function pick(name: string) {
  await userEvent.click(screen.getByRole('radio', { name }));
  expect(screen.getByRole('radio', { name })).toBeChecked();
}

/** Types a month into an antd month picker; the picker takes a valid month as typed, leaving closes it. */
async function typeMonth(label: string, month: string) {
  const input = screen.getByLabelText(label);
  await userEvent.click(input);
  await retype(input, month);
  await userEvent.click(screen.getByText('报表导出'));
}

describe('报表导出: the controls of the chosen report', () => {
  it('RPT-10 takes 统计期 起始月份—截止月份 (default the quarter so far), no 所属期 and no 乡镇', async () => {
    const fake = renderReports();
    await pick('RPT-10 就业见习情况统计表');
    expect(screen.getByText('导出：就业见习情况统计表')).toBeInTheDocument();
    expect(screen.getByLabelText('起始月份')).toHaveValue('2025-01');
    expect(screen.getByLabelText('截止月份')).toHaveValue('2025-03');
    expect(screen.queryByLabelText('所属期')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('乡镇(街道)')).not.toBeInTheDocument();
    await typeMonth('起始月份', '2024-12');
    expect(screen.getByLabelText('起始月份')).toHaveValue('2024-12');
    expect(await exportSeven()).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([{ report: 'RPT-10', from: '2024-12', to: '2025-03', full: false }]);
  });

  it('a 统计期 of several months over a locked month says it is computed anew', async () => {
    const locks = {
      locks: [{ month: '2025-01', lockedAt: '', lockedBy: '', note: null, frozenReports: 1 }],
      events: [],
    };
    renderReports({
      answers: { ...handlers(), 'periodLocks.list': () => ok({ ...locks, lastEndedMonth: '2025-02' }) },
    });
    await pick('RPT-10 就业见习情况统计表');
    expect(
      await screen.findByText(
        '所选统计期含已锁定的2025年1月。统计期跨多个月的报表不在锁定时保存，每次导出都按当时的数据重新计算。',
      ),
    ).toBeInTheDocument();
  });

  it('RPT-08 full export sends 统计期 and the full flag, and the progress window names the 统计期', async () => {
    const running: Result<JobStatus> = ok({
      jobId: 'job-1',
      channel: 'reports.export',
      state: 'running',
      done: 1,
      total: 9,
      phase: '写入 Excel',
    });
    let status = running;
    const fake = renderReports({ answers: { ...handlers(), 'jobs.status': () => status } });
    await pick('RPT-08 就业见习人员花名册');
    await userEvent.click(screen.getByRole('checkbox', { name: '导出完整号码' }));
    await clickExport();
    const dialog = await screen.findByRole('dialog', { name: '导出就业见习人员花名册' });
    expect(await within(dialog).findByText('统计期：2025年1月—2025年3月（完整号码）', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([{ report: 'RPT-08', from: '2025-01', to: '2025-03', full: true }]);
    // Let the job end before the test does: a job still polled after the page is gone would update a dead window.
    status = done({
      fileId: '0190a000-0000-7000-8000-000000000001',
      fileName: '653221_RPT-08_202503_202503151200.xlsx',
      rows: 7,
    });
    await screen.findByText('已导出 7 行', {}, SOON);
  });

  it('RPT-03 has 分组方式 and 乡镇(街道); 按用人单位 is sent as groupBy', async () => {
    const fake = renderReports();
    await pick('RPT-03 公益性岗位开发(岗位)台账');
    expect(screen.getByRole('radio', { name: '按乡镇(街道)' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '按用人单位' }));
    await exportSeven();
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-03', month: '2025-03', full: false, townshipId: null, groupBy: 'employer' },
    ]);
  });

  it('RPT-15 groups by 培训机构, not 用人单位', async () => {
    const fake = renderReports();
    await pick('RPT-15 职业技能培训情况统计表');
    expect(screen.queryByRole('radio', { name: '按用人单位' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: '按培训机构' }));
    await exportSeven();
    expect(fake.callsTo('reports.export')).toMatchObject([{ report: 'RPT-15', groupBy: 'employer' }]);
  });

  it('公示名单 按村(社区)分页: off for the county, ticked once a 乡镇 is chosen, sent as byVillage; the clerk may clear it', async () => {
    const fake = renderReports();
    await pick('RPT-02 就业困难人员认定及就业情况统计表');
    expect(screen.queryByRole('checkbox', { name: '按村(社区)分页' })).not.toBeInTheDocument();
    await pick('GS-01 就业困难人员认定公示名单');
    const pages = screen.getByRole('checkbox', { name: '按村(社区)分页' });
    expect(pages).not.toBeChecked();
    await exportSeven();
    await chooseTownship('巴格其镇');
    expect(pages).toBeChecked();
    await clickExport();
    await userEvent.click(pages);
    expect(pages).not.toBeChecked();
    await clickExport();
    await waitFor(() => expect(fake.callsTo('reports.export')).toHaveLength(3));
    const period = { report: 'GS-01', from: '2025-01', to: '2025-03', full: false };
    expect(fake.callsTo('reports.export')).toEqual([
      { ...period, townshipId: null },
      { ...period, townshipId: 't1', byVillage: true },
      { ...period, townshipId: 't1' },
    ]);
  });

  it('公示名单 opened from a 公示中 row starts from its 乡镇 and month; a 乡镇经办 of one 乡镇 starts from theirs (audit6)', async () => {
    const fake = renderReports({ route: '/reports?report=GS-01&from=2025-02&to=2025-02&township=t1' });
    expect(await screen.findByText('导出：就业困难人员认定公示名单')).toBeInTheDocument();
    expect(screen.getByLabelText('起始月份')).toHaveValue('2025-02');
    expect(screen.getByLabelText('截止月份')).toHaveValue('2025-02');
    await exportSeven();
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'GS-01', from: '2025-02', to: '2025-02', full: false, townshipId: 't1', byVillage: true },
    ]);
  });

  it('a 乡镇经办 of one 乡镇 exports theirs by default, not 全部乡镇(街道)', async () => {
    const clerk = { ...ACCOUNT, role: 'clerk' as const, townshipIds: ['t1'] };
    const fake = renderReports({ route: '/reports?report=GS-01', account: clerk });
    expect(await screen.findByText('导出：就业困难人员认定公示名单')).toBeInTheDocument();
    await exportSeven();
    expect(fake.callsTo('reports.export')).toMatchObject([{ report: 'GS-01', townshipId: 't1', byVillage: true }]);
  });

  it('a 乡镇经办 of several 乡镇 is offered theirs only, and the empty choice names them (本人负责的全部乡镇)', async () => {
    const t2 = region({ id: 't2', code: '653221101000', name: '乌帕尔镇' });
    const t3 = region({ id: 't3', code: '653221102000', name: '塔什米里克乡' });
    const clerk = { ...ACCOUNT, role: 'clerk' as const, townshipIds: ['t1', 't2'] };
    const fake = renderReports({
      answers: exportHandlers({ fileName: '653221_RPT-04_202503.xlsx', rows: 7 }, [T1, t2, t3]),
      route: '/reports?report=RPT-04',
      account: clerk,
    });
    expect(await screen.findByText('包括巴格其镇、乌帕尔镇')).toBeInTheDocument();
    expect(screen.getByText('本人负责的全部乡镇')).toBeInTheDocument();
    expect(screen.queryByText('全部乡镇(街道)')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('乡镇(街道)'));
    expect(await screen.findByTitle('乌帕尔镇')).toBeInTheDocument();
    expect(screen.queryByTitle('塔什米里克乡')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTitle('乌帕尔镇'));
    expect(screen.queryByText('包括巴格其镇、乌帕尔镇')).not.toBeInTheDocument();
    await exportSeven();
    expect(fake.callsTo('reports.export')).toMatchObject([{ report: 'RPT-04', townshipId: 't2' }]);
  });

  it('RPT-12 takes 所属期 only: the whole county', async () => {
    const fake = renderReports();
    await pick('RPT-12 登记失业人员定期联系情况统计表');
    expect(screen.queryByLabelText('乡镇(街道)')).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: '分组方式' })).not.toBeInTheDocument();
    await typeMonth('所属期', '2025-02');
    await exportSeven();
    expect(fake.callsTo('reports.export')).toEqual([{ report: 'RPT-12', month: '2025-02', full: false }]);
  });

  it('keeps the export form beside the report list (1366×768: no scrolling to reach 导出)', async () => {
    renderReports();
    const row = screen.getByRole('radio', { name: 'RPT-01 就业困难人员实名制台账' }).closest('.ant-row') as HTMLElement;
    expect(row).toHaveClass('ant-row-no-wrap');
    expect(within(row).getByRole('button', { name: '导出' })).toBeInTheDocument();
    expect(within(row).getByLabelText('所属期')).toBeInTheDocument();
  });

  it('opens on the report named in the address (#/reports?report=RPT-04) with 乡镇(街道)', async () => {
    const fake = renderReports({ route: '/reports?report=RPT-04' });
    expect(screen.getByRole('radio', { name: 'RPT-04 公益性岗位安置人员花名册' })).toBeChecked();
    await chooseTownship('巴格其镇');
    await exportSeven();
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-04', month: '2025-03', full: false, townshipId: 't1' },
    ]);
  });
});
