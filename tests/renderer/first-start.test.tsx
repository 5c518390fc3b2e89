import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppBootstrap } from '../../renderer/src/app/AppBootstrap';
import { AppProviders } from '../../renderer/src/app/AppProviders';
import { FirstStartModal } from '../../renderer/src/app/FirstStartModal';
import type { AppSettings } from '../../shared/contract/settings';
import { INFO, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('first start: 操作员姓名', () => {
  it('refuses an empty name with the message under the field', async () => {
    const { api, callsTo } = createFakeApi({
      'settings.setOperator': (i) => ok({ operatorName: i.name, office: null }),
    });
    renderWithApp(<FirstStartModal onDone={vi.fn()} />, { api });

    expect(screen.getByText('首次使用：请输入操作员姓名')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '确定' }));

    expect(await within(fieldOf('操作员姓名')).findByText('请填写操作员姓名')).toBeInTheDocument();
    expect(callsTo('settings.setOperator')).toHaveLength(0);
  });

  it('saves the typed name (Enter submits) and hands back the new settings', async () => {
    const saved: AppSettings = { operatorName: '阿依古丽', office: null };
    const { api, callsTo } = createFakeApi({ 'settings.setOperator': () => ok(saved) });
    const onDone = vi.fn();
    renderWithApp(<FirstStartModal onDone={onDone} />, { api });

    await userEvent.type(screen.getByLabelText('操作员姓名'), '  阿依古丽{Enter}');

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(saved));
    // The contract's schema trims, as the core will.
    expect(callsTo('settings.setOperator')).toEqual([{ name: '阿依古丽' }]);
  });

  it('shows the shell after the name, and opens 单位信息 when no office is set', async () => {
    let settings: AppSettings = { operatorName: null, office: null };
    const { api } = createFakeApi({
      'settings.get': () => ok(settings),
      'system.info': () => ok(INFO),
      'settings.setOperator': (i) => ok((settings = { operatorName: i.name, office: null })),
      'regions.list': () => ok({ items: [] }),
    });
    render(
      <AppProviders api={api}>
        <MemoryRouter initialEntries={['/']}>
          <AppBootstrap />
        </MemoryRouter>
      </AppProviders>,
    );

    await userEvent.type(await screen.findByLabelText('操作员姓名'), '王建国');
    await userEvent.click(screen.getByRole('button', { name: '确定' }));

    expect(await screen.findByText('请先填写单位信息', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '单位信息', selected: true })).toBeInTheDocument();
    expect(screen.getByText('操作员：王建国')).toBeInTheDocument();
    expect(screen.getByText('单位：未设置')).toBeInTheDocument();
    expect(screen.getByText('今天：2025-03-15')).toBeInTheDocument();
    expect(screen.queryByText('首次使用：请输入操作员姓名')).not.toBeInTheDocument();
  });
});
