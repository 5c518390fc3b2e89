// Rosters of one 乡镇 and of one 见习单位 (DOMAIN §3.10 范围) in today's month: the first 乡镇 (by code) with attendance
// rows has handed in its own 岗位补贴 roster early, and the first 见习单位 (by name) with allowance rows its own 见习补贴
// roster; both drafts, made by the core's roster generation. The county's rosters of the month, made later, take
// the other rows. After the subsidy and internship seeds: they make today's rows.
import type { Core } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
import { generateBatch } from '../../electron/core/modules/subsidies/generate';
import { monthOf } from '../../shared/domain/dates';
import { SEED_OPERATOR } from './placements';
import type { StepOptions } from './step-options';

export function seedScopedRosters(core: Core, options: StepOptions): string[] {
  const db = core.ctx.db;
  const ctx: CoreContext = { ...core.ctx, operator: () => SEED_OPERATOR };
  const month = monthOf(options.today);
  const township = db
    .prepare(
      `SELECT r.id FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id
      JOIN regions r ON r.id = po.township_id WHERE a.month = ? ORDER BY r.code LIMIT 1`,
    )
    .pluck()
    .get(month) as string | undefined;
  const host = db
    .prepare(
      `SELECT e.id FROM internship_allowances ia JOIN internships it ON it.id = ia.internship_id
      JOIN employers e ON e.id = it.host_id WHERE ia.month = ? ORDER BY e.name LIMIT 1`,
    )
    .pluck()
    .get(month) as string | undefined;
  const names: string[] = [];
  db.transaction(() => {
    if (township)
      names.push(
        generateBatch(ctx, { kind: 'post', month, scope: 'township', townshipId: township, employerId: null }).data
          .name,
      );
    if (host)
      names.push(
        generateBatch(ctx, { kind: 'internship', month, scope: 'employer', townshipId: null, employerId: host }).data
          .name,
      );
  })();
  options.log?.(`乡镇或单位花名册：${names.join('、') || '无'}`);
  return names;
}
