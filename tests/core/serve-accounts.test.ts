import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/serve/server';
import { SESSION_IDLE_MINUTES } from '../../electron/core/modules/accounts/sessions';
import type { Core } from '../../electron/core/core';
import { makeBareCore, signedInAs, snapshot, tempDir, TEST_PASSWORD } from './harness';
import { send } from './http';

const TOKEN = 'tok_accounts_abcdefghijklmnopqrstuv';
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

async function serve(core: Core) {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<html></html>');
  const s = await startServer({ core, token: TOKEN, staticDir, port: 0 });
  closers.push(() => s.server.close());
  const api = async (channel: string, input: unknown, cookie?: string) => {
    const r = await send(s.port, `/api/${channel}`, {
      method: 'POST',
      headers: { 'x-taizhang-token': TOKEN, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(input),
    });
    const setCookie = r.headers['set-cookie'];
    return { status: r.status, body: JSON.parse(r.body), setCookie: setCookie ? String(setCookie) : undefined };
  };
  return { port: s.port, api };
}

const pair = (setCookie: string | undefined) => (setCookie ?? '').split(';')[0];

describe('browser mode with accounts (issue 19)', () => {
  it('first start over HTTP: auth.setup sets an HttpOnly session cookie for this port; the reply has no token', async () => {
    const core = makeBareCore();
    const { port, api } = await serve(core);
    const status = await api('auth.status', {});
    expect(status).toMatchObject({ status: 200, body: { ok: true, data: { needsSetup: true, account: null } } });
    const setup = await api('auth.setup', { username: 'admin', displayName: '阿依古丽', password: 'Aa12345678' });
    expect(setup.status).toBe(200);
    expect(setup.body.data.recoveryCode).toMatch(/^[A-Z2-9-]{29}$/);
    expect(setup.body.data).not.toHaveProperty('session');
    expect(setup.setCookie).toMatch(new RegExp(`^taizhang_session_${port}=[\\w-]{40,}; HttpOnly; SameSite=Strict`));
    const me = await api('auth.status', {}, pair(setup.setCookie));
    expect(me.body.data.account).toMatchObject({ username: 'admin', role: 'admin' });
    const office = await api(
      'settings.setOffice',
      { name: '疏附县人力资源和社会保障局', countyName: '疏附县', countyCode: '653121' },
      pair(setup.setCookie),
    );
    expect(office.body.ok).toBe(true);
  });

  it('answers 401 with a Chinese message to every call but the auth calls without a session, and writes nothing', async () => {
    const core = makeBareCore();
    const { api } = await serve(core);
    await api('auth.setup', { username: 'admin', displayName: '阿依古丽', password: 'Aa12345678' });
    const before = snapshot(core);
    for (const [channel, input] of [
      ['persons.list', {}],
      ['settings.setOffice', { name: '某局', countyName: '某县', countyCode: '653121' }],
      ['regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' }],
    ] as const) {
      const r = await api(channel, input, 'taizhang_session_1=forged');
      expect(r.status, channel).toBe(401);
      expect(r.body).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: '尚未登录或登录已过期，请重新登录。' },
      });
    }
    expect(snapshot(core)).toBe(before);
  });

  it('wrong password, lockout, expired session, sign-out and a role refusal over HTTP', async () => {
    const core = makeBareCore();
    signedInAs(core, 'reader', 'readonly', { displayName: '只读用户' });
    let t = Date.parse('2026-11-28T02:00:00Z');
    core.ctx.now = () => new Date(t).toISOString();
    const { api } = await serve(core);

    const wrong = await api('auth.signIn', { username: 'reader', password: 'nope-nope' });
    expect(wrong).toMatchObject({ status: 200, body: { ok: false, error: { message: '用户名或密码不正确。' } } });
    expect(wrong.setCookie).toBeUndefined();

    const good = await api('auth.signIn', { username: 'reader', password: TEST_PASSWORD });
    const cookie = pair(good.setCookie);
    expect(good.body).toMatchObject({ ok: true, data: { account: { role: 'readonly' } } });

    const before = snapshot(core);
    const refused = await api('regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' }, cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({
      code: 'FORBIDDEN',
      message: '当前账号（只读）无权执行此操作（需要管理账号和系统设置的权限）。',
    });
    expect(snapshot(core)).toBe(before);

    t += (SESSION_IDLE_MINUTES + 1) * 60_000;
    const expired = await api('persons.list', {}, cookie);
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toBe('尚未登录或登录已过期，请重新登录。');
    expect(expired.setCookie).toMatch(/Max-Age=0/);

    const again = await api('auth.signIn', { username: 'reader', password: TEST_PASSWORD });
    const out = await api('auth.signOut', {}, pair(again.setCookie));
    expect(out.body).toEqual({ ok: true, data: { signedOut: true } });
    expect(out.setCookie).toMatch(/Max-Age=0/);
    expect((await api('persons.list', {}, pair(again.setCookie))).status).toBe(401);

    for (let i = 0; i < 5; i++) await api('auth.signIn', { username: 'reader', password: 'nope-nope' });
    const locked = await api('auth.signIn', { username: 'reader', password: TEST_PASSWORD });
    expect(locked.body.error.message).toBe('密码连续输错5次，账号已锁定，请15分钟后再试，或请管理员重置密码。');
    expect(locked.setCookie).toBeUndefined();
  });

  it('a job and its file answer only the account that started it, over HTTP as in process (audit4 gap 7)', async () => {
    const core = makeBareCore();
    signedInAs(core, 'admin', 'admin', { displayName: '管理员' });
    signedInAs(core, 'reader', 'readonly', { displayName: '只读用户', fullIdExport: false });
    const { api } = await serve(core);
    const as = async (username: string) =>
      pair((await api('auth.signIn', { username, password: TEST_PASSWORD })).setCookie);
    const admin = await as('admin');
    const reader = await as('reader');
    const started = await api('imports.persons.template', {}, admin);
    const jobId = started.body.data.jobId as string;
    let status = await api('jobs.status', { jobId }, admin);
    while (status.body.data.state === 'running') status = await api('jobs.status', { jobId }, admin);
    const fileId = status.body.data.result.data.fileId as string;
    // Answered exactly as an id that does not exist.
    const unknown = '0190a000-0000-7000-8000-0000000000dd';
    const gone = { ok: false, error: { code: 'NOT_FOUND', message: '找不到该任务，可能已过期。' } };
    for (const channel of ['jobs.status', 'jobs.cancel']) {
      const r = await api(channel, { jobId }, reader);
      expect(r.body, channel).toEqual(gone);
      expect(r, channel).toEqual(await api(channel, { jobId: unknown }, reader));
    }
    const taken = await api('files.take', { fileId }, reader);
    expect(taken.body.error?.code).toBe('NOT_FOUND');
    expect(taken).toEqual(await api('files.take', { fileId: unknown }, reader));
    expect((await api('files.take', { fileId }, admin)).body.ok).toBe(true);
  });
});
