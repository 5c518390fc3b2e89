import { describe, expect, it } from 'vitest';
import { LOCK_MINUTES_DEFAULT } from '../../shared/contract/accounts';
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS } from '../../electron/core/modules/accounts/service';
import { SESSION_IDLE_MINUTES } from '../../electron/core/modules/accounts/sessions';
import { verifySecret } from '../../electron/core/modules/accounts/password';
import type { Core } from '../../electron/core/core';
import { makeBareCore, makeCore, signedInAs, snapshot, TEST_PASSWORD } from './harness';

const ADMIN = { username: 'admin', displayName: '阿依古丽', password: 'Aa12345678' };

/** Moves the core's clock (ctx.now) by the given minutes from a fixed instant. */
function clockAt(core: Core, start = Date.parse('2026-11-28T02:00:00Z')) {
  let t = start;
  core.ctx.now = () => new Date(t).toISOString();
  return (minutes: number) => {
    t += minutes * 60_000;
  };
}

const err = (r: { ok: boolean; error?: { code: string; message: string } }) => (r.ok ? null : r.error);

describe('first start and sign-in (issue 19)', () => {
  it('on an empty folder only the public calls run; auth.setup creates the administrator and a recovery code once', async () => {
    const core = makeBareCore();
    expect(await core.invoke('auth.status', {}, null)).toEqual({
      ok: true,
      data: { needsSetup: true, account: null, lockMinutes: LOCK_MINUTES_DEFAULT },
    });
    const refused = await core.invoke('persons.list', {}, null);
    expect(err(refused)).toEqual({ code: 'UNAUTHENTICATED', message: '尚未登录或登录已过期，请重新登录。' });

    const r = await core.invoke('auth.setup', ADMIN, null);
    if (!r.ok) throw new Error(r.error.message);
    const data = r.data as { account: { role: string; fullIdExport: boolean }; recoveryCode: string; session: string };
    expect(data.account).toMatchObject({
      username: 'admin',
      displayName: '阿依古丽',
      role: 'admin',
      fullIdExport: true,
    });
    expect(data.recoveryCode).toMatch(/^([A-Z2-9]{5}-){4}[A-Z2-9]{5}$/);
    // Stored only as hashes: neither the password nor the code appear in the database.
    const dump = snapshot(core);
    expect(dump).not.toContain(ADMIN.password);
    expect(dump).not.toContain(data.recoveryCode);
    expect(dump).not.toContain(data.recoveryCode.replace(/-/g, ''));
    const status = await core.invoke('auth.status', {}, data.session);
    expect(status).toMatchObject({ ok: true, data: { needsSetup: false, account: { username: 'admin' } } });

    const again = await core.invoke('auth.setup', { ...ADMIN, username: 'other' }, null);
    expect(err(again)?.code).toBe('CONFLICT');
    expect(err(again)?.message).toBe('管理员账号已经创建，请直接登录。');
    const audit = core.ctx.db.prepare('SELECT operator, channel, summary FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([
      { operator: '阿依古丽', channel: 'auth.setup', summary: '首次启动：创建管理员账号“admin”' },
    ]);
  });

  it('the recovery code resets the administrator password once and is replaced', async () => {
    const core = makeBareCore();
    const setup = await core.invoke('auth.setup', ADMIN, null);
    if (!setup.ok) throw new Error('setup');
    const { recoveryCode } = setup.data as { recoveryCode: string };
    const accountsNow = () => JSON.stringify(core.ctx.db.prepare('SELECT * FROM accounts').all());
    const before = accountsNow();
    const wrong = await core.invoke('auth.recover', { recoveryCode: 'AAAAA-BBBBB', newPassword: 'Nn12345678' }, null);
    expect(err(wrong)).toMatchObject({ code: 'BAD_INPUT', message: '恢复码不正确，密码未修改。' });
    expect(accountsNow()).toBe(before);

    const ok = await core.invoke(
      'auth.recover',
      { recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' '), newPassword: 'Nn12345678' },
      null,
    );
    if (!ok.ok) throw new Error(ok.error.message);
    expect((ok.data as { recoveryCode: string }).recoveryCode).not.toBe(recoveryCode);
    expect(err(await core.invoke('auth.signIn', { username: 'admin', password: ADMIN.password }, null))?.message).toBe(
      '用户名或密码不正确。',
    );
    expect((await core.invoke('auth.signIn', { username: 'ADMIN', password: 'Nn12345678' }, null)).ok).toBe(true);
    const reuse = await core.invoke('auth.recover', { recoveryCode, newPassword: 'Xx12345678' }, null);
    expect(err(reuse)?.code).toBe('BAD_INPUT');
  });

  it(`locks an account after ${MAX_FAILED_ATTEMPTS} wrong passwords for ${LOCKOUT_MINUTES} minutes by the core clock`, async () => {
    const core = makeCore();
    signedInAs(core, 'mayila', 'clerk');
    const advance = clockAt(core);
    const wrong = () => core.invoke('auth.signIn', { username: 'mayila', password: 'wrong-password' }, null);
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) expect(err(await wrong())?.message).toBe('用户名或密码不正确。');
    expect(err(await wrong())?.message).toBe(
      `密码连续输错5次，账号已锁定，请${LOCKOUT_MINUTES}分钟后再试，或请管理员重置密码。`,
    );
    // The right password is refused while locked.
    const locked = await core.invoke('auth.signIn', { username: 'mayila', password: TEST_PASSWORD }, null);
    expect(err(locked)?.message).toContain('账号已锁定');
    advance(LOCKOUT_MINUTES - 1);
    expect(err(await core.invoke('auth.signIn', { username: 'mayila', password: TEST_PASSWORD }, null))?.message).toBe(
      '密码连续输错5次，账号已锁定，请1分钟后再试，或请管理员重置密码。',
    );
    advance(2);
    expect((await core.invoke('auth.signIn', { username: 'mayila', password: TEST_PASSWORD }, null)).ok).toBe(true);
    const row = core.ctx.db
      .prepare("SELECT failed_attempts, locked_until FROM accounts WHERE username = 'mayila'")
      .get();
    expect(row).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it(`refuses recovery codes for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong ones, the right one too`, async () => {
    const core = makeBareCore();
    const setup = await core.invoke('auth.setup', ADMIN, null);
    if (!setup.ok) throw new Error('setup');
    const { recoveryCode } = setup.data as { recoveryCode: string };
    const advance = clockAt(core);
    const hash = () => core.ctx.db.prepare("SELECT password_hash FROM accounts WHERE username = 'admin'").pluck().get();
    const before = hash();
    const attempt = (code: string) =>
      core.invoke('auth.recover', { recoveryCode: code, newPassword: 'Nn12345678' }, null);
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++)
      expect(err(await attempt('AAAAA-BBBBB'))?.message).toBe('恢复码不正确，密码未修改。');
    expect(err(await attempt('AAAAA-BBBBB'))).toEqual({
      code: 'RULE_VIOLATION',
      message: `恢复码连续输错5次，已暂停使用，请${LOCKOUT_MINUTES}分钟后再试。`,
    });
    expect(err(await attempt(recoveryCode))?.message).toBe(
      `恢复码连续输错5次，已暂停使用，请${LOCKOUT_MINUTES}分钟后再试。`,
    );
    advance(LOCKOUT_MINUTES - 1);
    expect(err(await attempt(recoveryCode))?.message).toBe('恢复码连续输错5次，已暂停使用，请1分钟后再试。');
    expect(hash()).toBe(before);
    const summaries = core.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE channel = 'auth.recover' ORDER BY id")
      .pluck()
      .all();
    expect(summaries).toEqual(
      [1, 2, 3, 4].map((n) => `恢复码不正确（第${n}次）`).concat(['恢复码连续输错5次，暂停使用15分钟']),
    );
    advance(2);
    expect((await attempt(recoveryCode)).ok).toBe(true);
    expect(hash()).not.toBe(before);
    // The count starts again after a success: four wrong codes are answered plainly.
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++)
      expect(err(await attempt('AAAAA-BBBBB'))?.message).toBe('恢复码不正确，密码未修改。');
  });

  it('an unknown user name gets the same answer as a wrong password', async () => {
    const core = makeCore();
    const r = await core.invoke('auth.signIn', { username: 'nobody', password: 'whatever1' }, null);
    expect(err(r)).toEqual({ code: 'RULE_VIOLATION', message: '用户名或密码不正确。' });
  });

  it(`a session ends after ${SESSION_IDLE_MINUTES} idle minutes, and at sign-out`, async () => {
    const core = makeCore();
    const advance = clockAt(core);
    const s = signedInAs(core, 'aliya', 'readonly');
    advance(SESSION_IDLE_MINUTES - 1);
    expect((await core.invoke('persons.list', {}, s)).ok).toBe(true); // a call restarts the idle clock
    advance(SESSION_IDLE_MINUTES - 1);
    expect((await core.invoke('persons.list', {}, s)).ok).toBe(true);
    advance(SESSION_IDLE_MINUTES + 1);
    expect(err(await core.invoke('persons.list', {}, s))?.code).toBe('UNAUTHENTICATED');

    const s2 = signedInAs(core, 'aliya');
    expect(await core.invoke('auth.signOut', {}, s2)).toEqual({ ok: true, data: { signedOut: true } });
    expect(err(await core.invoke('persons.list', {}, s2))?.code).toBe('UNAUTHENTICATED');
  });

  it('the audit row names the signed-in account, not a typed operator name', async () => {
    const core = makeCore();
    const s = signedInAs(core, 'zulpiya', 'clerk', { displayName: '祖丽皮亚' });
    const r = await core.invoke(
      'auth.changePassword',
      { currentPassword: TEST_PASSWORD, newPassword: 'Zz12345678' },
      s,
    );
    expect(r.ok).toBe(true);
    const row = core.ctx.db
      .prepare("SELECT operator, account_id FROM audit_log WHERE channel = 'auth.changePassword'")
      .get() as { operator: string; account_id: string };
    const id = core.ctx.db.prepare("SELECT id FROM accounts WHERE username = 'zulpiya'").get() as { id: string };
    expect(row).toEqual({ operator: '祖丽皮亚', account_id: id.id });
  });
});

describe('accounts management (admin)', () => {
  it('creates, changes, resets and deactivates accounts; a deactivated account cannot sign in', async () => {
    const core = makeCore();
    const created = await core.invoke('accounts.create', {
      username: 'reader',
      displayName: '只读用户',
      role: 'readonly',
      password: 'Rr12345678',
    });
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.data as { id: string }).id;
    expect(created.data).toMatchObject({ role: 'readonly', fullIdExport: false, townshipIds: [], active: true });
    const dup = await core.invoke('accounts.create', {
      username: 'READER',
      displayName: 'x',
      role: 'readonly',
      password: 'Rr12345678',
    });
    expect(err(dup)?.code).toBe('CONFLICT');

    const clerkNoTown = await core.invoke('accounts.create', {
      username: 'c1',
      displayName: '经办',
      role: 'clerk',
      password: 'Cc12345678',
    });
    expect(clerkNoTown).toMatchObject({
      ok: false,
      error: { fields: { townshipIds: '乡镇经办至少要选择一个乡镇(街道)' } },
    });

    const reset = await core.invoke('accounts.resetPassword', { id, password: 'New12345678' });
    expect(reset.ok).toBe(true);
    const hash = core.ctx.db.prepare('SELECT password_hash FROM accounts WHERE id = ?').get(id) as {
      password_hash: string;
    };
    expect(hash.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(verifySecret('New12345678', hash.password_hash)).toBe(true);

    expect((await core.invoke('accounts.deactivate', { id })).ok).toBe(true);
    const off = await core.invoke('auth.signIn', { username: 'reader', password: 'New12345678' }, null);
    expect(err(off)?.message).toBe('该账号已停用，请联系管理员。');
  });

  it('keeps one active administrator and refuses to deactivate the signed-in account', async () => {
    const core = makeCore();
    const me = core.ctx.db.prepare("SELECT id FROM accounts WHERE username = 'gulnar'").get() as { id: string };
    expect(err(await core.invoke('accounts.deactivate', { id: me.id }))?.message).toBe('不能停用当前登录的账号。');
    const demote = await core.invoke('accounts.update', {
      id: me.id,
      displayName: '古丽',
      role: 'reviewer',
      fullIdExport: true,
    });
    expect(err(demote)?.message).toBe('这是唯一的管理员账号，不能改为其他角色。');
  });

  it('a role that may not manage accounts is refused in the core, with nothing written', async () => {
    const core = makeCore();
    const s = signedInAs(core, 'rev', 'reviewer');
    const before = snapshot(core);
    const r = await core.invoke(
      'accounts.create',
      { username: 'x', displayName: 'x', role: 'admin', password: 'Xx12345678' },
      s,
    );
    expect(err(r)).toEqual({
      code: 'FORBIDDEN',
      message: '当前账号（审核员）无权执行此操作（需要管理账号和系统设置的权限）。',
    });
    expect(snapshot(core)).toBe(before);
  });
});
