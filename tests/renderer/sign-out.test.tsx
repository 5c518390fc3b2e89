import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportSessionExpired } from '../../renderer/src/api';
import { AppBootstrap } from '../../renderer/src/app/AppBootstrap';
import { FormDrawer } from '../../renderer/src/components/FormDrawer';
import { FormModal } from '../../renderer/src/components/FormModal';
import { AuthGate } from '../../renderer/src/features/auth/AuthGate';
import { ACCOUNT, INFO, SETTINGS, createFakeApi, ok } from './fake-api';
import { dialogTitled, queryDialogTitled } from './queries';
import { renderWithApp } from './render';

// UI.md: nothing is lost by closing a window. Signing out swaps the page for the sign-in screen without navigating,
// so the leave guard never sees it: 退出登录 (the header's, or the lock's 切换账号) asks itself while a page form or
// a drawer or modal form holds unsaved input. The lock keeps the page mounted under it.

const SIGN_OUT_QUESTION = '退出登录后，刚才填写的内容不会保存。';
/** The `nth` question asked in this test (an answered one stays in the page, closed). */
async function findSignOutQuestion(nth = 1): Promise<HTMLElement> {
  const asked = await waitFor(() => {
    const all = screen.getAllByText(SIGN_OUT_QUESTION);
    expect(all).toHaveLength(nth);
    return all;
  });
  return asked[nth - 1].closest('[role="dialog"]') as HTMLElement;
}
const findLock = () => waitFor(() => dialogTitled('台账已锁定'));

function fakeAuth(lockMinutes = 10) {
  return createFakeApi({
    'auth.status': () => ok({ needsSetup: false, account: ACCOUNT, lockMinutes }),
    'auth.signOut': () => ok({ signedOut: true }),
    'auth.signIn': () => ok({ account: ACCOUNT }),
    'settings.get': () => ok(SETTINGS),
    'system.info': () => ok(INFO),
    'regions.list': () => ok({ items: [] }),
  });
}

/** The whole signed-in app on 设置 → 单位信息, a form on the page. */
async function openOfficeForm(lockMinutes?: number) {
  const fake = fakeAuth(lockMinutes);
  renderWithApp(
    <AuthGate>
      <AppBootstrap />
    </AuthGate>,
    { api: fake.api, route: '/settings/office' },
  );
  const name = () => screen.getByLabelText('单位名称');
  await waitFor(() => expect(name()).toHaveValue('和田县就业服务中心'));
  const signOut = () => userEvent.click(screen.getByRole('button', { name: '退出登录' }));
  return { ...fake, name, signOut };
}

/** A page whose 新增 opens a drawer (or modal) form, as every module's, dirty once 备注 has text. */
function FormPage({ Form, onSave }: { Form: typeof FormDrawer | typeof FormModal; onSave: () => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  return (
    <>
      <Button onClick={() => setOpen(true)}>新增</Button>
      {open && (
        <Form
          title="登记"
          formId="sign-out-drawer"
          dirty={text !== ''}
          saving={false}
          formError={null}
          onSubmit={onSave}
          onClose={() => setOpen(false)}
        >
          <label>
            备注
            <Input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        </Form>
      )}
    </>
  );
}

async function openDirtyForm(Form: typeof FormDrawer | typeof FormModal = FormDrawer) {
  const fake = fakeAuth();
  const save = vi.fn();
  renderWithApp(
    <AuthGate>
      <FormPage Form={Form} onSave={save} />
    </AuthGate>,
    { api: fake.api },
  );
  await userEvent.click(await screen.findByRole('button', { name: '新增' }));
  await userEvent.type(await screen.findByLabelText('备注'), '半填的内容');
  return { ...fake, save };
}

/**
 * Elements have a size, as in a browser: antd's focus traps (an open drawer's, a modal's) only take elements that
 * show, and under happy-dom nothing has a size, so without this an open drawer would never pull the focus back.
 */
function laidOut() {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 100, bottom: 20, width: 100, height: 20 };
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ ...rect, toJSON: () => rect });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('退出登录 with unsaved input', () => {
  it('signs out without asking when nothing is unsaved', async () => {
    const { signOut, callsTo } = await openOfficeForm();
    await signOut();
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.queryByText(SIGN_OUT_QUESTION)).not.toBeInTheDocument();
    expect(callsTo('auth.signOut')).toHaveLength(1);
  });

  it('asks while a page form holds unsaved input; 继续填写 stays signed in with the input', async () => {
    const { name, signOut, callsTo } = await openOfficeForm();
    await userEvent.type(name(), '（新）');
    await signOut();

    const ask = await findSignOutQuestion();
    expect(within(ask).getAllByText('放弃未保存的内容吗？').length).toBeGreaterThan(0);
    await userEvent.click(within(ask).getByRole('button', { name: '继续填写' }));
    expect(callsTo('auth.signOut')).toEqual([]);
    expect(name()).toHaveValue('和田县就业服务中心（新）');
    expect(screen.queryByRole('button', { name: '登录' })).not.toBeInTheDocument();
    // Answered, the form is still there to type on, and signing out still asks.
    await userEvent.type(name(), '！');
    await signOut();
    await findSignOutQuestion(2);
    expect(name()).toHaveValue('和田县就业服务中心（新）！');
    expect(callsTo('auth.signOut')).toEqual([]);
  });

  it('放弃 signs out and drops the page', async () => {
    const { name, signOut, callsTo } = await openOfficeForm();
    await userEvent.type(name(), '（新）');
    await signOut();
    await userEvent.click(within(await findSignOutQuestion()).getByRole('button', { name: '放弃' }));

    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(screen.queryByLabelText('单位名称')).not.toBeInTheDocument();
    expect(callsTo('auth.signOut')).toHaveLength(1);
  });

  it('切换账号 on the lock asks, above the lock, while a drawer form holds unsaved input', async () => {
    const { callsTo } = await openDirtyForm();
    act(() => reportSessionExpired());
    await userEvent.click(within(await findLock()).getByRole('button', { name: /切换账号/ }));

    const ask = await findSignOutQuestion();
    const lockZ = Number(dialogTitled('台账已锁定').closest<HTMLElement>('.ant-modal-wrap')?.style.zIndex);
    expect(Number(ask.closest<HTMLElement>('.ant-modal-wrap')?.style.zIndex)).toBeGreaterThan(lockZ);
    await userEvent.click(within(ask).getByRole('button', { name: '继续填写' }));
    expect(callsTo('auth.signOut')).toEqual([]);
    expect(queryDialogTitled('台账已锁定')).not.toBeNull();
    expect(screen.getByLabelText('备注')).toHaveValue('半填的内容');

    await userEvent.click(within(dialogTitled('台账已锁定')).getByRole('button', { name: /切换账号/ }));
    await userEvent.click(within(await findSignOutQuestion(2)).getByRole('button', { name: '放弃' }));
    expect(await screen.findByRole('button', { name: '登录' })).toBeInTheDocument();
    expect(callsTo('auth.signOut')).toHaveLength(1);
  });
});

describe('the lock keeps unsaved input', () => {
  it('idle time locks the page; the password opens it again with the typed text', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    const { name, callsTo } = await openOfficeForm(1);
    await userEvent.type(name(), '（新）');
    act(() => vi.advanceTimersByTime(60_000));

    const lock = await findLock();
    expect(callsTo('auth.signOut')).toHaveLength(1); // the session ends at the lock
    await userEvent.type(within(lock).getByLabelText('密码'), 'right-password{Enter}');
    await waitFor(() => expect(queryDialogTitled('台账已锁定')).toBeNull());
    expect(name()).toHaveValue('和田县就业服务中心（新）');
    expect(callsTo('auth.signIn')).toEqual([{ username: 'ayigul', password: 'right-password' }]);
  });

  // The drawer case is the one that shows the focus: against the old overlay (a plain div) the drawer's trap took the
  // password field's focus. A modal's trap did not engage under happy-dom in that check (antd turns it on only once it
  // has seen its wrapper fixed), so the modal case checks the kept input and the unlock, not the trap itself.
  it.each([
    ['drawer', FormDrawer],
    ['modal', FormModal],
  ])('an open %s does not take the lock’s password field: unlocking returns to its input', async (_, Form) => {
    laidOut();
    const { callsTo } = await openDirtyForm(Form);
    act(() => reportSessionExpired());
    const lock = await findLock();
    await userEvent.type(within(lock).getByLabelText('密码'), 'right-password');
    expect(within(lock).getByLabelText('密码')).toHaveFocus();
    await userEvent.click(within(lock).getByRole('button', { name: '解锁' }));

    await waitFor(() => expect(queryDialogTitled('台账已锁定')).toBeNull());
    expect(callsTo('auth.signIn')).toEqual([{ username: 'ayigul', password: 'right-password' }]);
    expect(screen.getByLabelText('备注')).toHaveValue('半填的内容');
    expect(queryDialogTitled('登记')).not.toBeNull();
  });

  it('keys typed on the lock stay on it: Ctrl+S there does not save the drawer below', async () => {
    const { save } = await openDirtyForm();
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(save).toHaveBeenCalledTimes(1); // the drawer's Ctrl+S, before the lock
    act(() => reportSessionExpired());
    await userEvent.type(within(await findLock()).getByLabelText('密码'), 'right{Control>}s{/Control}');
    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('备注')).toHaveValue('半填的内容');
  });
});
