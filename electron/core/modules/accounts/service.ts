import { conflict, ruleViolation, AppError, badInput } from '../../../../shared/contract';
import {
  LOCK_MINUTES_DEFAULT,
  roleLabel,
  type Account,
  type AccountCreateInput,
  type AccountUpdateInput,
  type Role,
} from '../../../../shared/contract/accounts';
import type { CoreContext, WriteResult } from '../../context';
import { newId } from '../../ids';
import { writeAudit } from '../audit/service';
import { readSetting, writeSetting } from '../settings/queries';
import { instantMs, NOBODY, operatorName } from './caller';
import { hashSecret, newRecoveryCode, normalizeRecoveryCode, verifySecret } from './password';
import {
  accountById,
  accountByUsername,
  allAccountRows,
  countAccounts,
  insertAccount,
  patchAccount,
  setTownships,
  toAccount,
  type AccountRow,
} from './queries';
import { found } from '../../db/found';

/** Wrong passwords in a row before the account is locked, and for how long (issue 19). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

const KEY_RECOVERY = 'auth.recovery';
const KEY_LOCK_MINUTES = 'auth.lockMinutes';
const BAD_CREDENTIALS = '用户名或密码不正确。';

interface RecoverySetting {
  accountId: string;
  hash: string;
}

export const needsSetup = (ctx: CoreContext): boolean => countAccounts(ctx.db) === 0;

export const lockMinutes = (ctx: CoreContext): number =>
  readSetting<number>(ctx.db, KEY_LOCK_MINUTES) ?? LOCK_MINUTES_DEFAULT;

function mustGet(ctx: CoreContext, id: string): AccountRow {
  return found(accountById(ctx.db, id), '找不到该账号。');
}

const view = (ctx: CoreContext, id: string): Account => toAccount(ctx.db, mustGet(ctx, id));

/** Stores a fresh recovery code's hash for the administrator and returns the code (shown once). */
function issueRecoveryCode(ctx: CoreContext, accountId: string, by: string): string {
  const code = newRecoveryCode();
  const setting: RecoverySetting = { accountId, hash: hashSecret(normalizeRecoveryCode(code)) };
  writeSetting(ctx.db, KEY_RECOVERY, setting, by, ctx.now());
  return code;
}

/** Audit rows of the public calls, written by hand: dispatch audits only `write` channels. */
function audit(ctx: CoreContext, operator: string, channel: string, entityId: string | null, summary: string) {
  writeAudit(ctx.db, { at: ctx.now(), operator, channel, entity: 'account', entityId, summary, accountId: entityId });
}

/** A new account, its password hashed (the first start's administrator, 账号管理's 新建); returns its id. */
function addAccount(
  ctx: CoreContext,
  a: { username: string; displayName: string; password: string; role: Role; fullIdExport: boolean },
  by: string,
): string {
  const id = newId();
  const { username, displayName, role, fullIdExport } = a;
  insertAccount(
    ctx.db,
    { id, username, displayName, role, fullIdExport, passwordHash: hashSecret(a.password) },
    by,
    ctx.now(),
  );
  return id;
}

/** First start on an empty data folder: creates the administrator, signs in, and returns the recovery code. */
export function setUp(ctx: CoreContext, input: { username: string; displayName: string; password: string }) {
  return ctx.db
    .transaction(() => {
      if (!needsSetup(ctx)) throw conflict('管理员账号已经创建，请直接登录。');
      const by = operatorName(input);
      const id = addAccount(ctx, { ...input, role: 'admin', fullIdExport: true }, by);
      const recoveryCode = issueRecoveryCode(ctx, id, by);
      audit(ctx, by, 'auth.setup', id, `首次启动：创建管理员账号“${input.username}”`);
      return { account: view(ctx, id), recoveryCode, session: ctx.sessions.open(id, instantMs(ctx)) };
    })
    .immediate();
}

/** Whole minutes left of a lockout, at least 1. */
const minutesLeft = (until: string, nowMs: number) => Math.max(1, Math.ceil((Date.parse(until) - nowMs) / 60_000));

/**
 * One more wrong password or recovery code in a row: the count, whether it locks (the MAX_FAILED_ATTEMPTS-th does,
 * for LOCKOUT_MINUTES by the core's clock), until when, and the count to keep (0 once locked).
 */
function wrongAttempt(failedBefore: number, nowMs: number) {
  const failed = failedBefore + 1;
  const lock = failed >= MAX_FAILED_ATTEMPTS;
  const until = lock ? new Date(nowMs + LOCKOUT_MINUTES * 60_000).toISOString() : null;
  return { failed, lock, until, kept: lock ? 0 : failed };
}

function lockedMessage(until: string, nowMs: number): string {
  const minutes = minutesLeft(until, nowMs);
  return `密码连续输错${MAX_FAILED_ATTEMPTS}次，账号已锁定，请${minutes}分钟后再试，或请管理员重置密码。`;
}

/**
 * Checks the password. A wrong one counts towards the lockout (written even though the call fails); the
 * fifth in a row locks the account for LOCKOUT_MINUTES by the core's clock.
 */
export function signIn(ctx: CoreContext, input: { username: string; password: string }) {
  const nowMs = instantMs(ctx);
  const row = accountByUsername(ctx.db, input.username);
  if (!row || row.active !== 1) {
    if (!row) verifySecret(input.password, DUMMY_HASH); // same time as a real check: no hint which names exist
    throw ruleViolation(row ? '该账号已停用，请联系管理员。' : BAD_CREDENTIALS);
  }
  if (row.locked_until && Date.parse(row.locked_until) > nowMs)
    throw ruleViolation(lockedMessage(row.locked_until, nowMs));
  if (!verifySecret(input.password, row.password_hash)) {
    const { failed, lock, until, kept } = wrongAttempt(row.failed_attempts, nowMs);
    ctx.db
      .transaction(() => {
        patchAccount(ctx.db, row.id, { failed_attempts: kept, locked_until: until }, row.username, ctx.now());
        audit(
          ctx,
          operatorName({ displayName: row.display_name }),
          'auth.signIn',
          row.id,
          lock
            ? `密码连续输错${MAX_FAILED_ATTEMPTS}次，账号锁定${LOCKOUT_MINUTES}分钟`
            : `登录失败：密码不正确（第${failed}次）`,
        );
      })
      .immediate();
    throw ruleViolation(lock ? lockedMessage(until!, nowMs) : BAD_CREDENTIALS);
  }
  ctx.db
    .transaction(() => {
      if (row.failed_attempts || row.locked_until)
        patchAccount(ctx.db, row.id, { failed_attempts: 0, locked_until: null }, row.username, ctx.now());
      audit(ctx, operatorName({ displayName: row.display_name }), 'auth.signIn', row.id, '登录');
    })
    .immediate();
  return { account: view(ctx, row.id), session: ctx.sessions.open(row.id, nowMs) };
}

// A hash of a random secret, so an unknown user name costs one scrypt like a known one.
const DUMMY_HASH = hashSecret(newRecoveryCode());

export function signOut(ctx: CoreContext) {
  return { signedOut: ctx.sessions.close(ctx.caller.session) };
}

const KEY_RECOVERY_ATTEMPTS = 'auth.recoveryAttempts';

/** Wrong recovery codes in a row, and until when the code is refused after MAX_FAILED_ATTEMPTS of them. */
interface RecoveryAttempts {
  failed: number;
  lockedUntil: string | null;
}

function recoveryLockedMessage(until: string, nowMs: number): string {
  const minutes = minutesLeft(until, nowMs);
  return `恢复码连续输错${MAX_FAILED_ATTEMPTS}次，已暂停使用，请${minutes}分钟后再试。`;
}

/**
 * A wrong recovery code counts like a wrong password (written although the call fails): the fifth in a row
 * refuses every code, the right one too, for LOCKOUT_MINUTES by the core's clock.
 */
function refuseRecovery(ctx: CoreContext, stored: RecoverySetting | null, nowMs: number): never {
  const before = readSetting<RecoveryAttempts>(ctx.db, KEY_RECOVERY_ATTEMPTS);
  const { failed, lock, until, kept } = wrongAttempt(before?.failed ?? 0, nowMs);
  ctx.db
    .transaction(() => {
      const attempts: RecoveryAttempts = { failed: kept, lockedUntil: until };
      writeSetting(ctx.db, KEY_RECOVERY_ATTEMPTS, attempts, NOBODY, ctx.now());
      audit(
        ctx,
        NOBODY,
        'auth.recover',
        stored?.accountId ?? null,
        lock
          ? `恢复码连续输错${MAX_FAILED_ATTEMPTS}次，暂停使用${LOCKOUT_MINUTES}分钟`
          : `恢复码不正确（第${failed}次）`,
      );
    })
    .immediate();
  if (lock) throw ruleViolation(recoveryLockedMessage(until!, nowMs));
  throw badInput({ recoveryCode: '恢复码不正确' }, '恢复码不正确，密码未修改。');
}

/** The recovery code resets the administrator's password, unlocks and re-activates the account, and is replaced. */
export function recover(ctx: CoreContext, input: { recoveryCode: string; newPassword: string }) {
  const nowMs = instantMs(ctx);
  const attempts = readSetting<RecoveryAttempts>(ctx.db, KEY_RECOVERY_ATTEMPTS);
  if (attempts?.lockedUntil && Date.parse(attempts.lockedUntil) > nowMs)
    throw ruleViolation(recoveryLockedMessage(attempts.lockedUntil, nowMs));
  const stored = readSetting<RecoverySetting>(ctx.db, KEY_RECOVERY);
  const code = normalizeRecoveryCode(input.recoveryCode);
  if (!stored || !code || !verifySecret(code, stored.hash)) refuseRecovery(ctx, stored, nowMs);
  return ctx.db
    .transaction(() => {
      const row = mustGet(ctx, stored.accountId);
      const by = operatorName({ displayName: row.display_name });
      patchAccount(
        ctx.db,
        row.id,
        {
          password_hash: hashSecret(input.newPassword),
          failed_attempts: 0,
          locked_until: null,
          active: 1,
          role: 'admin',
        },
        by,
        ctx.now(),
      );
      ctx.sessions.closeAccount(row.id);
      if (attempts) writeSetting(ctx.db, KEY_RECOVERY_ATTEMPTS, { failed: 0, lockedUntil: null }, by, ctx.now());
      const recoveryCode = issueRecoveryCode(ctx, row.id, by);
      audit(ctx, by, 'auth.recover', row.id, '用恢复码重设管理员密码；旧恢复码作废，已生成新恢复码');
      return { account: view(ctx, row.id), recoveryCode, session: ctx.sessions.open(row.id, instantMs(ctx)) };
    })
    .immediate();
}

export function changePassword(
  ctx: CoreContext,
  input: { currentPassword: string; newPassword: string },
): WriteResult<Account> {
  const me = ctx.caller.account;
  if (!me) throw new AppError('UNAUTHENTICATED', '尚未登录或登录已过期，请重新登录。');
  const row = mustGet(ctx, me.id);
  if (!verifySecret(input.currentPassword, row.password_hash))
    throw badInput({ currentPassword: '当前密码不正确' }, '当前密码不正确，密码未修改。');
  patchAccount(ctx.db, row.id, { password_hash: hashSecret(input.newPassword) }, ctx.operator(), ctx.now());
  ctx.sessions.closeAccount(row.id, ctx.caller.session ?? undefined);
  return { data: view(ctx, row.id), entityId: row.id, summary: '修改本人密码' };
}

export const listAccounts = (ctx: CoreContext): Account[] => allAccountRows(ctx.db).map((r) => toAccount(ctx.db, r));

/** Township ids must be existing 乡镇(街道) (level 4). */
function checkTownships(ctx: CoreContext, ids: string[]): void {
  const level = ctx.db.prepare('SELECT level FROM regions WHERE id = ?');
  for (const id of ids) {
    const r = level.get(id) as { level: number } | undefined;
    if (!r || r.level !== 4) throw badInput({ townshipIds: '所选乡镇(街道)不存在' });
  }
}

export function createAccount(ctx: CoreContext, input: AccountCreateInput): WriteResult<Account> {
  if (accountByUsername(ctx.db, input.username))
    throw conflict(`用户名“${input.username}”已被使用。`, undefined, { username: '该用户名已被使用' });
  const townships = input.role === 'clerk' ? input.townshipIds : [];
  checkTownships(ctx, townships);
  const id = addAccount(ctx, input, ctx.operator());
  setTownships(ctx.db, id, townships);
  return {
    data: view(ctx, id),
    entityId: id,
    summary: `新建账号“${input.username}”（${roleLabel(input.role)}${input.fullIdExport ? '，可导出完整号码' : ''}）`,
  };
}

const activeAdmins = (ctx: CoreContext, except: string): number =>
  (
    ctx.db
      .prepare("SELECT count(*) AS n FROM accounts WHERE role = 'admin' AND active = 1 AND id <> ?")
      .get(except) as { n: number }
  ).n;

function keepOneAdmin(ctx: CoreContext, row: AccountRow, message: string): void {
  if (row.role === 'admin' && row.active === 1 && activeAdmins(ctx, row.id) === 0) throw ruleViolation(message);
}

export function updateAccount(ctx: CoreContext, input: AccountUpdateInput): WriteResult<Account> {
  const row = mustGet(ctx, input.id);
  if (input.role !== 'admin') keepOneAdmin(ctx, row, '这是唯一的管理员账号，不能改为其他角色。');
  const townships = input.role === 'clerk' ? input.townshipIds : [];
  checkTownships(ctx, townships);
  patchAccount(
    ctx.db,
    row.id,
    { display_name: input.displayName, role: input.role, full_id_export: input.fullIdExport ? 1 : 0 },
    ctx.operator(),
    ctx.now(),
  );
  setTownships(ctx.db, row.id, townships);
  return {
    data: view(ctx, row.id),
    entityId: row.id,
    summary: `修改账号“${row.username}”：${roleLabel(input.role)}${input.fullIdExport ? '，可导出完整号码' : ''}`,
  };
}

export function resetPassword(ctx: CoreContext, input: { id: string; password: string }): WriteResult<Account> {
  const row = mustGet(ctx, input.id);
  patchAccount(
    ctx.db,
    row.id,
    { password_hash: hashSecret(input.password), failed_attempts: 0, locked_until: null },
    ctx.operator(),
    ctx.now(),
  );
  ctx.sessions.closeAccount(row.id, ctx.caller.session ?? undefined);
  return { data: view(ctx, row.id), entityId: row.id, summary: `重设账号“${row.username}”的密码并解除锁定` };
}

export function setActive(ctx: CoreContext, id: string, active: boolean): WriteResult<Account> {
  const row = mustGet(ctx, id);
  if (!active) {
    if (row.id === ctx.caller.account?.id) throw ruleViolation('不能停用当前登录的账号。');
    keepOneAdmin(ctx, row, '这是唯一的管理员账号，不能停用。');
  }
  patchAccount(ctx.db, row.id, { active: active ? 1 : 0 }, ctx.operator(), ctx.now());
  if (!active) ctx.sessions.closeAccount(row.id);
  return { data: view(ctx, row.id), entityId: row.id, summary: `${active ? '启用' : '停用'}账号“${row.username}”` };
}

export function setLockMinutes(ctx: CoreContext, minutes: number): WriteResult<{ lockMinutes: number }> {
  writeSetting(ctx.db, KEY_LOCK_MINUTES, minutes, ctx.operator(), ctx.now());
  return {
    data: { lockMinutes: minutes },
    entityId: KEY_LOCK_MINUTES,
    summary: `无操作自动锁定时间设为${minutes}分钟`,
  };
}

export { NOBODY };
