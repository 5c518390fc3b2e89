import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppShell } from '../../renderer/src/app/AppShell';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { LEAVE_QUESTION, findLeaveQuestion } from './queries';
import { renderWithApp } from './render';

// UI.md: nothing is lost by closing a window. A form on a page (设置 → 单位信息 here) asks before the app goes to
// another page while it holds unsaved input, with the words of the drawers' and modals' question.

function openOfficeForm() {
  const fake = createFakeApi({ 'regions.list': () => ok({ items: [] }) });
  const { router } = renderWithApp(<AppShell />, { api: fake.api, settings: SETTINGS, route: '/settings/office' });
  const nav = screen.getByRole('navigation', { name: '功能模块' });
  const go = (label: string) => userEvent.click(within(nav).getByRole('menuitem', { name: new RegExp(label) }));
  const path = () => router.state.location.pathname;
  const name = () => screen.getByLabelText('单位名称');
  return { router, go, path, name };
}

describe('leaving a page form with unsaved input', () => {
  it('goes to another page without asking when nothing changed', async () => {
    const { go, path } = openOfficeForm();
    await go('报表导出');
    await waitFor(() => expect(path()).toBe('/reports'));
    expect(screen.queryByText(LEAVE_QUESTION)).not.toBeInTheDocument();
  });

  it('asks first; 继续填写 keeps the input and the address', async () => {
    const { go, path, name } = openOfficeForm();
    await userEvent.type(name(), '（新）');
    await go('报表导出');

    const ask = await findLeaveQuestion();
    expect(within(ask).getAllByText('放弃未保存的内容吗？').length).toBeGreaterThan(0);
    await userEvent.click(within(ask).getByRole('button', { name: '继续填写' }));

    expect(path()).toBe('/settings/office');
    expect(name()).toHaveValue('和田县就业服务中心（新）');
    // The question was answered: the form is still there to type on, and still guarded.
    await userEvent.type(name(), '！');
    await go('人员信息');
    await waitFor(() => expect(screen.getAllByText(LEAVE_QUESTION)).toHaveLength(2));
    expect(path()).toBe('/settings/office');
    expect(name()).toHaveValue('和田县就业服务中心（新）！');
  });

  it('放弃 goes to the page the clerk chose', async () => {
    const { go, path, name } = openOfficeForm();
    await userEvent.type(name(), '（新）');
    await go('人员信息');
    await userEvent.click(within(await findLeaveQuestion()).getByRole('button', { name: '放弃' }));
    await waitFor(() => expect(path()).toBe('/persons'));
    expect(screen.queryByLabelText('单位名称')).not.toBeInTheDocument();
  });

  it('asks on going back or forward in the history too', async () => {
    const { router, path, name } = openOfficeForm();
    await act(() => router.navigate('/persons'));
    await act(() => router.navigate(-1));
    await userEvent.type(name(), '（新）');
    await act(() => router.navigate(1));
    await findLeaveQuestion();
    expect(path()).toBe('/settings/office');
    expect(name()).toHaveValue('和田县就业服务中心（新）');
  });

  it('moves between the 设置 tabs without asking: they keep their input', async () => {
    const { path, name } = openOfficeForm();
    await userEvent.type(name(), '（新）');
    await userEvent.click(screen.getByRole('tab', { name: '行政区划' }));
    await waitFor(() => expect(path()).toBe('/settings/regions'));
    expect(screen.queryByText(LEAVE_QUESTION)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '单位信息' }));
    expect(name()).toHaveValue('和田县就业服务中心（新）');
  });
});
