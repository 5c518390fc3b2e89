import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../renderer/src/features/home';
import type { HomeOverview, Reminder } from '../../shared/contract/home';
import { ACCOUNT, SETTINGS, createFakeApi, ok } from './fake-api';
import { PLACES } from './person-fixtures';
import { renderWithApp } from './render';

// happy-dom has no canvas: each chart is shown as its title and the series it was given.
vi.mock('../../renderer/src/features/home/ChartCard', () => ({
  ChartCard: ({
    title,
    option,
    emptyText,
  }: {
    title: string;
    option: { series: { data: unknown[] }[] };
    emptyText?: string;
  }) => (
    <div role="img" aria-label={title}>
      {JSON.stringify(option.series[0].data)}
      {emptyText}
    </div>
  ),
}));

const r = (key: Reminder['key'], count: number, scope: Reminder['scope'] = 'township', late: number | null = null) => ({
  key,
  count,
  late,
  scope,
});

function overview(over: Partial<HomeOverview> = {}): HomeOverview {
  return {
    month: '2025-03',
    previousMonth: '2025-02',
    asOf: '2025-03-15',
    townshipId: null,
    figures: {
      registered: { current: 1234, previous: 1200 },
      difficult: { current: 56, previous: 60 },
      onPost: { current: 80, previous: 80 },
      interns: { current: 7, previous: 5 },
    },
    reminders: [
      r('toContact', 37),
      r('firstContactDue', 2),
      r('lostContact', 0),
      r('pendingVillage', 3),
      r('inNotice', 4, 'township', 1),
      r('assistanceDue', 2),
      r('subsidyEnding', 5),
      r('vacancyReports', 2, 'township', 1),
      r('contractsEnding', 3, 'township', 1),
      r('attendanceMissing', 6, 'county'),
      r('batchesToReview', 0, 'county'),
    ],
    reportDue: { day: 25, date: '2025-03-25', daysLeft: 10 },
    calendarToEnter: null,
    charts: {
      trend: [
        { month: '2025-02', registered: 1200, placements: 3 },
        { month: '2025-03', registered: 1234, placements: 4 },
      ],
      contactRate: [
        { townshipId: 't1', townshipName: '乌帕尔镇', registered: 10, met: 8 },
        { townshipId: 't2', townshipName: '塔什米里克乡', registered: 4, met: 1 },
      ],
      postComposition: [{ code: 'E06:K03', label: '低保对象', count: 80 }],
    },
    ...over,
  };
}

function setup(route: string, data: HomeOverview, account = ACCOUNT) {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: PLACES }),
    'home.overview': () => ok(data),
  });
  renderWithApp(<HomePage />, { api: fake.api, settings: SETTINGS, route, account });
  return fake;
}

const reminders = () => screen.getByRole('region', { name: '待办提醒' });

const contactLinkShown = async () =>
  within(await screen.findByRole('region', { name: '待办提醒' })).findByRole('link', { name: '本月待联系 37 人' });

/** Each reminder link, found by its name, opens the address given. */
const expectLinks = (panel: HTMLElement, links: [string | RegExp, string][]) => {
  for (const [name, href] of links) expect(within(panel).getByRole('link', { name })).toHaveAttribute('href', href);
};

describe('首页', () => {
  it('shows the four figures with their change against last month', async () => {
    setup('/home', overview());
    const registered = await screen.findByRole('region', { name: '登记失业人员' });
    expect(registered).toHaveTextContent('登记失业人员1,234人较上月 增加 34 人');
    expect(screen.getByRole('region', { name: '就业困难人员（在认定期内）' })).toHaveTextContent('较上月 减少 4 人');
    expect(screen.getByRole('region', { name: '公益性岗位在岗人员' })).toHaveTextContent('80人与上月持平');
    expect(screen.getByRole('region', { name: '见习人员' })).toHaveTextContent('7人较上月 增加 2 人');
    expect(screen.getByText('2025年3月，统计至 2025-03-15')).toBeInTheDocument();
  });

  it('links each reminder to its list filtered the same way; zeros are quiet; absent modules show nothing', async () => {
    const { callsTo } = setup('/home', overview());
    await contactLinkShown();
    expect(callsTo('home.overview')).toEqual([{ townshipId: undefined, month: undefined }]);
    expect(screen.getByRole('textbox', { name: '月份' })).toHaveValue('2025-03');
    const panel = reminders();
    expectLinks(panel, [
      ['本月待联系 37 人', '/registrations?list=toContact'],
      ['首次联系待办 2 人', '/registrations?list=firstContactDue'],
      ['待初审 3 人', '/recognitions?tab=pendingVillage'],
      ['公示中 4 人 ，其中 1 人即将期满', '/recognitions?tab=inNotice'],
      ['待就业援助 2 人', '/recognitions?tab=assistanceDue'],
      ['补贴60天内到期 5 人', '/posts/worklists?tab=subsidyEnding&within=60'],
      ['空岗报告待办 2 条 ，其中 1 条已逾期', '/posts/worklists?tab=vacancyReports'],
      ['合同30天内到期 3 人 ，其中 1 人已到期', '/posts/worklists?tab=contractsEnding'],
      ['考勤未录入单位 6 个', '/posts/subsidies?month=2025-03'],
    ]);
    // Zero: grey text, no link.
    expect(within(panel).getByText('6个月未联系 0 人')).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: /6个月未联系/ })).toBeNull();
    expect(within(panel).queryByRole('link', { name: /待审核的花名册/ })).toBeNull();
    // No internship reminders in the answer: no 就业见习 group at all.
    expect(within(panel).queryByRole('region', { name: '就业见习' })).toBeNull();
    expect(within(panel).getByText('月报报送截止日 2025-03-25（还有 10 天）')).toBeInTheDocument();
  });

  it('shows what the navigation badges count, in their words, each opening its list', async () => {
    const base = overview();
    setup(
      '/home?township=t2',
      overview({
        townshipId: 't2',
        reminders: [
          ...base.reminders,
          r('shouldExit', 30),
          r('vacancies', 69),
          r('retiring', 4),
          r('trainingFollowUps', 58),
        ],
      }),
    );
    await contactLinkShown();
    expectLinks(reminders(), [
      ['应退出 30 人', '/recognitions?tab=shouldExit&township=t2'],
      ['空岗 69 个岗位', '/posts/worklists?tab=vacancies&township=t2'],
      ['即将达到退休年龄 4 人', '/posts/worklists?tab=retiring&township=t2'],
      ['补贴60天内到期 5 人', '/posts/worklists?tab=subsidyEnding&within=60&township=t2'],
      ['培训后待跟踪就业 58 人', '/training/followups?township=t2'],
    ]);
    // Session 22: the follow-up list is narrowed to the 乡镇 like the others (it said 职业技能培训（全县） before).
    expect(within(reminders()).queryByText(/职业技能培训（全县）/)).toBeNull();
  });

  it('reads one township from the address and keeps it in the links; county-wide lists say 全县', async () => {
    const base = overview();
    const { callsTo } = setup(
      '/home?township=t2&month=2025-02',
      overview({
        townshipId: 't2',
        month: '2025-02',
        asOf: '2025-02-28',
        reminders: [
          ...base.reminders.map((x) => (x.key === 'attendanceMissing' ? { ...x, scope: 'township' as const } : x)),
          r('internshipsEnding', 2),
        ].map((x) => (x.key === 'batchesToReview' ? { ...x, count: 1 } : x)),
      }),
    );
    await contactLinkShown();
    expect(callsTo('home.overview')).toEqual([{ townshipId: 't2', month: '2025-02' }]);
    // The month picker shows the chosen past month.
    expect(screen.getByRole('textbox', { name: '月份' })).toHaveValue('2025-02');
    // A past month goes into the contact list's address; the working month (2025-03) would not.
    const panel = reminders();
    // Attendance and internships open the township's list; the rosters cover the county.
    expectLinks(panel, [
      ['本月待联系 37 人', '/registrations?month=2025-02&list=toContact&township=t2'],
      ['待初审 3 人', '/recognitions?tab=pendingVillage&township=t2'],
      ['待就业援助 2 人', '/recognitions?tab=assistanceDue&township=t2'],
      ['考勤未录入单位 6 个', '/posts/subsidies?month=2025-02&township=t2'],
      ['30天内见习期满 2 人', '/internships/due?township=t2'],
      [/^待审核的花名册（全县）/, '/posts/subsidies?month=2025-02'],
    ]);
    await waitFor(() => expect(screen.getByRole('combobox', { name: '乡镇(街道)' })).toBeInTheDocument());
    expect(screen.getByTitle('塔什米里克乡')).toBeInTheDocument();
  });

  it('asks the working month when the address names a later or malformed month', async () => {
    const { callsTo } = setup('/home?month=2025-04', overview());
    await screen.findByRole('region', { name: '待办提醒' });
    expect(callsTo('home.overview')).toEqual([{ townshipId: undefined, month: undefined }]);
    expect(screen.getByRole('textbox', { name: '月份' })).toHaveValue('2025-03');
  });

  it('draws the four charts from the series (rate per township in %, target 100 %)', async () => {
    setup('/home', overview());
    expect(await screen.findByRole('img', { name: '登记失业人数（近12个月）' })).toHaveTextContent('[1200,1234]');
    expect(screen.getByRole('img', { name: '公益性岗位新安置人数（近12个月）' })).toHaveTextContent('[3,4]');
    expect(screen.getByRole('img', { name: '本月联系达标率（按乡镇）' })).toHaveTextContent('[80,25]');
    expect(screen.getByRole('img', { name: '公益性岗位在岗人员构成' })).toHaveTextContent(
      '[{"name":"低保对象","value":80}]',
    );
  });

  it('names a past month in the contact-rate chart instead of 本月', async () => {
    setup('/home?month=2025-02', overview({ month: '2025-02', asOf: '2025-02-28' }));
    expect(await screen.findByRole('img', { name: '2025年2月联系达标率（按乡镇）' })).toHaveTextContent('[80,25]');
    expect(screen.queryByRole('img', { name: '本月联系达标率（按乡镇）' })).toBeNull();
  });

  it('says when there is nothing to chart', async () => {
    setup('/home', overview({ charts: { trend: [], contactRate: [], postComposition: [] } }));
    expect(await screen.findByRole('img', { name: '公益性岗位在岗人员构成' })).toHaveTextContent('暂无在岗人员');
    expect(screen.getByRole('img', { name: '本月联系达标率（按乡镇）' })).toHaveTextContent('本月没有登记失业人员');
  });

  it('warns when the working calendar lacks a year; the administrator gets a link to that year', async () => {
    setup('/home', overview({ calendarToEnter: { year: 2026, builtIn: true } }));
    const panel = await screen.findByRole('region', { name: '待办提醒' });
    const alert = within(panel).getByRole('alert');
    expect(alert).toHaveTextContent('工作日历尚未录入2026年的法定节假日');
    expect(alert).toHaveTextContent('未录入时节假日会被当作工作日');
    expect(alert).toHaveTextContent('系统已内置2026年全国节假日安排，可一键填入');
    expect(within(alert).getByRole('link', { name: '去录入2026年节假日' })).toHaveAttribute(
      'href',
      '/settings/calendar?year=2026',
    );
  });

  it('tells a clerk who enters a year not built in, without a link', async () => {
    setup('/home', overview({ calendarToEnter: { year: 2027, builtIn: false } }), { ...ACCOUNT, role: 'clerk' });
    const alert = within(await screen.findByRole('region', { name: '待办提醒' })).getByRole('alert');
    expect(alert).toHaveTextContent('工作日历尚未录入2027年的法定节假日');
    expect(alert).toHaveTextContent('请联系管理员在“设置 → 工作日历”中录入');
    expect(alert).not.toHaveTextContent('一键填入');
    expect(within(alert).queryByRole('link')).toBeNull();
  });

  it('shows no calendar warning when nothing is missing', async () => {
    setup('/home', overview());
    await contactLinkShown();
    expect(within(reminders()).queryByRole('alert')).toBeNull();
  });
});
