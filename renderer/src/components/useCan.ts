import { useContext } from 'react';
import type { Channel } from '../../../shared/contract';
import { canUse } from '../../../shared/contract/permissions';
import { SessionContext } from './session';

/**
 * True when the signed-in account's role may call the channel (shared/contract/permissions.ts, the table the core
 * enforces). Screens hide the buttons of writes the role may not make: a 只读 account sees no 新增/编辑/删除,
 * only 审核员 and 管理员 see the review actions, a 乡镇经办 sees no county-wide operation (generating a roster, a
 * period lock). Without a session nothing but the public calls is allowed.
 *
 *   const canAdd = useCan('persons.create');
 *   {canAdd && <Button>新增</Button>}
 */
export function useCan(channel: Channel): boolean {
  const session = useContext(SessionContext);
  return canUse(session?.account ?? null, channel);
}
