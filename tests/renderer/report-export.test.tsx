import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonExportButton } from '../../renderer/src/features/reports/PersonExportButton';
import { ReportsPage } from '../../renderer/src/features/reports/ReportsPage';
import { SETTINGS, createFakeApi, failed, ok, region, type FakeHandlers } from './fake-api';
import { stubDownloads, type ClickedDownload } from './downloads';
import { renderWithApp } from './render';
import { SOON } from './queries';
import { FILE_ID, T1, chooseTownship, done, exportHandlers } from './report-export-scene';

// 报表导出 (UI.md long jobs; DOMAIN §6.1, §9.5): month (default this month), 乡镇, 导出完整号码 with its warning,
// the job with progress and 取消, then the download (browser) or the save dialog (desktop).

const FILE_NAME = '653221_RPT-01_202503_202503151200.xlsx';
const V1 = region({ id: 'v1', code: '653221100201', name: '巴格其村', parentId: 't1' });

const handlers = (over: FakeHandlers = {}) => exportHandlers({ fileName: FILE_NAME, rows: 1234 }, [T1, V1], over);

let clicked: ClickedDownload[] = [];
beforeEach(() => {
  clicked = stubDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { taizhang?: unknown }).taizhang;
});

describe('报表导出 page', () => {
  it('lets the clerk pick any report (RPT-01 first), each with its own controls; none is left 尚未开放', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    const list = screen.getByRole('radiogroup', { name: '报表' });
    expect(
      within(list)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'RPT-01 就业困难人员实名制台账',
      'RPT-02 就业困难人员认定及就业情况统计表',
      'RPT-03 公益性岗位开发(岗位)台账',
      'RPT-04 公益性岗位安置人员花名册',
      'RPT-05 公益性岗位考勤表',
      'RPT-06 公益性岗位补贴发放花名册',
      'RPT-07 公益性岗位安置情况统计表',
      'RPT-08 就业见习人员花名册',
      'RPT-09 就业见习补贴发放花名册',
      'RPT-10 就业见习情况统计表',
      'RPT-11 登记失业人员跟踪服务台账',
      'RPT-12 登记失业人员定期联系情况统计表',
      'RPT-13 职业技能培训学员花名册',
      'RPT-14 职业培训补贴申领花名册',
      'RPT-15 职业技能培训情况统计表',
      'GS-01 就业困难人员认定公示名单',
    ]);
    expect(screen.getByRole('radio', { name: 'RPT-01 就业困难人员实名制台账' })).toBeChecked();
    expect(screen.getByText('导出：就业困难人员实名制台账')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '其他报表' })).not.toBeInTheDocument();
    expect(screen.queryByText('尚未开放')).not.toBeInTheDocument();

    // RPT-02: one month and a township; the 公示名单: a range of months and a township. Neither has ID, phone or bank
    // numbers in its workbook: no full numbers to choose (system.info's fullNumberReports).
    await userEvent.click(screen.getByRole('radio', { name: 'RPT-02 就业困难人员认定及就业情况统计表' }));
    expect(await screen.findByText('导出：就业困难人员认定及就业情况统计表')).toBeInTheDocument();
    expect(screen.getByLabelText('所属期')).toBeInTheDocument();
    expect(screen.getByLabelText('乡镇(街道)')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '导出完整号码' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'GS-01 就业困难人员认定公示名单' }));
    expect(await screen.findByText('导出：就业困难人员认定公示名单')).toBeInTheDocument();
    expect(screen.getByLabelText('起始月份')).toBeInTheDocument();
    expect(screen.getByLabelText('截止月份')).toBeInTheDocument();
    expect(screen.getByLabelText('乡镇(街道)')).toBeInTheDocument();
    expect(screen.queryByLabelText('所属期')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: '导出完整号码' })).not.toBeInTheDocument();
  });

  it('exports this month, masked, for the whole county; the file downloads and the rows are counted', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    expect(screen.getByLabelText('所属期')).toHaveValue('2025-03');
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已导出 1,234 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-01', month: '2025-03', full: false, townshipId: null },
    ]);
    expect(fake.callsTo('files.take')).toEqual([{ fileId: FILE_ID }]);
    expect(clicked).toEqual([{ download: FILE_NAME, href: 'blob:taizhang/1' }]);
  });

  it('warns before a full export and sends the chosen 乡镇', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    expect(screen.queryByText('内部资料，注意保密；此操作将被记录。')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '导出完整号码' }));
    expect(screen.getByText('内部资料，注意保密；此操作将被记录。')).toBeInTheDocument();
    await chooseTownship('巴格其镇');
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 1,234 行', {}, SOON);
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-01', month: '2025-03', full: true, townshipId: 't1' },
    ]);
  });

  it('offers 导出完整号码 only for the reports system.info lists; a tick does not follow to a report without numbers', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    const offers = async (name: string) => {
      await userEvent.click(screen.getByRole('radio', { name }));
      expect(await screen.findByText(`导出：${name.slice(name.indexOf(' ') + 1)}`)).toBeInTheDocument();
      return screen.queryByRole('checkbox', { name: '导出完整号码' }) !== null;
    };
    // The statistical tables have no ID, phone or bank column; the rosters and ledgers have.
    expect(await offers('RPT-07 公益性岗位安置情况统计表')).toBe(false);
    expect(await offers('RPT-10 就业见习情况统计表')).toBe(false);
    expect(await offers('RPT-12 登记失业人员定期联系情况统计表')).toBe(false);
    expect(await offers('RPT-04 公益性岗位安置人员花名册')).toBe(true);
    // Ticked on RPT-01, then RPT-02 chosen: no warning, and the export asks for masked numbers.
    await userEvent.click(screen.getByRole('radio', { name: 'RPT-01 就业困难人员实名制台账' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '导出完整号码' }));
    expect(screen.getByText('内部资料，注意保密；此操作将被记录。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'RPT-02 就业困难人员认定及就业情况统计表' }));
    expect(await screen.findByText('导出：就业困难人员认定及就业情况统计表')).toBeInTheDocument();
    expect(screen.queryByText('内部资料，注意保密；此操作将被记录。')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 1,234 行', {}, SOON);
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-02', month: '2025-03', full: false, townshipId: null },
    ]);
  });

  it('RPT-01 offers 认定状态 (含本期退出 by default, sent only when changed); 仅有效 is sent, other reports lack it', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    const status = screen.getByRole('radiogroup', { name: '认定状态' });
    expect(within(status).getByRole('radio', { name: '含本期退出' })).toBeChecked();
    await userEvent.click(within(status).getByRole('radio', { name: '仅有效' }));
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 1,234 行', {}, SOON);
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-01', month: '2025-03', full: false, townshipId: null, recognitionStatus: 'valid' },
    ]);
    await userEvent.click(screen.getByRole('radio', { name: 'RPT-02 就业困难人员认定及就业情况统计表' }));
    expect(await screen.findByText('导出：就业困难人员认定及就业情况统计表')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: '认定状态' })).not.toBeInTheDocument();
  });

  it('in the desktop app saves through the native dialog, and says so when the clerk closes it', async () => {
    const saveFile = vi
      .fn()
      .mockResolvedValueOnce({ saved: true, path: '/home/a.xlsx' })
      .mockResolvedValueOnce({ saved: false });
    (window as { taizhang?: unknown }).taizhang = { invoke: vi.fn(), saveFile };
    const fake = createFakeApi(handlers());
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 1,234 行', {}, SOON);
    expect(saveFile).toHaveBeenCalledWith(FILE_NAME, btoa('PK-xlsx'));
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已取消保存', {}, SOON)).toBeInTheDocument();
    expect(clicked).toEqual([]);
  });

  it('shows progress with the phase, and 取消 stops the job', async () => {
    let cancelled = false;
    const fake = createFakeApi(
      handlers({
        'jobs.status': () =>
          ok(
            cancelled
              ? {
                  jobId: 'job-1',
                  channel: 'reports.export',
                  state: 'cancelled',
                  done: 0,
                  total: 0,
                  phase: '已取消',
                  result: failed('CANCELLED', '已取消，数据未改动。'),
                }
              : {
                  jobId: 'job-1',
                  channel: 'reports.export',
                  state: 'running',
                  done: 3000,
                  total: 9000,
                  phase: '写入 Excel',
                },
          ),
        'jobs.cancel': () => {
          cancelled = true;
          return ok({ cancelled: true });
        },
      }),
    );
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    const dialog = await screen.findByRole('dialog', { name: '导出就业困难人员实名制台账' });
    expect(await within(dialog).findByText('写入 Excel（3000/9000）', {}, SOON)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(await screen.findByText('已取消，数据未改动。', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('jobs.cancel')).toEqual([{ jobId: 'job-1' }]);
    expect(fake.callsTo('files.take')).toEqual([]);
  });

  it('shows why an export failed', async () => {
    const fake = createFakeApi(
      handlers({
        'jobs.status': () =>
          ok({
            jobId: 'job-1',
            channel: 'reports.export',
            state: 'failed',
            done: 0,
            total: 0,
            phase: '失败',
            result: failed('RULE_VIOLATION', '请先在“设置 → 单位信息”中填写单位名称'),
          }),
      }),
    );
    renderWithApp(<ReportsPage />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('请先在“设置 → 单位信息”中填写单位名称', {}, SOON)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText('请先在“设置 → 单位信息”中填写单位名称')).not.toBeInTheDocument());
  });
});

describe('PersonExportButton (persons toolbar)', () => {
  it('exports the filtered list as a 人员花名册 (all pages, masked) and closes after saving; RPT-01 stays in 报表导出', async () => {
    const fake = createFakeApi(
      handlers({
        'persons.exportRoster': () => ok({ jobId: 'job-1' }),
        'jobs.status': () => done({ fileId: FILE_ID, fileName: FILE_NAME, rows: 37 }),
      }),
    );
    const filters = { townshipId: 't1', sex: '2' as const, ageMin: 30, page: 3, pageSize: 50 as const };
    renderWithApp(<PersonExportButton filters={filters} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    const dialog = await screen.findByRole('dialog', { name: '导出人员花名册' });
    expect(within(dialog).getByText(/就业困难人员实名制台账请在“报表导出”中导出/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 37 人', {}, SOON);
    expect(fake.callsTo('persons.exportRoster')).toEqual([{ townshipId: 't1', sex: '2', ageMin: 30, full: false }]);
    expect(fake.callsTo('reports.export')).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '导出人员花名册' })).not.toBeInTheDocument());
  });
});
