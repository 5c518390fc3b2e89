import { roleLabel } from '../../shared/contract/accounts';
import type { AppErrorBody, Channel } from '../../shared/contract';
import { capabilityOf, FULL_ID_WHEN, hasCapability } from '../../shared/contract/permissions';
import type { CallerInfo } from './context';

// The permission check dispatch runs before any handler (issue 19, ARCHITECTURE §7a): the table is
// shared/contract/permissions.ts; these are the refusals a clerk reads.

const UNAUTHENTICATED_MESSAGE = '尚未登录或登录已过期，请重新登录。';
const FULL_ID_REFUSED = '当前账号没有导出完整号码的权限：请导出隐藏号码的版本，或请管理员开通该权限。';

const CAPABILITY_WORDS = {
  write: '录入或修改数据',
  review: '审核',
  admin: '管理账号和系统设置',
} as const;

function forbiddenMessage(caller: CallerInfo, channel: Channel): string {
  const role = caller.account ? roleLabel(caller.account.role) : '';
  const need = capabilityOf(channel);
  const what =
    need in CAPABILITY_WORDS ? `（需要${CAPABILITY_WORDS[need as keyof typeof CAPABILITY_WORDS]}的权限）` : '';
  return `当前账号（${role}）无权执行此操作${what}。`;
}

/** Before the input is parsed: is anyone signed in, and may their role call the channel at all? */
export function refuseByRole(caller: CallerInfo, channel: Channel): AppErrorBody | null {
  const need = capabilityOf(channel);
  if (need === 'public') return null;
  if (!caller.account) return { code: 'UNAUTHENTICATED', message: UNAUTHENTICATED_MESSAGE };
  if (!hasCapability(caller.account, need)) return { code: 'FORBIDDEN', message: forbiddenMessage(caller, channel) };
  return null;
}

/** After parsing: an input that asks for full ID numbers needs the account's fullId flag as well (§9.5). */
export function refuseByInput(caller: CallerInfo, channel: Channel, input: unknown): AppErrorBody | null {
  const asksFull = FULL_ID_WHEN[channel]?.(input) ?? false;
  if (asksFull && !hasCapability(caller.account, 'fullId')) return { code: 'FORBIDDEN', message: FULL_ID_REFUSED };
  return null;
}
