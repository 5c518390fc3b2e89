import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InternListTab } from '../../renderer/src/features/internships/InternListTab';
import { PostListPage } from '../../renderer/src/features/posts/PostListPage';
import { ClassListTab } from '../../renderer/src/features/training/ClassListTab';
import { RecognitionWorklistsPage } from '../../renderer/src/features/recognitions/RecognitionWorklistsPage';
import { RegistrationContactEntry } from '../../renderer/src/features/registrations';
import { WorklistsPage } from '../../renderer/src/features/registrations/WorklistsPage';
import { NO_RECOGNITION_COUNTS } from './recognition-fixtures';
import { ACCOUNT, SETTINGS, createFakeApi, ok, type FakeHandlers } from './fake-api';
import { stubDownloads } from './downloads';
import { renderWithApp } from './render';
import { SOON } from './queries';
import { T1, exportHandlers } from './report-export-scene';

// 导出 on a module's list toolbar (uiaudit item 6; UI.md "新增, 导入, 导出 and the module's reports"): a menu of the
// module's reports; one opens the 报表导出 form in a dialog, started from the list's 乡镇 and period filters, and
// exports through reports.export (the same job, masked numbers by default).

const EMPTY = () => ok({ items: [], total: 0 });

interface Surface {
  module: string;
  route: string;
  handlers: FakeHandlers;
  render: () => ReactElement;
  /** The menu's entries, in the catalogue's order. */
  reports: string[];
  pick: string;
  /** The export's input once the dialog's 导出 is pressed untouched. */
  sent: Record<string, unknown>;
  /** The picked report's workbook has no ID, phone or bank number column: no 导出完整号码 choice (system.info). */
  noNumbers?: true;
}

const SURFACES: Surface[] = [
  {
    module: '公益性岗位',
    route: '/posts?town=t1',
    handlers: { 'posts.list': EMPTY },
    render: () => <PostListPage />,
    reports: [
      'RPT-03 公益性岗位开发(岗位)台账',
      'RPT-04 公益性岗位安置人员花名册',
      'RPT-05 公益性岗位考勤表',
      'RPT-06 公益性岗位补贴发放花名册',
      'RPT-07 公益性岗位安置情况统计表',
    ],
    pick: 'RPT-04 公益性岗位安置人员花名册',
    sent: { report: 'RPT-04', month: '2025-03', full: false, townshipId: 't1' },
  },
  {
    module: '见习人员',
    route: '/internships/interns?town=t1',
    handlers: { 'internships.list': EMPTY, 'employers.list': EMPTY },
    render: () => <InternListTab onChanged={vi.fn()} />,
    reports: ['RPT-08 就业见习人员花名册', 'RPT-09 就业见习补贴发放花名册', 'RPT-10 就业见习情况统计表'],
    pick: 'RPT-10 就业见习情况统计表',
    // The internship reports are county-wide: the list's 乡镇 is not passed on; 统计期 = the quarter so far.
    sent: { report: 'RPT-10', from: '2025-01', to: '2025-03', full: false },
    noNumbers: true,
  },
  {
    module: '培训班',
    route: '/training/classes?from=2025-01-10&to=2025-02-20',
    handlers: { 'training.classes.list': EMPTY, 'training.providers.list': EMPTY },
    render: () => <ClassListTab />,
    reports: ['RPT-13 职业技能培训学员花名册', 'RPT-14 职业培训补贴申领花名册', 'RPT-15 职业技能培训情况统计表'],
    pick: 'RPT-15 职业技能培训情况统计表',
    // 期间起/期间止 give the 统计期's months.
    sent: { report: 'RPT-15', from: '2025-01', to: '2025-02', full: false, groupBy: 'township' },
    noNumbers: true,
  },
  {
    module: '就业困难人员认定',
    route: '/recognitions?tab=pendingVillage&township=t1',
    handlers: {
      'recognitionWorklists.counts': () => ok(NO_RECOGNITION_COUNTS),
      'recognitionWorklists.pendingVillage': () => ok({ asOf: '2025-03-15', items: [], total: 0 }),
    },
    render: () => <RecognitionWorklistsPage contactEntry={RegistrationContactEntry} />,
    reports: [
      'RPT-01 就业困难人员实名制台账',
      'RPT-02 就业困难人员认定及就业情况统计表',
      'GS-01 就业困难人员认定公示名单',
    ],
    pick: 'RPT-02 就业困难人员认定及就业情况统计表',
    sent: { report: 'RPT-02', month: '2025-03', full: false, townshipId: 't1' },
    noNumbers: true,
  },
  {
    module: '失业登记与联系',
    route: '/?month=2025-02',
    handlers: {
      'regions.list': () => ok({ items: [] }),
      'contactWorklists.counts': () =>
        ok({ month: '2025-02', asOf: '2025-02-28', toContact: 0, lostContact: 0, firstContactDue: 0 }),
      'contactWorklists.toContact': () =>
        ok({ items: [], total: 0, asOf: '2025-02-28', month: '2025-02', groups: [], staff: [] }),
    },
    render: () => <WorklistsPage />,
    reports: ['RPT-11 登记失业人员跟踪服务台账', 'RPT-12 登记失业人员定期联系情况统计表'],
    pick: 'RPT-11 登记失业人员跟踪服务台账',
    // The work lists' month is the ledger's 所属期.
    sent: { report: 'RPT-11', month: '2025-02', full: false },
  },
];

const FILE = { fileName: '653221_RPT_202503.xlsx', rows: 12 };

beforeEach(() => {
  stubDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openReport(name: string) {
  await userEvent.click(await screen.findByRole('button', { name: '导出' }));
  await userEvent.click(await screen.findByRole('menuitem', { name }));
  return screen.findByRole('dialog');
}

describe('导出 menu on the module lists', { timeout: 60_000 }, () => {
  it.each(SURFACES)('$module: offers the module’s reports and exports one with the list’s filters', async (s) => {
    const fake = createFakeApi(exportHandlers(FILE, [T1], s.handlers));
    renderWithApp(s.render(), { api: fake.api, settings: SETTINGS, route: s.route });
    await userEvent.click(await screen.findByRole('button', { name: '导出' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(s.reports);
    await userEvent.click(within(menu).getByRole('menuitem', { name: s.pick }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(`导出：${s.pick.slice(s.pick.indexOf(' ') + 1)}`)).toBeInTheDocument();
    if (s.noNumbers) expect(within(dialog).queryByRole('checkbox', { name: '导出完整号码' })).toBeNull();
    else expect(within(dialog).getByRole('checkbox', { name: '导出完整号码' })).not.toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已导出 12 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([s.sent]);
    // A saved export closes the dialog.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the list’s 乡镇 in the form and warns before a full export', async () => {
    const fake = createFakeApi(exportHandlers(FILE, [T1], SURFACES[0].handlers));
    renderWithApp(<PostListPage />, { api: fake.api, settings: SETTINGS, route: '/posts?town=t1' });
    const dialog = await openReport('RPT-04 公益性岗位安置人员花名册');
    const township = within(dialog).getByRole('combobox', { name: '乡镇(街道)' });
    expect(township.closest('.ant-select')).toHaveTextContent('巴格其镇');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: '导出完整号码' }));
    expect(within(dialog).getByText('内部资料，注意保密；此操作将被记录。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '导出' }));
    await screen.findByText('已导出 12 行', {}, SOON);
    expect(fake.callsTo('reports.export')).toEqual([
      { report: 'RPT-04', month: '2025-03', full: true, townshipId: 't1' },
    ]);
  });

  it('offers no full numbers to an account without 导出完整号码; closing the dialog sends nothing', async () => {
    const fake = createFakeApi(exportHandlers(FILE, [T1], SURFACES[1].handlers));
    renderWithApp(<InternListTab onChanged={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      route: '/internships/interns',
      account: { ...ACCOUNT, fullIdExport: false },
    });
    const dialog = await openReport('RPT-08 就业见习人员花名册');
    expect(within(dialog).getByLabelText('起始月份')).toHaveValue('2025-01');
    expect(within(dialog).queryByRole('checkbox', { name: '导出完整号码' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.callsTo('reports.export')).toEqual([]);
  });
});
