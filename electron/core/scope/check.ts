import type { AppErrorBody, Channel } from '../../../shared/contract';
import { contract } from '../../../shared/contract';
import type { ChannelDef } from '../../../shared/contract/define';
import type { CoreContext } from '../context';
import { scopeRuleOf } from './rules';
import {
  countyOnlyError,
  inScope,
  outsideFilterError,
  outsideReadError,
  outsideWriteError,
  townshipOfRegion,
} from './scope';

/** Input fields that pick a 乡镇 or 村 to filter or to place a record: outside the townships they are refused. */
const PLACE_FIELDS = ['townshipId', 'villageId'] as const;

/**
 * dispatch's township check, after the input is parsed and before the handler runs (issue 19): a township
 * clerk's place filter must lie in their townships, a county-wide operation is refused, and the persons and
 * places the input names must be theirs (a read of another township's record answers 找不到, a write is
 * refused). County-wide callers pass untouched.
 */
export function refuseByScope(ctx: CoreContext, channel: Channel, input: unknown): AppErrorBody | null {
  const { scope, db } = ctx;
  if (scope.county) return null;
  const rule = scopeRuleOf(channel);
  if (rule === 'county') return countyOnlyError(db, scope).toBody();
  const fields = (input ?? {}) as Record<string, unknown>;
  for (const key of PLACE_FIELDS) {
    const id = fields[key];
    if (typeof id !== 'string' || !id) continue;
    const township = townshipOfRegion(db, id);
    if (township && !inScope(scope, township)) return outsideFilterError(db, scope, id).toBody();
  }
  if (typeof rule !== 'object') return null;
  const isWrite = Boolean((contract[channel] as ChannelDef).write);
  for (const subject of rule.subjects(input, db)) {
    if (subject.townshipId === null || inScope(scope, subject.townshipId)) continue;
    return (isWrite ? outsideWriteError(db, scope, subject.kind) : outsideReadError(db, scope)).toBody();
  }
  return null;
}
