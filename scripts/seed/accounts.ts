// Demo accounts (issue 19): one per role, with passwords printed by `npm run seed`. Demo data only — a real office
// creates its administrator on the first start and its other accounts in 设置 → 账号管理.
import type { Core } from '../../electron/core/core';
import type { Role } from '../../shared/contract/accounts';
import { instantMs } from '../../electron/core/modules/accounts/caller';
import { addMonths } from '../../shared/domain/dates';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  fullIdExport: boolean;
  /** Township clerks: the codes of their 乡镇. */
  townshipCodes?: string[];
}

/** Who reviews and approves the demo subsidy rosters. */
export const DEMO_REVIEWER = '阿依古丽';
export const DEMO_APPROVER = '买买提·吐尔逊';

/**
 * The seed's context as on the 5th of the month after `month`: a month's roster is reviewed and reported once the
 * month has ended, and paid after that (the core checks the order).
 */
export const afterMonth = <C extends { now: () => string }>(ctx: C, month: string): C => ({
  ...ctx,
  now: () => `${addMonths(month, 1)}-05T02:00:00.000Z`,
});

const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: '阿依古丽', role: 'admin', password: 'Demo-admin-2026', fullIdExport: true },
  { username: 'shenhe', displayName: '买买提', role: 'reviewer', password: 'Demo-review-2026', fullIdExport: true },
  {
    username: 'wupaer',
    displayName: '古丽娜尔',
    role: 'clerk',
    password: 'Demo-clerk-2026',
    fullIdExport: false,
    townshipCodes: ['653121103000'],
  },
  { username: 'chakan', displayName: '艾力', role: 'readonly', password: 'Demo-read-2026', fullIdExport: false },
];

export const DEMO_ADMIN = DEMO_ACCOUNTS[0];

/**
 * Makes every later core.invoke of this in-process core run as an administrator: on an empty folder the demo
 * administrator is created through auth.setup (its recovery code is returned); on a folder that has accounts, a
 * session is opened for its first active administrator (a script holding the database file is trusted).
 */
export async function signInSeedAdmin(core: Core): Promise<{ recoveryCode: string | null }> {
  const status = await core.invoke('auth.status', {}, null);
  let session: string;
  let recoveryCode: string | null = null;
  if (status.ok && (status.data as { needsSetup: boolean }).needsSetup) {
    const { username, displayName, password } = DEMO_ADMIN;
    const r = await core.invoke('auth.setup', { username, displayName, password }, null);
    if (!r.ok) throw new Error(`auth.setup: ${r.error.message}`);
    ({ session, recoveryCode } = r.data as { session: string; recoveryCode: string });
  } else {
    const admin = core.ctx.db
      .prepare("SELECT id FROM accounts WHERE role = 'admin' AND active = 1 ORDER BY created_at LIMIT 1")
      .get() as { id: string } | undefined;
    if (!admin) throw new Error('数据文件夹中没有可用的管理员账号。');
    session = core.ctx.sessions.open(admin.id, instantMs(core.ctx));
  }
  const raw = core.invoke;
  core.invoke = (channel, input, s) => raw(channel, input, s === undefined ? session : s);
  return { recoveryCode };
}

/** The other demo accounts (after the townships exist); skips names already there. */
export async function seedDemoAccounts(core: Core): Promise<DemoAccount[]> {
  const townshipId = core.ctx.db.prepare('SELECT id FROM regions WHERE code = ?');
  for (const a of DEMO_ACCOUNTS.slice(1)) {
    if (core.ctx.db.prepare('SELECT 1 FROM accounts WHERE username = ?').get(a.username)) continue;
    const townshipIds = (a.townshipCodes ?? []).map((c) => (townshipId.get(c) as { id: string }).id);
    const { username, displayName, role, password, fullIdExport } = a;
    const r = await core.invoke('accounts.create', {
      username,
      displayName,
      role,
      password,
      fullIdExport,
      townshipIds,
    });
    if (!r.ok) throw new Error(`accounts.create ${username}: ${r.error.message}`);
  }
  return [...DEMO_ACCOUNTS];
}
