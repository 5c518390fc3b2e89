import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/accounts';
import { AccountsTab } from '../../renderer/src/features/settings/accounts/AccountsTab';
import { ACCOUNT, createFakeApi, failed, ok } from './fake-api';
import { renderWithFakeApi } from './render';

// 设置 → 账号管理: 停用/启用 asks first and says how it went; the lock time is saved with the core's answer.

const CLERK: Account = {
  id: '0b7a8a52-3c1e-4f63-9a57-1f3a4d2b6c01',
  username: 'maimaiti',
  displayName: '买买提',
  role: 'clerk',
  fullIdExport: false,
  townshipIds: [],
  active: true,
  lockedUntil: null,
};

function setup(over: Parameters<typeof createFakeApi>[0] = {}) {
  return renderWithFakeApi(<AccountsTab />, {
    'accounts.list': () => ok({ items: [ACCOUNT, CLERK] }),
    'auth.status': () => ok({ needsSetup: false, account: ACCOUNT, lockMinutes: 10 }),
    'regions.list': () => ok({ items: [] }),
    ...over,
  });
}

const rowOf = async (username: string) =>
  (await within(await screen.findByRole('table', { name: '账号列表' })).findByText(username)).closest(
    'tr',
  ) as HTMLElement;

describe('账号管理', { timeout: 60_000 }, () => {
  it('停用 asks first naming the account, then sends it and says so', async () => {
    const fake = setup({ 'accounts.deactivate': () => ok({ ...CLERK, active: false }) });
    await userEvent.click(within(await rowOf('maimaiti')).getByRole('button', { name: '停用' }));
    const ask = (await screen.findByText('停用后该账号不能登录；它留下的操作记录保留。')).closest(
      '.ant-modal',
    ) as HTMLElement;
    expect(ask).toHaveTextContent('停用账号“maimaiti”？');
    expect(fake.callsTo('accounts.deactivate')).toEqual([]);
    await userEvent.click(within(ask).getByRole('button', { name: '停用' }));
    expect(await screen.findByText('已停用')).toBeInTheDocument();
    expect(fake.callsTo('accounts.deactivate')).toEqual([{ id: CLERK.id }]);
  });

  it("启用 a stopped account; the core's refusal is shown", async () => {
    const REFUSED = '账号数已达上限';
    const fake = setup({
      'accounts.list': () => ok({ items: [ACCOUNT, { ...CLERK, active: false }] }),
      'accounts.activate': () => failed('RULE_VIOLATION', REFUSED),
    });
    await userEvent.click(within(await rowOf('maimaiti')).getByRole('button', { name: '启用' }));
    const [title] = await screen.findAllByText('启用账号“maimaiti”？');
    await userEvent.click(within(title.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '启用' }));
    expect(await screen.findByText(REFUSED)).toBeInTheDocument();
    expect(fake.callsTo('accounts.activate')).toEqual([{ id: CLERK.id }]);
  });

  it('saves the lock time and says what the core kept', async () => {
    const fake = setup({ 'accounts.setLockMinutes': () => ok({ lockMinutes: 15 }) });
    const box = await screen.findByLabelText('无操作自动锁定（分钟）');
    await waitFor(() => expect(box).toHaveValue('10'));
    await userEvent.clear(box);
    await userEvent.type(box, '15');
    await userEvent.click(screen.getByRole('button', { name: '保存锁定时间' }));
    expect(await screen.findByText('已保存：无操作15分钟后自动锁定')).toBeInTheDocument();
    expect(fake.callsTo('accounts.setLockMinutes')).toEqual([{ minutes: 15 }]);
  });

  it('重设密码: the new password is checked under the field; Ctrl+S sends it; Esc asks once something was typed', async () => {
    const fake = setup({ 'accounts.resetPassword': () => ok(CLERK) });
    await userEvent.click(within(await rowOf('maimaiti')).getByRole('button', { name: '重设密码' }));
    const box = await screen.findByRole('dialog', { name: '重设密码：maimaiti' });
    await userEvent.type(within(box).getByLabelText('新密码'), 'short');
    await userEvent.keyboard('{Escape}');
    const ask = (await screen.findByText('关闭后，刚才填写的内容不会保存。')).closest('[role="dialog"]') as HTMLElement;
    await userEvent.click(within(ask).getByRole('button', { name: '继续填写' }));

    await userEvent.click(within(box).getByRole('button', { name: '重设' }));
    expect(await within(box).findByText('新密码至少8位')).toBeInTheDocument();
    expect(fake.callsTo('accounts.resetPassword')).toEqual([]);

    await userEvent.clear(within(box).getByLabelText('新密码'));
    await userEvent.type(within(box).getByLabelText('新密码'), 'Kashgar-2026');
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('已重设“maimaiti”的密码')).toBeInTheDocument();
    expect(fake.callsTo('accounts.resetPassword')).toEqual([{ id: CLERK.id, password: 'Kashgar-2026' }]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '重设密码：maimaiti' })).toBeNull());
  });
});
