import { z } from 'zod';
import { channel, writeChannel } from './define';
import { requiredText, uuid, itemsOf, whole, idInput } from './fields';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';

// Accounts, sign-in and roles (issue 19 part A, DOMAIN §9.4). The session token in the sign-in replies is taken
// by the transport (an HttpOnly cookie in browser mode, the main process on the desktop) and never reaches the page.

export const ROLE_LIST = [
  { code: 'admin', label: '管理员' },
  { code: 'reviewer', label: '审核员' },
  { code: 'clerk', label: '乡镇经办' },
  { code: 'readonly', label: '只读' },
] as const satisfies readonly CodeItem[];
export type Role = CodeOf<typeof ROLE_LIST>;
export const { codes: ROLES, label: roleLabel } = codeList(ROLE_LIST);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;
export const LOCK_MINUTES_DEFAULT = 10;

const password = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .min(PASSWORD_MIN, { error: `${label}至少${PASSWORD_MIN}位` })
    .max(PASSWORD_MAX, { error: `${label}不能超过${PASSWORD_MAX}位` });

const username = z
  .string({ error: '请填写用户名' })
  .trim()
  .min(1, { error: '请填写用户名' })
  .max(32, { error: '用户名不能超过32个字符' })
  .regex(/^[A-Za-z0-9_.-]+$/, { error: '用户名只能使用字母、数字、下划线、点和短横线' });

export const account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** 导出完整号码: a separate permission (§9.5). */
  fullIdExport: z.boolean(),
  /** Township clerks: the region ids of their 乡镇(街道). */
  townshipIds: z.array(z.string()),
  active: z.boolean(),
  /** ISO instant until which sign-in is refused after repeated wrong passwords; null when not locked. */
  lockedUntil: z.string().nullable(),
});
export type Account = z.infer<typeof account>;

const roleField = z.enum(ROLES, { error: '请选择角色' });
const townshipIds = z.array(z.string().min(1)).default([]);

/** A township clerk needs at least one 乡镇; other roles have none. */
function checkTownships(v: { role: Role; townshipIds: string[] }, ctx: z.RefinementCtx) {
  if (v.role === 'clerk' && v.townshipIds.length === 0)
    ctx.addIssue({ code: 'custom', path: ['townshipIds'], message: '乡镇经办至少要选择一个乡镇(街道)' });
}

export const setupInput = z.object({
  username,
  displayName: requiredText('姓名', 30),
  password: password('密码'),
});
export const signInInput = z.object({
  username: z.string({ error: '请填写用户名' }).trim().min(1, { error: '请填写用户名' }).max(32),
  password: z.string({ error: '请填写密码' }).min(1, { error: '请填写密码' }).max(64),
});
export const recoverInput = z.object({
  recoveryCode: z.string({ error: '请填写恢复码' }).trim().min(1, { error: '请填写恢复码' }).max(64),
  newPassword: password('新密码'),
});
export const changePasswordInput = z.object({
  currentPassword: z.string({ error: '请填写当前密码' }).min(1, { error: '请填写当前密码' }).max(64),
  newPassword: password('新密码'),
});

/** The 再次输入 field of a form that sets a password; only the form has it, the core never receives it. */
export const confirmField = (label: string) => ({ confirm: z.string({ error: `请再次输入${label}` }) });

/** The refinement that puts 两次输入的密码不一致 under the confirm field. */
export const confirmMatches =
  <K extends string>(key: K) =>
  (v: { [P in K]?: string } & { confirm?: string }, ctx: z.RefinementCtx) => {
    if ((v[key] ?? '') !== (v.confirm ?? ''))
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: '两次输入的密码不一致' });
  };

/** The forms of the screens that set a password: the channel's input plus the confirm field. */
export const setupForm = setupInput.extend(confirmField('密码')).superRefine(confirmMatches('password'));
export const recoverForm = recoverInput.extend(confirmField('新密码')).superRefine(confirmMatches('newPassword'));
export const changePasswordForm = changePasswordInput
  .extend(confirmField('新密码'))
  .superRefine(confirmMatches('newPassword'));

const accountFields = z.object({
  username,
  displayName: requiredText('姓名', 30),
  role: roleField,
  townshipIds,
  fullIdExport: z.boolean().default(false),
  password: password('初始密码'),
});
export const accountCreateInput = accountFields.superRefine(checkTownships);
/** The 新建账号 form: the initial password typed twice. */
export const accountCreateForm = accountFields
  .extend(confirmField('初始密码'))
  .superRefine(checkTownships)
  .superRefine(confirmMatches('password'));
/** The 修改账号 form: the same fields, the password kept (重设密码 is its own call). */
export const accountEditForm = accountFields
  .extend({ password: z.string().optional(), confirm: z.string().optional() })
  .superRefine(checkTownships);
export type AccountCreateInput = z.infer<typeof accountCreateInput>;

export const accountUpdateInput = z
  .object({
    id: uuid('账号'),
    displayName: requiredText('姓名', 30),
    role: roleField,
    townshipIds,
    fullIdExport: z.boolean(),
  })
  .superRefine(checkTownships);
export type AccountUpdateInput = z.infer<typeof accountUpdateInput>;

export const resetPasswordInput = z.object({ id: uuid('账号'), password: password('新密码') });
export const lockMinutesInput = z.object({
  minutes: whole('自动锁定时间', 1, 120, {
    missing: '请填写自动锁定时间',
    notWhole: '自动锁定时间应为整数分钟',
    tooSmall: '自动锁定时间至少1分钟',
    tooLarge: '自动锁定时间不能超过120分钟',
  }),
});

export const authStatus = z.object({
  /** True on an empty data folder: no account yet, auth.setup creates the administrator. */
  needsSetup: z.boolean(),
  /** The signed-in account, or null. */
  account: account.nullable(),
  /** Auto-lock after this many idle minutes (设置, default 10). */
  lockMinutes: z.number(),
});

const signedIn = z.object({
  account,
  /** Taken by the transport (cookie / main process); absent in what the page receives. */
  session: z.string().optional(),
});
/** auth.setup and auth.recover: the one-time recovery code, shown once and stored only as a hash. */
const withRecovery = signedIn.extend({ recoveryCode: z.string() });

const byId = idInput('账号');

export const authChannels = {
  'auth.status': channel({ input: z.object({}), output: authStatus }),
  'auth.setup': channel({ input: setupInput, output: withRecovery }),
  'auth.signIn': channel({ input: signInInput, output: signedIn }),
  'auth.signOut': channel({ input: z.object({}), output: z.object({ signedOut: z.boolean() }) }),
  'auth.recover': channel({ input: recoverInput, output: withRecovery }),
  'auth.changePassword': writeChannel(changePasswordInput, account, 'account'),
};

export const accountsChannels = {
  'accounts.list': channel({ input: z.object({}), output: itemsOf(account) }),
  'accounts.create': writeChannel(accountCreateInput, account, 'account'),
  'accounts.update': writeChannel(accountUpdateInput, account, 'account'),
  'accounts.resetPassword': writeChannel(resetPasswordInput, account, 'account'),
  'accounts.deactivate': writeChannel(byId, account, 'account'),
  'accounts.activate': writeChannel(byId, account, 'account'),
  'accounts.setLockMinutes': writeChannel(lockMinutesInput, z.object({ lockMinutes: z.number() }), 'settings'),
};
