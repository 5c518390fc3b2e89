import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../renderer/src/app/AppShell';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

const UNBUILT = ['失业登记与联系', '就业困难人员认定', '公益性岗位', '就业见习'];

function renderShell(route = '/settings/office') {
  const { api } = createFakeApi({ 'regions.list': () => ok({ items: [] }) });
  return renderWithApp(<AppShell />, { api, settings: SETTINGS, route });
}

describe('navigation', () => {
  it('lists the modules in order and marks the unbuilt ones 尚未开放', () => {
    renderShell();
    const nav = screen.getByRole('navigation', { name: '功能模块' });
    const items = within(nav).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['人员信息', ...UNBUILT.map((l) => `${l}尚未开放`), '报表导出', '设置']);
    for (const item of items.slice(1, 5)) expect(within(item).getByText('尚未开放')).toBeInTheDocument();
    for (const built of [items[0], items[5], items[6]]) expect(within(built).queryByText('尚未开放')).not.toBeInTheDocument();
  });

  it('opens a notice, not an error, for a module that is not built', async () => {
    renderShell();
    await userEvent.click(screen.getByRole('menuitem', { name: /就业见习/ }));
    expect(await screen.findByText('该模块尚未开放，将在后续版本提供')).toBeInTheDocument();
    expect(screen.getByText('就业见习', { selector: '.ant-result-title' })).toBeInTheDocument();
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
