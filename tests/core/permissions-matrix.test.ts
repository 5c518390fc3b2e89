import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/contract';
import { ROLES, type Role } from '../../shared/contract/accounts';
import { PERMISSIONS, ROLE_CAPABILITIES } from '../../shared/contract/permissions';
import { dispatch } from '../../electron/core/dispatch';
import type { HandlerMap } from '../../electron/core/handlers';
import { makeCore, signedInAs, snapshot } from './harness';

// Every channel as every role (and as nobody): dispatch must refuse exactly what the table refuses, before the
// handler runs. The handlers are stubs that record the call, so no real work (jobs, backups) starts.

const ran: string[] = [];
const stubs = new Proxy({} as HandlerMap, {
  get: (_t, channel: string) => () => {
    ran.push(channel);
    return { data: null, entityId: null, summary: 'stub' };
  },
});

/** What the role may do by the table of issue 19 (written out, not read from ROLE_CAPABILITIES). */
const EXPECTED: Record<Role | 'nobody', readonly string[]> = {
  admin: ['public', 'read', 'write', 'review', 'admin'],
  reviewer: ['public', 'read', 'write', 'review'],
  clerk: ['public', 'read', 'write'],
  readonly: ['public', 'read'],
  nobody: ['public'],
};

describe('role matrix: every channel as every role', () => {
  it('the roles hold the capabilities the issue gives them', () => {
    for (const role of ROLES) expect([...ROLE_CAPABILITIES[role]]).toEqual(EXPECTED[role]);
  });

  it.each([...ROLES, 'nobody' as const])(
    'as %s: allowed channels reach the handler, the others are refused',
    async (who) => {
      const core = makeCore();
      const session = who === 'nobody' ? null : signedInAs(core, `m-${who}`, who);
      const before = snapshot(core);
      const refusals: Record<string, string> = {};
      for (const channel of CHANNELS as Channel[]) {
        if (channel === 'auth.signOut') continue; // would end the session the loop uses; it is public (tested apart)
        ran.length = 0;
        const r = await dispatch(channel, {}, core.ctx, stubs, session);
        const allowed = EXPECTED[who].includes(PERMISSIONS[channel]);
        if (allowed) {
          expect(r.ok || !['FORBIDDEN', 'UNAUTHENTICATED'].includes(r.error.code), `${who} ${channel}`).toBe(true);
        } else {
          expect(r.ok, `${who} ${channel}`).toBe(false);
          expect(ran, `${who} ${channel} ran its handler`).toEqual([]);
          if (!r.ok) refusals[r.error.code] = r.error.message;
        }
      }
      if (who === 'nobody') expect(refusals).toEqual({ UNAUTHENTICATED: '尚未登录或登录已过期，请重新登录。' });
      if (who === 'readonly') expect(refusals.FORBIDDEN).toMatch(/^当前账号（只读）无权执行此操作/);
      if (who === 'admin') expect(refusals).toEqual({});
      // Refused calls wrote nothing (the allowed ones ran only stubs; their audit rows are the only change).
      if (who === 'nobody') expect(snapshot(core)).toBe(before);
    },
  );

  it('export with full ID numbers needs the separate permission, whatever the role', async () => {
    const core = makeCore();
    const input = { report: 'RPT-01', month: '2026-10', full: true };
    const noFlag = signedInAs(core, 'rev-masked', 'reviewer');
    const flagged = signedInAs(core, 'ro-full', 'readonly', { fullIdExport: true });
    const refused = await dispatch('reports.export', input, core.ctx, stubs, noFlag);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '当前账号没有导出完整号码的权限：请导出隐藏号码的版本，或请管理员开通该权限。',
      },
    });
    // A job: the permission passed when it is started and answers with its id.
    const masked = await dispatch('reports.export', { ...input, full: false }, core.ctx, stubs, noFlag);
    expect(masked).toMatchObject({ ok: true, data: { jobId: expect.any(String) } });
    const full = await dispatch('reports.export', input, core.ctx, stubs, flagged);
    expect(full).toMatchObject({ ok: true, data: { jobId: expect.any(String) } });
  });
});
