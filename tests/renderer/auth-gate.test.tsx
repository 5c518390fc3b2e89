import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reportSessionExpired } from '../../renderer/src/api';
import { AuthGate } from '../../renderer/src/features/auth/AuthGate';
import { ACCOUNT, createFakeApi, failed, ok } from './fake-api';
import { renderWithApp } from './render';

const page = (
  <label>
    备注
    <input />
  </label>
);

describe('auth gate (issue 19)', () => {
  it('on an empty data folder shows the first-start screen, then the recovery code before the app', async () => {
    const { api, callsTo } = createFakeApi({
      'auth.status': () => ok({ needsSetup: true, account: null, lockMinutes: 10 }),
      'auth.setup': (i) =>
        ok({ account: { ...ACCOUNT, username: i.username, displayName: i.displayName }, recoveryCode: 'ABCDE-FGHJK' }),
    });
    renderWithApp(<AuthGate>{page}</AuthGate>, { api });
    await userEvent.type(await screen.findByLabelText('姓名'), '阿依古丽');
    await userEvent.type(screen.getByLabelText('密码'), 'Aa12345678');
    await userEvent.type(screen.getByLabelText('再次输入密码'), 'Aa12345678');
    await userEvent.click(screen.getByRole('button', { name: '创建管理员' }));
    expect(await screen.findByText('ABCDE-FGHJK')).toBeInTheDocument();
    expect(callsTo('auth.setup')).toEqual([{ username: 'admin', displayName: '阿依古丽', password: 'Aa12345678' }]);
    expect(screen.queryByLabelText('备注')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '进入台账' })).toBeDisabled();
    await userEvent.click(screen.getByText('我已抄写或打印恢复码并妥善保管'));
    await userEvent.click(screen.getByRole('button', { name: '进入台账' }));
    expect(await screen.findByLabelText('备注')).toBeInTheDocument();
  });

  it('an ended session covers the page with the lock; the password opens it and the typed input is still there', async () => {
    const { api, callsTo } = createFakeApi({
      'auth.status': () => ok({ needsSetup: false, account: ACCOUNT, lockMinutes: 10 }),
      'auth.signOut': () => ok({ signedOut: true }),
      'auth.signIn': (i) =>
        i.password === 'right-password' ? ok({ account: ACCOUNT }) : failed('RULE_VIOLATION', '用户名或密码不正确。'),
    });
    renderWithApp(<AuthGate>{page}</AuthGate>, { api });
    await userEvent.type(await screen.findByLabelText('备注'), '半填的内容');
    act(() => reportSessionExpired());
    const lock = await screen.findByRole('dialog', { name: '台账已锁定' });
    expect(lock).toHaveTextContent('阿依古丽（ayigul）');
    // Behind the lock the page is kept but neither shown nor reachable (DOMAIN §9.4: nothing readable at an idle desk).
    expect(screen.queryByRole('textbox', { name: '备注' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('备注').closest('[inert]')).not.toBeNull();
    await userEvent.type(screen.getByLabelText('密码'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: '解锁' }));
    expect(await screen.findByText('用户名或密码不正确。')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('密码'), 'right-password');
    await userEvent.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '台账已锁定' })).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: '备注' })).toHaveValue('半填的内容');
    expect(screen.getByLabelText('备注').closest('[inert]')).toBeNull();
    expect(callsTo('auth.signIn')).toEqual([
      { username: 'ayigul', password: 'wrong-password' },
      { username: 'ayigul', password: 'right-password' },
    ]);
  });
});
