import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RegionsTab } from '../../renderer/src/features/settings/RegionsTab';
import type { Region } from '../../shared/contract/regions';
import { createFakeApi, failed, ok, region } from './fake-api';
import { fieldItem } from './queries';
import { renderWithFakeApi } from './render';

const TOWN = region({ id: 't1', code: '653221100000', name: '巴格其镇' });
const VILLAGE = region({ id: 'v1', code: '653221100201', name: '阿克铁热克村', parentId: 't1', urbanRuralCode: '220' });
const OLD_VILLAGE = region({ id: 'v2', code: '653221100202', name: '老村', parentId: 't1', retiredOn: '2024-12-01' });
const OLD_TOWN = region({ id: 't2', code: '653221200000', name: '旧乡', retiredOn: '2024-06-30' });
const ALL: Region[] = [TOWN, VILLAGE, OLD_VILLAGE, OLD_TOWN];

function setup(extra: Parameters<typeof createFakeApi>[0] = {}) {
  return renderWithFakeApi(
    <RegionsTab />,
    {
      'regions.list': (i) => ok({ items: ALL.filter((r) => i.includeRetired || !r.retiredOn) }),
      ...extra,
    },
    { route: '/settings/regions' },
  );
}

const table = () => screen.getByRole('table');
const rowOf = (name: string) => within(table()).getByText(name).closest('tr') as HTMLElement;

describe('设置 → 行政区划', () => {
  it('nests villages under their township, expanded, with labels for level, category and status', async () => {
    setup();
    expect(await within(table()).findByText('阿克铁热克村')).toBeInTheDocument();
    const town = rowOf('巴格其镇');
    const village = rowOf('阿克铁热克村');
    expect(town).toHaveAttribute('aria-level', '1');
    expect(village).toHaveAttribute('aria-level', '2');
    expect(within(town).getByText('乡镇(街道)')).toBeInTheDocument();
    expect(within(village).getByText('村(社区)')).toBeInTheDocument();
    expect(within(village).getByText('村庄')).toBeInTheDocument();
    expect(within(village).getByText('在用')).toBeInTheDocument();
    expect(within(town).getByRole('button', { name: '新增村(社区)' })).toBeInTheDocument();
    expect(within(village).queryByRole('button', { name: '新增村(社区)' })).not.toBeInTheDocument();
    expect(screen.queryByText('旧乡')).not.toBeInTheDocument();
    expect(screen.getByText('共 1 个乡镇(街道)，1 个村(社区)')).toBeInTheDocument();
  });

  it('shows retired places with their date and 恢复 when 显示已撤销 is on', async () => {
    const { callsTo } = setup();
    await within(table()).findByText('阿克铁热克村');
    await userEvent.click(screen.getByRole('switch', { name: '显示已撤销' }));

    expect(await within(table()).findByText('旧乡')).toBeInTheDocument();
    expect(callsTo('regions.list')).toContainEqual({ includeRetired: true });
    const old = rowOf('老村');
    expect(old).toHaveAttribute('aria-level', '2');
    expect(within(old).getByText('已撤销 2024-12-01')).toBeInTheDocument();
    expect(within(old).getByRole('button', { name: '恢复' })).toBeInTheDocument();
    expect(within(old).queryByRole('button', { name: '撤销' })).not.toBeInTheDocument();
    expect(within(rowOf('旧乡')).queryByRole('button', { name: '新增村(社区)' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '显示已撤销' }));
    await waitFor(() => expect(screen.queryByText('旧乡')).not.toBeInTheDocument());
  });

  it('asks before retiring, naming the place, then calls regions.retire', async () => {
    const { callsTo } = setup({ 'regions.retire': (i) => ok({ ...VILLAGE, id: i.id, retiredOn: '2025-03-15' }) });
    await within(table()).findByText('阿克铁热克村');
    await userEvent.click(within(rowOf('阿克铁热克村')).getByRole('button', { name: '撤销' }));

    const confirm = await screen.findByRole('tooltip');
    expect(within(confirm).getByText('确定撤销“阿克铁热克村”吗？撤销后不能再选用，可随时恢复。')).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: '确定' }));

    await waitFor(() => expect(callsTo('regions.retire')).toEqual([{ id: 'v1' }]));
    expect(await screen.findByText('已撤销“阿克铁热克村”')).toBeInTheDocument();
  });

  it('pre-fills the code with the parent prefix and shows a conflict at the top, the field message under 区划代码', async () => {
    const { callsTo } = setup({
      'regions.create': () =>
        failed('CONFLICT', '区划代码 653221100201 已被“阿克铁热克村”使用。', { code: '已被“阿克铁热克村”使用' }),
    });
    await within(table()).findByText('阿克铁热克村');

    await userEvent.click(screen.getByRole('button', { name: '新增乡镇(街道)' }));
    let dialog = await screen.findByRole('dialog', { name: '新增乡镇(街道)' });
    expect(within(dialog).getByLabelText('区划代码')).toHaveValue('653221');
    expect(within(dialog).queryByLabelText('城乡分类')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '新增乡镇(街道)' })).not.toBeInTheDocument());

    await userEvent.click(within(rowOf('巴格其镇')).getByRole('button', { name: '新增村(社区)' }));
    dialog = await screen.findByRole('dialog', { name: '新增村(社区)' });
    const code = within(dialog).getByLabelText('区划代码');
    expect(code).toHaveValue('653221100');
    expect(within(dialog).getByLabelText('城乡分类')).toBeInTheDocument();
    await userEvent.type(code, '201');
    await userEvent.type(within(dialog).getByLabelText('名称'), '新村{Enter}');

    expect(await within(dialog).findByText('区划代码 653221100201 已被“阿克铁热克村”使用。')).toBeInTheDocument();
    const codeItem = fieldItem('区划代码', dialog);
    expect(within(codeItem).getByText('已被“阿克铁热克村”使用')).toBeInTheDocument();
    expect(callsTo('regions.create')).toEqual([{ parentId: 't1', code: '653221100201', name: '新村' }]);
  });

  it('asks before closing a changed form with Escape', async () => {
    setup();
    await within(table()).findByText('阿克铁热克村');
    await userEvent.click(within(rowOf('巴格其镇')).getByRole('button', { name: '修改' }));
    const dialog = await screen.findByRole('dialog', { name: '修改：巴格其镇' });
    await userEvent.type(within(dialog).getByLabelText('名称'), '街道');
    await userEvent.keyboard('{Escape}');

    // (Under test, rc-util gives every dialog the same aria-labelledby id, so find the dialog by its text.)
    const ask = (await screen.findByText('关闭后，刚才填写的内容不会保存。')).closest('[role="dialog"]') as HTMLElement;
    expect(within(ask).getAllByText('放弃未保存的内容吗？').length).toBeGreaterThan(0);
    await userEvent.click(within(ask).getByRole('button', { name: '放弃' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改：巴格其镇' })).not.toBeInTheDocument());
  });
});

describe('设置 → 行政区划: built-in list and 城乡分类 (issue 14)', () => {
  it('sets a village 城乡分类 from its row, and loads the county from the built-in list', async () => {
    const { callsTo } = setup({
      'regions.setUrbanRural': (i) => ok({ ...VILLAGE, urbanRuralCode: i.urbanRuralCode }),
      'regions.loadCounty': () => ok({ countyName: '和田县', townshipsCreated: 14, villagesCreated: 200, kept: 2 }),
    });
    await within(table()).findByText('阿克铁热克村');
    expect(within(rowOf('巴格其镇')).queryByRole('combobox')).not.toBeInTheDocument();
    const box = within(rowOf('阿克铁热克村')).getByRole('combobox', { name: '城乡分类：阿克铁热克村' });
    await userEvent.click(box);
    await userEvent.type(box, '镇中心');
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await waitFor(() => expect(callsTo('regions.setUrbanRural')).toEqual([{ id: 'v1', urbanRuralCode: '121' }]));
    expect(await screen.findByText('已设置“阿克铁热克村”的城乡分类')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '载入本县统计用区划' }));
    await userEvent.click(await screen.findByRole('button', { name: '载入' }));
    expect(
      await screen.findByText('已载入和田县：新增 14 个乡镇(街道)、200 个村(社区)，已有 2 个保持不变'),
    ).toBeInTheDocument();
    expect(callsTo('regions.loadCounty')).toEqual([{ countyCode: '653221' }]);
  });
});
