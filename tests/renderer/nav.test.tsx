import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useInvalidate } from '../../renderer/src/api';
import { AppShell } from '../../renderer/src/app/AppShell';
import { MODULES } from '../../renderer/src/app/modules';
import type { Result } from '../../shared/contract';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';
import { NO_RECOGNITION_COUNTS } from './recognition-fixtures';

// Modules are opened one by one by different engineers: the expectation follows modules.tsx's `ready` flags.
const LABELS = MODULES.map((m) => (m.ready ? m.label : `${m.label}尚未开放`));

/** Stands for a save anywhere: what useWrite does after a successful write. */
function SaveSomething() {
  const invalidate = useInvalidate();
  return (
    <button type="button" onClick={() => void invalidate(['persons'])}>
      模拟保存
    </button>
  );
}

function renderShell(route = '/settings/office', handlers: FakeHandlers = {}) {
  const fake = createFakeApi({ 'regions.list': () => ok({ items: [] }), ...handlers });
  const ui = (
    <>
      <AppShell />
      <SaveSomething />
    </>
  );
  const save = () => userEvent.click(screen.getByRole('button', { name: '模拟保存' }));
  return { ...renderWithApp(ui, { api: fake.api, settings: SETTINGS, route }), ...fake, save };
}

const NO_BADGES = {
  contacts: { month: '2025-03', asOf: '2025-03-15', toContact: 0, lostContact: 0, firstContactDue: 0 },
  recognitions: NO_RECOGNITION_COUNTS,
  posts: {
    asOf: '2025-03-15',
    vacancies: 0,
    subsidyEnding: 0,
    retiring: 0,
    vacancyReportsDue: 0,
    vacancyReportsLate: 0,
    contractsEnding: 0,
  },
  internships: { ending: 0, expiringBases: 0 },
  training: { followUps: 0 },
};
const badges = (over: Partial<typeof NO_BADGES>) => () => ok({ ...NO_BADGES, ...over });

describe('navigation', () => {
  it('lists the modules in order and marks the unbuilt ones 尚未开放', () => {
    renderShell();
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const items = within(nav).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(LABELS);
    expect(items[0]).toHaveTextContent(/^首页$/);
    expect(items[1]).toHaveTextContent(/^人员信息$/);
    expect(items[2]).toHaveTextContent(/^失业登记与联系$/);
    expect(items.at(-2)).toHaveTextContent(/^报表导出$/);
    expect(items.at(-1)).toHaveTextContent(/^设置$/);
    MODULES.forEach((m, i) => {
      if (m.ready) expect(within(items[i]).queryByText('尚未开放')).not.toBeInTheDocument();
      else expect(within(items[i]).getByText('尚未开放')).toBeInTheDocument();
    });
  });

  it('shows the month’s 本月待联系 count on 失业登记与联系', async () => {
    const counts = { ...NO_BADGES.contacts, toContact: 37, lostContact: 4, firstContactDue: 2 };
    const { callsTo } = renderShell('/settings/office', { 'home.badges': badges({ contacts: counts }) });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const entry = within(nav).getAllByRole('menuitem', { name: /失业登记与联系/ })[0];
    expect(
      await within(entry).findByTitle('本月待联系 37 人，6个月未联系 4 人，首次联系待办 2 人'),
    ).toBeInTheDocument();
    expect(callsTo('home.badges')).toEqual([{}]);
    expect(callsTo('contactWorklists.counts')).toEqual([]);
  });

  it('shows what waits on the 公益性岗位 and 就业见习 work lists beside their names', async () => {
    const posts = {
      ...NO_BADGES.posts,
      vacancies: 3,
      subsidyEnding: 2,
      retiring: 1,
      vacancyReportsDue: 1,
      contractsEnding: 2,
    };
    renderShell('/settings/office', {
      'home.badges': badges({ posts, internships: { ending: 4, expiringBases: 1 } }),
    });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const postsEntry = within(nav).getByRole('menuitem', { name: /公益性岗位/ });
    expect(
      await within(postsEntry).findByTitle(
        '空岗 3 个岗位，补贴60天内到期 2 人，即将达到退休年龄 1 人，空岗报告待办 1 个，合同30天内到期 2 人',
      ),
    ).toHaveTextContent('9');
    const internshipsEntry = within(nav).getByRole('menuitem', { name: /就业见习/ });
    expect(
      await within(internshipsEntry).findByTitle('30天内见习期满 4 人，60天内到期的见习基地 1 个'),
    ).toHaveTextContent('5');
  });

  it('counts the trainees still to follow up beside 职业技能培训', async () => {
    renderShell('/settings/office', { 'home.badges': badges({ training: { followUps: 7 } }) });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const entry = within(nav).getByRole('menuitem', { name: /职业技能培训/ });
    expect(await within(entry).findByTitle('培训后待跟踪就业 7 人')).toHaveTextContent('7');
  });

  it('asks all badges in one read after the page’s own read, not again per route, again after a save', async () => {
    const page = { asOf: '2025-03-15', items: [], total: 0 };
    const { invoke, callsTo, save } = renderShell('/recognitions', {
      'home.badges': badges({ contacts: { ...NO_BADGES.contacts, toContact: 5 } }),
      'recognitionWorklists.counts': () => ok(NO_BADGES.recognitions),
      'recognitionWorklists.pendingVillage': () => ok(page),
    });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    await within(nav).findByTitle(/^本月待联系 5 人/);
    const order = invoke.mock.calls.map(([c]) => c);
    expect(order.indexOf('recognitionWorklists.pendingVillage')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('recognitionWorklists.pendingVillage')).toBeLessThan(order.indexOf('home.badges'));
    for (const name of ['contactWorklists.counts', 'postWorklists.counts', 'internshipWorklists.due'])
      expect(callsTo(name as 'home.badges')).toEqual([]);

    await userEvent.click(within(nav).getByRole('menuitem', { name: /报表导出/ }));
    await userEvent.click(within(nav).getByRole('menuitem', { name: /设置/ }));
    await screen.findByRole('tab', { name: '单位信息' });
    expect(callsTo('home.badges')).toHaveLength(1);

    await save();
    await waitFor(() => expect(callsTo('home.badges')).toHaveLength(2));
  });

  it('drops a badge whose counts can no longer be read, rather than showing old ones', async () => {
    const posts = { ...NO_BADGES.posts, vacancies: 3 };
    let answer: Result<unknown> = ok({ ...NO_BADGES, posts });
    const { save } = renderShell('/settings/office', { 'home.badges': () => answer });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const postsEntry = within(nav).getByRole('menuitem', { name: /公益性岗位/ });
    await within(postsEntry).findByTitle(/^空岗 3 个岗位/);
    answer = failed('INTERNAL', '读取失败');
    await save();
    await waitFor(() => expect(within(postsEntry).queryByTitle(/^空岗 3 个岗位/)).not.toBeInTheDocument());
  });

  it('opens 就业困难人员认定 with its work lists, and counts what waits beside its name', async () => {
    const counts = {
      asOf: '2025-03-15',
      pendingVillage: 2,
      inNotice: 3,
      noticeEnding: 1,
      pendingTownship: 1,
      pendingCounty: 4,
      newThisMonth: 5,
      shouldExit: 1,
      assistanceDue: 0,
    };
    const page = { asOf: '2025-03-15', items: [], total: 0 };
    const { callsTo } = renderShell('/settings/office', {
      'home.badges': badges({ recognitions: counts }),
      'recognitionWorklists.counts': () => ok(counts),
      'recognitionWorklists.pendingVillage': () => ok(page),
    });
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const entry = within(nav).getByRole('menuitem', { name: /就业困难人员认定/ });
    expect(
      await within(entry).findByTitle(
        '待初审 2 人，公示中 3 人，待乡镇审核 1 人，待县级确认 4 人，应退出 1 人，待就业援助 0 人',
      ),
    ).toHaveTextContent('8');
    await userEvent.click(entry);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      '待初审 2',
      '公示中（1 人即将期满） 3',
      '待乡镇审核 1',
      '待县级确认 4',
      '本月新认定 5',
      '应退出 1',
      '待就业援助 0',
      '全部认定',
    ]);
    expect(await screen.findByRole('table', { name: '待初审' })).toBeInTheDocument();
    expect(callsTo('recognitionWorklists.pendingVillage')).toEqual([{ page: 1, pageSize: 20 }]);
  });

  it('shows product, office, operator and today', () => {
    renderShell();
    expect(screen.getByRole('heading', { name: '就业援助台账' })).toBeInTheDocument();
    const bar = screen.getByRole('status', { name: '状态栏' });
    expect(within(bar).getByText('单位：和田县就业服务中心')).toBeInTheDocument();
    expect(within(bar).getByText('操作员：阿依古丽')).toBeInTheDocument();
    expect(within(bar).getByText('今天：2025-03-15')).toBeInTheDocument();
  });

  it('opens 设置 with its two tabs', async () => {
    renderShell('/persons');
    await userEvent.click(screen.getByRole('menuitem', { name: '设置' }));
    expect(await screen.findByRole('tab', { name: '单位信息' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '行政区划' })).toBeInTheDocument();
  });
});
