import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PERSON_TABS } from '../../renderer/src/app/person-tabs';
import { PersonPage } from '../../renderer/src/features/persons/PersonPage';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { ABDU, ID_ABDU, PLACES, RECOGNISED } from './person-fixtures';
import { dialogTitled } from './queries';
import { renderWithApp } from './render';

function setup() {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: PLACES }),
    'persons.get': () => ok(ABDU),
    'persons.revealId': () => ok({ idNumber: ID_ABDU }),
    'recognitions.listByPerson': () => ok({ items: [RECOGNISED] }),
    'audit.list': () =>
      ok({
        items: [
          {
            id: 'a2',
            at: '2025-03-14T04:05:00.000Z',
            operator: '阿依古丽',
            channel: 'persons.revealId',
            entity: 'person',
            entityId: 'p1',
            summary: '查看完整公民身份号码：阿不都热合曼·买买提',
          },
          {
            id: 'a1',
            at: '2025-03-01T02:00:00.000Z',
            operator: '阿依古丽',
            channel: 'persons.create',
            entity: 'person',
            entityId: 'p1',
            summary: '新增人员“阿不都热合曼·买买提”（653121********109X）',
          },
        ],
      }),
  });
  renderWithApp(
    <Routes>
      <Route path="/persons/:id" element={<PersonPage tabs={PERSON_TABS} />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route: '/persons/p1' },
  );
  return fake;
}

describe('人员页', () => {
  it('shows the key facts with the ID masked, and the basic facts as labels', async () => {
    const { callsTo } = setup();
    expect(await screen.findByRole('heading', { name: ABDU.name })).toBeInTheDocument();
    const tags = screen.getByLabelText('人员标签');
    for (const t of ['男', '25岁', '维吾尔族', '失业(未就业)', '就业困难人员'])
      expect(within(tags).getByText(t)).toBeInTheDocument();
    expect(screen.getByText('653121********109X')).toBeInTheDocument();
    expect(screen.getByText('2063-02（63岁）')).toBeInTheDocument();
    expect(screen.getByText('乌帕尔镇 阿亚格曼干村')).toBeInTheDocument();
    expect(screen.getByText('脱贫人口(脱贫享受政策)')).toBeInTheDocument();
    expect(screen.getByText('**** 1234')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '家庭成员' })).getByText('配偶')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(ID_ABDU);

    await userEvent.click(screen.getByRole('button', { name: '显示完整号码' }));
    expect(await screen.findByText(ID_ABDU)).toBeInTheDocument();
    expect(callsTo('persons.revealId')).toEqual([{ id: 'p1' }]);
  });

  it('has a tab per module, the recognitions with their steps, and the audit trail', async () => {
    const { callsTo } = setup();
    await screen.findByRole('heading', { name: ABDU.name });
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual([
      '基本信息',
      '失业登记与联系',
      '就业困难认定',
      '公益性岗位',
      '就业见习',
      '培训',
      '灵活就业补贴',
      '操作记录',
    ]);

    await userEvent.click(screen.getByRole('tab', { name: '就业困难认定' }));
    const card = await screen.findByRole('region', { name: '认定 2025-01-06' });
    expect(within(card).getByText('已认定')).toBeInTheDocument();
    expect(within(card).getByText('低保对象、长期失业人员')).toBeInTheDocument();
    expect(within(card).getByText('2025-01-10 至 2025-01-12')).toBeInTheDocument();
    const steps = within(card).getByRole('table', { name: '办理环节' });
    expect(
      within(steps)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      '申请2025-01-06阿依古丽',
      '村(社区)初审2025-01-09村委会李主任同意',
      '乡镇(街道)审核2025-01-14王干事',
      '县级确认2025-01-20赵科长',
    ]);
    expect(within(card).getByRole('button', { name: '退出认定' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '申请认定' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '操作记录' }));
    const log = await screen.findByRole('table', { name: '操作记录' });
    expect(await within(log).findByText('查看完整公民身份号码：阿不都热合曼·买买提')).toBeInTheDocument();
    expect(within(log).getAllByText('阿依古丽')).toHaveLength(2);
    expect(callsTo('audit.list')).toEqual([{ personId: 'p1', limit: 200 }]);
  });

  it('opens the edit drawer from 编辑 with the stored values', async () => {
    setup();
    await screen.findByRole('heading', { name: ABDU.name });
    await userEvent.click(screen.getByRole('button', { name: '编辑' }));
    const drawer = await waitFor(() => dialogTitled(`编辑人员：${ABDU.name}`));
    expect(within(drawer).getByLabelText('姓名')).toHaveValue(ABDU.name);
    expect(within(drawer).getByLabelText('联系电话')).toHaveValue('13899012345');
    expect(within(drawer).getByText('2000-02-29')).toBeInTheDocument();
  });
});
