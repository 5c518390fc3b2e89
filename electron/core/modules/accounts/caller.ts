import type { Account } from '../../../../shared/contract/accounts';
import type { CallerInfo, CoreContext } from '../../context';
import { accountById, toAccount } from './queries';
import { scopeOf } from '../../scope/scope';

/**
 * How an account signs the audit log and the created_by/updated_by columns: its display name, as the operator name
 * of settings did before accounts; the audit row also keeps the account id (audit_log.account_id) to tell apart
 * two accounts of the same name.
 */
export const operatorName = (a: Pick<Account, 'displayName'>): string => a.displayName;

export const NOBODY = '（未登录）';

/** The signed-in account's id, or null for nobody: what jobs and written files are owned by. */
export const callerId = (ctx: Pick<CoreContext, 'caller'>): string | null => ctx.caller.account?.id ?? null;

/**
 * For the audit summary of a step that prints a typed signature name (a roster's 审核人, the 县级确认 reviewer): nothing
 * when the name is the signed-in account's own, else which account entered it (audit4 gap 8; the audit row keeps the
 * account id too).
 */
export const enteredBy = (ctx: Pick<CoreContext, 'operator'>, signedName: string): string =>
  signedName === ctx.operator() ? '' : `，由账号“${ctx.operator()}”录入`;

export const instantMs = (ctx: Pick<CoreContext, 'now'>): number => Date.parse(ctx.now());

/** The live account behind a session token: null when there is no session, it expired, or the account is off. */
export function resolveCaller(ctx: CoreContext, session: string | null | undefined): CallerInfo {
  const id = ctx.sessions.touch(session, instantMs(ctx));
  const row = id ? accountById(ctx.db, id) : undefined;
  if (!row || row.active !== 1) return { account: null, session: null };
  return { account: toAccount(ctx.db, row), session: session ?? null };
}

/**
 * A context for one call: the caller and its operator name; everything else (db, clock, jobs) is the core's own.
 * db is passed through both ways, because a restore swaps the connection on the context it was given.
 */
export function contextFor(base: CoreContext, caller: CallerInfo): CoreContext {
  return Object.create(base, {
    caller: { value: caller, enumerable: true },
    scope: { value: scopeOf(caller.account), enumerable: true },
    operator: { value: () => (caller.account ? operatorName(caller.account) : NOBODY), enumerable: true },
    db: {
      get: () => base.db,
      set: (v: CoreContext['db']) => {
        base.db = v;
      },
      enumerable: true,
    },
  }) as CoreContext;
}
