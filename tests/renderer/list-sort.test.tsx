import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PostListItem } from '../../shared/contract/posts';
import { InternListTab } from '../../renderer/src/features/internships/InternListTab';
import { EmployerListPage } from '../../renderer/src/features/posts/EmployerListPage';
import { PostListPage } from '../../renderer/src/features/posts/PostListPage';
import { ClassListTab } from '../../renderer/src/features/training/ClassListTab';
import { SETTINGS, createFakeApi, ok, type FakeHandlers } from './fake-api';
import { INTERN_BASE, internRow } from './internship-fixtures';
import { renderWithApp } from './render';
import { CLASS, PROVIDER } from './training-scene';

// Column sorts of the module lists (UI.md list page): a header click puts the sort in the address (sort=field.asc)
// and sends it to the list channel from page 1; a second click sorts descending; a sort in the address is sent
// from the start and shown on its header.

const POST: PostListItem = {
  id: 'po1',
  postCode: 'GY-001',
  title: '保洁员',
  employerId: 'e1',
  employerName: '乌帕尔镇人民政府',
  postType: 'U02',
  areaType: 'urban',
  townshipName: '乌帕尔镇',
  workRegionName: '乌帕尔村',
  approvedCount: 2,
  onPost: 1,
  vacancies: 1,
  monthlyStandardFen: 190_000,
  status: 'active',
  validUntil: null,
};

const INTERN = internRow();

interface ListCase {
  list: string;
  route: string;
  channel: 'posts.list' | 'employers.list' | 'internships.list' | 'training.classes.list';
  table: string;
  shown: string;
  handlers: FakeHandlers;
  render: () => ReactElement;
  /** Header text → the sort field it sends. */
  headers: [string, string][];
  /** Code filters in the address that are not codes (an old or mistyped address), and what the list sends instead. */
  unknownCodes: { query: string; sent: Record<string, unknown> };
}

const LISTS: ListCase[] = [
  {
    list: '公益性岗位',
    route: '/posts',
    channel: 'posts.list',
    table: '岗位列表',
    shown: POST.postCode,
    handlers: { 'posts.list': () => ok({ items: [POST], total: 1 }) },
    render: () => <PostListPage />,
    headers: [
      ['岗位编号', 'postCode'],
      ['用人单位', 'employerName'],
      ['空岗', 'vacancies'],
      ['补贴标准', 'monthlyStandard'],
      ['有效期至', 'validUntil'],
    ],
    unknownCodes: { query: 'status=planned&area=mars', sent: { status: 'active', areaType: undefined } },
  },
  {
    list: '用人单位',
    route: '/posts/employers',
    channel: 'employers.list',
    table: '用人单位列表',
    shown: INTERN_BASE.name,
    handlers: { 'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }) },
    render: () => <EmployerListPage />,
    headers: [
      ['单位名称', 'name'],
      ['统一社会信用代码', 'uscc'],
      ['有效岗位', 'activePostCount'],
    ],
    unknownCodes: { query: 'nature=zz', sent: { nature: undefined } },
  },
  {
    list: '见习人员',
    route: '/internships/interns',
    channel: 'internships.list',
    table: '见习人员列表',
    shown: INTERN.personName,
    handlers: {
      'internships.list': () => ok({ items: [INTERN], total: 1 }),
      'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
    },
    render: () => <InternListTab onChanged={vi.fn()} />,
    headers: [
      ['姓名', 'personName'],
      ['见习单位', 'hostName'],
      ['见习协议起止', 'agreementEnd'],
    ],
    unknownCodes: { query: 'status=planned', sent: { status: undefined } },
  },
  {
    list: '培训班',
    route: '/training/classes',
    channel: 'training.classes.list',
    table: '培训班列表',
    shown: CLASS.code,
    handlers: {
      'training.classes.list': () => ok({ items: [CLASS], total: 1 }),
      'training.providers.list': () => ok({ items: [PROVIDER] }),
    },
    render: () => <ClassListTab />,
    headers: [
      ['班级编号', 'code'],
      ['培训起止', 'startDate'],
      ['学时', 'hours'],
      ['人数', 'enrolled'],
    ],
    unknownCodes: { query: 'status=planned&type=zz', sent: { status: null, trainingType: null } },
  },
];

const cases = LISTS.flatMap((l) => l.headers.map(([header, field]) => ({ ...l, header, field })));

/** The table is busy (under antd's loading blur) while it reloads; a clerk clicks again once it has loaded. */
const settled = () => waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());

describe('sortable columns of the module lists', { timeout: 60_000 }, () => {
  it.each(cases)('$list: $header sorts by $field, ascending then descending', async (c) => {
    const fake = createFakeApi(c.handlers);
    const { router } = renderWithApp(c.render(), { api: fake.api, settings: SETTINGS, route: `${c.route}?page=2` });
    const table = () => screen.getByRole('table', { name: c.table });
    await within(table()).findByText(c.shown);
    const header = () => within(table()).getByRole('columnheader', { name: new RegExp(c.header) });

    await userEvent.click(header());
    await waitFor(() =>
      expect(fake.callsTo(c.channel).at(-1)).toMatchObject({ sort: { field: c.field, order: 'asc' }, page: 1 }),
    );
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe(`${c.field}.asc`);
    expect(router.state.location.search).not.toContain('page=');
    await settled();
    await userEvent.click(header());
    await waitFor(() =>
      expect(fake.callsTo(c.channel).at(-1)).toMatchObject({ sort: { field: c.field, order: 'desc' } }),
    );
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe(`${c.field}.desc`);
    await settled();
    expect(header()).toHaveAttribute('aria-sort', 'descending');
  });

  it.each(LISTS)('$list: a sort in the address is sent from the start; an unknown one is left out', async (c) => {
    const [header, field] = c.headers[c.headers.length - 1];
    const fake = createFakeApi(c.handlers);
    renderWithApp(c.render(), { api: fake.api, settings: SETTINGS, route: `${c.route}?sort=${field}.desc` });
    await screen.findByText(c.shown);
    expect(fake.callsTo(c.channel)[0]).toMatchObject({ sort: { field, order: 'desc' } });
    expect(
      within(screen.getByRole('table', { name: c.table })).getByRole('columnheader', { name: new RegExp(header) }),
    ).toHaveAttribute('aria-sort', 'descending');

    const other = createFakeApi(c.handlers);
    renderWithApp(c.render(), { api: other.api, settings: SETTINGS, route: `${c.route}?sort=id.desc` });
    await waitFor(() => expect(other.callsTo(c.channel).length).toBeGreaterThan(0));
    expect(other.callsTo(c.channel)[0]).not.toHaveProperty('sort.field');
  });

  it.each(LISTS)('$list: a code filter in the address that is not a code is dropped, not sent', async (c) => {
    const fake = createFakeApi(c.handlers);
    renderWithApp(c.render(), { api: fake.api, settings: SETTINGS, route: `${c.route}?${c.unknownCodes.query}` });
    await screen.findByText(c.shown);
    const sent = fake.callsTo(c.channel)[0] as Record<string, unknown>;
    for (const [key, value] of Object.entries(c.unknownCodes.sent)) expect([key, sent[key]]).toEqual([key, value]);
    // Nor shown in its select: the select shows its placeholder.
    for (const shown of new URLSearchParams(c.unknownCodes.query).values())
      expect(screen.queryByText(shown)).toBeNull();
  });
});
