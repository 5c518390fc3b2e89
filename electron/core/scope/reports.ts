import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract';
import { reportInfo } from '../../../shared/contract/reports';
import { oneTownship, scopeNames, type Scope } from './scope';

/**
 * The 乡镇 a report is exported for (issue 19, DOMAIN §9.4): a 乡镇经办 exports only reports that can be made for one
 * 乡镇 — for theirs (chosen, or the only one they have). The reports submitted for the whole county (补贴发放花名册,
 * 见习, 跟踪服务, 培训) have no 乡镇 choice and are refused to them rather than cut to a partial county.
 */
export function reportTownship(
  db: Database.Database,
  scope: Scope,
  report: string,
  townshipId: string | undefined,
): string | undefined {
  if (scope.county) return townshipId;
  if (!reportInfo(report)?.township)
    throw new AppError(
      'FORBIDDEN',
      `该报表按全县汇总上报，乡镇经办（${scopeNames(db, scope)}）不能导出：请由县级经办或审核员导出。`,
    );
  return oneTownship(db, scope, townshipId);
}
