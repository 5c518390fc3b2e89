import type { PartialHandlers } from '../../handlers';
import {
  changePassword,
  createAccount,
  listAccounts,
  lockMinutes,
  needsSetup,
  recover,
  resetPassword,
  setActive,
  setLockMinutes,
  setUp,
  signIn,
  signOut,
  updateAccount,
} from './service';

type AuthChannel =
  | 'auth.status'
  | 'auth.setup'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'auth.recover'
  | 'auth.changePassword'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'
  | 'accounts.resetPassword'
  | 'accounts.deactivate'
  | 'accounts.activate'
  | 'accounts.setLockMinutes';

export const accountsHandlers: PartialHandlers<AuthChannel> = {
  'auth.status': (_input, ctx) => ({
    needsSetup: needsSetup(ctx),
    account: ctx.caller.account,
    lockMinutes: lockMinutes(ctx),
  }),
  'auth.setup': (input, ctx) => setUp(ctx, input),
  'auth.signIn': (input, ctx) => signIn(ctx, input),
  'auth.signOut': (_input, ctx) => signOut(ctx),
  'auth.recover': (input, ctx) => recover(ctx, input),
  'auth.changePassword': (input, ctx) => changePassword(ctx, input),
  'accounts.list': (_input, ctx) => ({ items: listAccounts(ctx) }),
  'accounts.create': (input, ctx) => createAccount(ctx, input),
  'accounts.update': (input, ctx) => updateAccount(ctx, input),
  'accounts.resetPassword': (input, ctx) => resetPassword(ctx, input),
  'accounts.deactivate': (input, ctx) => setActive(ctx, input.id, false),
  'accounts.activate': (input, ctx) => setActive(ctx, input.id, true),
  'accounts.setLockMinutes': (input, ctx) => setLockMinutes(ctx, input.minutes),
};
