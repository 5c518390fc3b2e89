import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../../shared/contract/accounts';
import type { BatchDetail, BatchSummary } from '../../shared/contract/subsidies';
import { PersonToolbar } from '../../renderer/src/app/PersonToolbar';
import { PersonListPage } from '../../renderer/src/features/persons/PersonListPage';
import { PERSON_TABS } from '../../renderer/src/app/person-tabs';
import { PersonPage } from '../../renderer/src/features/persons/PersonPage';
import { BatchesTable } from '../../renderer/src/features/subsidies/BatchesTable';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import { DueTab } from '../../renderer/src/features/internships/DueTab';
import { canUse } from '../../shared/contract/permissions';
import { ACCOUNT, SETTINGS, createFakeApi, ok, type FakeHandlers } from './fake-api';
import { ABDU, PLACES, RECOGNISED, listItem } from './person-fixtures';
import { renderWithApp } from './render';
import { postRosterCard } from './roster-card-fixtures';
import { renderPersonRecognitions } from './recognition-scene';

// Issue 19: the screens offer only what the signed-in role may do (the core refuses the rest anyway).

const as = (role: Role): Account => ({ ...ACCOUNT, id: `acc-${role}`, role });

/** Renders `element` as each role in turn (a fake api answering `handlers`), runs `check` on it, and unmounts it. */
async function asEachRole(
  cases: readonly (readonly [Role, boolean])[],
  element: ReactElement,
  check: (role: Role, shown: boolean) => Promise<void>,
  handlers: FakeHandlers = {},
) {
  for (const [role, shown] of cases) {
    const fake = createFakeApi(handlers);
    const { unmount } = renderWithApp(element, { api: fake.api, settings: SETTINGS, account: as(role) });
    await check(role, shown);
    unmount();
  }
}

const ROW = listItem({ id: 'p1', name: '阿不都热合曼·买买提' });

function personScreens(role: Role, route: string) {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: PLACES }),
    'persons.list': () => ok({ items: [ROW], total: 1 }),
    'persons.get': () => ok(ABDU),
    'imports.persons.mappings.list': () => ok([]),
  });
  renderWithApp(
    <Routes>
      <Route path="/persons" element={<PersonListPage Toolbar={PersonToolbar} />} />
      <Route path="/persons/:id" element={<PersonPage tabs={PERSON_TABS} />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route, account: as(role) },
  );
}

const BATCH: BatchSummary = {
  id: 'b1',
  kind: 'post',
  kindLabel: '公益性岗位补贴',
  month: '2025-02',
  supplementary: false,
  scope: 'county',
  scopeId: null,
  scopeName: null,
  name: '2025年2月公益性岗位岗位补贴发放花名册',
  status: 'draft',
  statusLabel: '草稿',
  persons: 3,
  totalFen: 540000,
  preparedBy: '阿依古丽',
  reviewedBy: null,
  reviewedAt: null,
  approvedBy: null,
  paidDate: null,
};

const AT_COUNTY = {
  ...RECOGNISED,
  status: '02',
  statusLabel: '审核中',
  stage: 'county',
  stageLabel: '待县级确认',
  recognitionDate: null,
  steps: RECOGNISED.steps.slice(0, 3),
};

function recognitionsTab(role: Role) {
  renderPersonRecognitions({ 'recognitions.listByPerson': () => ok({ items: [AT_COUNTY] }) }, as(role));
}

describe('role-aware screens (issue 19)', () => {
  it('a 只读 account sees the persons list without 新增, 导入, 编辑 or 删除', async () => {
    personScreens('readonly', '/persons');
    const table = await screen.findByRole('table', { name: '人员列表' });
    await within(table).findByText('阿不都热合曼·买买提');
    expect(within(table).getByRole('button', { name: '查看' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /新增/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导入/ })).not.toBeInTheDocument();
  });

  it('a 乡镇经办 account sees them on the same list', async () => {
    personScreens('clerk', '/persons');
    const table = await screen.findByRole('table', { name: '人员列表' });
    await within(table).findByText('阿不都热合曼·买买提');
    expect(within(table).getByRole('button', { name: '编辑' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: '删除' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新增/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /导入/ })).toBeInTheDocument();
  });

  it('a 只读 account sees the person page without 编辑 or 删除', async () => {
    personScreens('readonly', '/persons/p1');
    await screen.findAllByText('阿不都热合曼·买买提');
    expect(await screen.findByRole('tab', { name: '基本信息' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /编辑/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /删除/ })).not.toBeInTheDocument();
  });

  it('the person page offers 编辑 and 删除 to a 乡镇经办 account', async () => {
    personScreens('clerk', '/persons/p1');
    expect(await screen.findByRole('button', { name: /编辑/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /删除/ })).toBeInTheDocument();
  });

  it('an 审核员 sees 审核 on a draft roster; a 乡镇经办 or 只读 account does not', async () => {
    await asEachRole(
      [
        ['reviewer', true],
        ['clerk', false],
        ['readonly', false],
      ],
      <BatchesTable batches={[BATCH]} loading={false} />,
      async (role, shown) => {
        const table = await screen.findByRole('table', { name: '花名册' });
        expect([role, within(table).queryByRole('button', { name: '审核' }) !== null]).toEqual([role, shown]);
      },
    );
  });

  it('an 审核员 may confirm a recognition at county level; a 乡镇经办 account only sees it waiting', async () => {
    recognitionsTab('reviewer');
    const confirm = await screen.findByRole('button', { name: '县级确认' });
    expect(screen.getByRole('button', { name: '不予认定' })).toBeInTheDocument();
    await userEvent.click(confirm);
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('a 乡镇经办 account sees no 县级确认', async () => {
    recognitionsTab('clerk');
    await screen.findByText('待县级确认');
    expect(screen.queryByRole('button', { name: '县级确认' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '不予认定' })).not.toBeInTheDocument();
  });

  it('a draft 补发/扣回 roster offers 添加 to a 乡镇经办 account, not to a 只读 one', async () => {
    const draft: BatchDetail = {
      ...BATCH,
      supplementary: true,
      name: '2025年2月补发/扣回花名册',
      unentered: 0,
      missingAccounts: [],
      items: [],
    };
    await asEachRole(
      [
        ['clerk', true],
        ['readonly', false],
      ],
      <BatchDrawer id="b1" onClose={() => {}} />,
      async (role, shown) => {
        await screen.findByText('2025年2月补发/扣回花名册');
        expect([role, screen.queryByRole('button', { name: '添加' }) !== null]).toEqual([role, shown]);
      },
      { 'subsidies.get': () => ok(draft), 'subsidies.list': () => ok({ items: [] }) },
    );
  });

  it('a 乡镇经办 account sees no 生成花名册 or 新建补发/扣回花名册 (county-wide); an 审核员 does', async () => {
    await asEachRole(
      [
        ['reviewer', true],
        ['clerk', false],
        ['readonly', false],
      ],
      postRosterCard('2025-02'),
      async (role, shown) => {
        await screen.findByRole('button', { name: '导出花名册' });
        expect([
          role,
          screen.queryByRole('button', { name: '生成花名册' }) !== null,
          screen.queryByRole('button', { name: '新建补发/扣回花名册' }) !== null,
        ]).toEqual([role, shown, shown]);
      },
    );
  });

  it('修改有效期 of an expiring internship base is offered to a 乡镇经办 account, not to a 只读 one', async () => {
    const lists = {
      ending: [],
      expiringBases: [
        { id: 'e1', name: '阿克苏市见习基地', baseValidUntil: '2025-03-01', daysLeft: 20, activeInterns: 2 },
      ],
      counts: { ending: 0, expiringBases: 1 },
    };
    await asEachRole(
      [
        ['clerk', true],
        ['readonly', false],
      ],
      <DueTab lists={lists} error={null} onChanged={() => {}} />,
      async (role, shown) => {
        const table = await screen.findByRole('table', { name: '即将到期的见习基地' });
        await within(table).findByText('阿克苏市见习基地');
        expect([role, within(table).queryByRole('button', { name: '修改有效期' }) !== null]).toEqual([role, shown]);
      },
    );
  });

  it('the screens ask canUse: a 乡镇经办 may import persons and save a column mapping, not import a 考勤表', () => {
    const clerk = as('clerk');
    expect(canUse(clerk, 'imports.placements.commit')).toBe(true);
    expect(canUse(clerk, 'imports.placements.mappings.save')).toBe(true);
    expect(canUse(clerk, 'imports.attendance.commit')).toBe(false);
    expect(canUse(clerk, 'periodLocks.lock')).toBe(false);
    expect(canUse(as('readonly'), 'imports.placements.mappings.save')).toBe(false);
    expect(canUse(as('admin'), 'imports.attendance.commit')).toBe(true);
  });
});
