// BR-29 留用率 over internships that ended in a period: for one host or all (internships.retention), and per host in
// one answer (internships.retentionByHost: the 留用率 tab's rows and total, one read instead of one per base). A
// 乡镇经办 counts only the interns of their townships (issue 19), the hosts stay county-wide as employers do.
import type { z } from 'zod';
import type { retentionByHostOutput, retentionOutput } from '../../../../shared/contract/internships';
import { retentionRate } from '../../../../shared/domain/retention';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { scopeParam } from '../../scope/scope';
import { retentionThresholdsOn } from './config';
import { endedBetween, type EndedRow } from './queries';

type Retention = z.output<typeof retentionOutput>;
type Lines = ReturnType<typeof retentionThresholdsOn>;

/** The rate of some ended internships and, with CFG-21 in force on the period's last day, where it stands. */
function rateOf(rows: readonly EndedRow[], lines: Lines): Retention {
  const r = retentionRate(rows.map((x) => ({ endType: x.end_type, retained: x.retained === 1 })));
  const standing =
    !lines || r.ratePercent === null
      ? null
      : r.ratePercent >= lines.bonusPercent
        ? 'bonus'
        : r.ratePercent < lines.revokePercent
          ? 'revoke'
          : 'between';
  return { ...r, excluded: rows.length - r.ended, standing };
}

/** BR-29 over internships that ended in [from, to], at one host or all. */
export function retention(ctx: CoreContext, from: string, to: string, hostId?: string): Retention {
  const rows = endedBetween(ctx.db, from, to, hostId, scopeParam(ctx.scope) ?? undefined);
  return rateOf(rows, retentionThresholdsOn(ctx.db, to));
}

/**
 * BR-29 per host in one read: every live 见习基地 by name, then any other host (no longer a base, or deleted) whose
 * internships ended in the period, so the rows add up to the total. Each row is what retention() answers for it.
 */
export function retentionByHost(ctx: CoreContext, from: string, to: string): z.output<typeof retentionByHostOutput> {
  const rows = endedBetween(ctx.db, from, to, undefined, scopeParam(ctx.scope) ?? undefined);
  const lines = retentionThresholdsOn(ctx.db, to);
  const byHost = new Map<string, EndedRow[]>();
  for (const r of rows) {
    const list = byHost.get(r.host_id);
    if (list) list.push(r);
    else byHost.set(r.host_id, [r]);
  }
  const hosts = prepared(
    ctx.db,
    `SELECT id, name FROM employers
     WHERE (deleted_at IS NULL AND is_internship_base = 1) OR id IN (SELECT value FROM json_each(?))
     ORDER BY (deleted_at IS NULL AND is_internship_base = 1) DESC, name, id`,
  ).all(JSON.stringify([...byHost.keys()])) as { id: string; name: string }[];
  return {
    hosts: hosts.map((h) => ({ hostId: h.id, hostName: h.name, ...rateOf(byHost.get(h.id) ?? [], lines) })),
    total: rateOf(rows, lines),
  };
}
