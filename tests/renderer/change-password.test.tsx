import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AccountMenu } from '../../renderer/src/app/AccountMenu';
import { passwordAdvice } from '../../renderer/src/components/PasswordFields';
import { AccountModal } from '../../renderer/src/features/settings/accounts/AccountModal';
import { ACCOUNT, createFakeApi, failed, ok, SETTINGS } from './fake-api';
import { retype } from './queries';
import { renderWithApp } from './render';

async function openChangePassword() {
  await userEvent.click(await screen.findByRole('button', { name: '当前账号：阿依古丽（管理员）' }));
  await userEvent.click(await screen.findByRole('menuitem', { name: '修改密码' }));
  return screen.findByRole('dialog', { name: '修改密码' });
}

describe('own password and the shared password fields (issue 19)', () => {
  it('修改密码 from the account menu asks the current password, checks the repeat and sends only the two passwords', async () => {
    const { api, callsTo } = createFakeApi({
      'auth.changePassword': (i) =>
        i.currentPassword === 'Old12345678'
          ? ok(ACCOUNT)
          : failed('BAD_INPUT', '当前密码不正确，密码未修改。', { currentPassword: '当前密码不正确' }),
    });
    renderWithApp(<AccountMenu />, { api, settings: SETTINGS });
    const dialog = await openChangePassword();
    const d = within(dialog);
    await userEvent.type(d.getByLabelText('当前密码'), 'wrong-one');
    await userEvent.type(d.getByLabelText('新密码'), 'abc');
    expect(d.getByText('还差5位（8–64位，建议混合大小写字母、数字和符号）')).toBeInTheDocument();
    await userEvent.type(d.getByLabelText('新密码'), 'defghi');
    expect(d.getByText('密码强度：弱，建议混合大小写字母、数字和符号')).toBeInTheDocument();
    await retype(d.getByLabelText('新密码'), 'Xinmima-2026');
    expect(d.getByText('密码强度：强')).toBeInTheDocument();
    await userEvent.type(d.getByLabelText('再次输入新密码'), 'Xinmima-2025');
    await userEvent.click(d.getByRole('button', { name: '保存' }));
    expect(await d.findByText('两次输入的密码不一致')).toBeInTheDocument();
    expect(callsTo('auth.changePassword')).toEqual([]);

    await retype(d.getByLabelText('再次输入新密码'), 'Xinmima-2026');
    await userEvent.click(d.getByRole('button', { name: '保存' }));
    expect(await d.findByText('当前密码不正确')).toBeInTheDocument();
    await retype(d.getByLabelText('当前密码'), 'Old12345678');
    await userEvent.click(d.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '修改密码' })).not.toBeInTheDocument());
    expect(await screen.findByText('密码已修改，下次登录请使用新密码')).toBeInTheDocument();
    expect(callsTo('auth.changePassword')).toEqual([
      { currentPassword: 'wrong-one', newPassword: 'Xinmima-2026' },
      { currentPassword: 'Old12345678', newPassword: 'Xinmima-2026' },
    ]);
  });

  it('新建账号 types the initial password twice and does not send the repeat', async () => {
    const { api, callsTo } = createFakeApi({
      'regions.list': () => ok({ items: [] }),
      'accounts.create': (i) => ok({ ...ACCOUNT, id: 'acc-2', username: i.username, role: i.role }),
    });
    renderWithApp(<AccountModal account={null} onClose={() => {}} />, { api, settings: SETTINGS });
    const d = within(await screen.findByRole('dialog', { name: '新建账号' }));
    await userEvent.type(d.getByLabelText('用户名'), 'aili');
    await userEvent.type(d.getByLabelText('姓名'), '艾力');
    await userEvent.click(d.getByLabelText('角色'));
    await userEvent.click(await screen.findByTitle('只读'));
    await userEvent.type(d.getByLabelText('初始密码'), 'chushi2026');
    expect(d.getByText('密码强度：中，建议混合大小写字母、数字和符号；交给本人后请其登录后修改')).toBeInTheDocument();
    await userEvent.type(d.getByLabelText('再次输入初始密码'), 'chushi2027');
    await userEvent.click(d.getByRole('button', { name: '保存' }));
    expect(await d.findByText('两次输入的密码不一致')).toBeInTheDocument();
    await retype(d.getByLabelText('再次输入初始密码'), 'chushi2026');
    await userEvent.click(d.getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(callsTo('accounts.create')).toEqual([
        {
          username: 'aili',
          displayName: '艾力',
          role: 'readonly',
          townshipIds: [],
          fullIdExport: false,
          password: 'chushi2026',
        },
      ]),
    );
  });

  it('says the strength in plain Chinese', () => {
    expect(passwordAdvice('')).toBe('8–64位，建议混合大小写字母、数字和符号');
    expect(passwordAdvice('12345678')).toBe('密码强度：弱，建议混合大小写字母、数字和符号');
    expect(passwordAdvice('abcd1234')).toBe('密码强度：中，建议混合大小写字母、数字和符号');
    expect(passwordAdvice('Abcd1234')).toBe('密码强度：中，建议混合大小写字母、数字和符号');
    expect(passwordAdvice('Abcde12345')).toBe('密码强度：强');
    expect(passwordAdvice('Ab1!5678')).toBe('密码强度：强');
  });
});
