// Demo 灵活就业社会保险补贴 (BR-30, information only): a handful of persons shown as 灵活就业 (E09 22) who have no
// unemployment registration and are not yet retired at the start get a period each through the core's own channels (plan, then create; a few are ended
// early with 终止), so every rule is checked as for a clerk and each write has its audit row. Start months count back
// from `today`'s month; the plan gives the end month and the 享受类别 / 补贴险种 the register derives.
import type { Core } from '../../electron/core/core';
import { addMonths, monthOf, monthRange } from '../../shared/domain/dates';
import { invokeOk } from './invoke';

interface FlexSeedOptions {
  today: string;
  /** Persons to give a period (fewer when the county has fewer). Default 8. */
  persons?: number;
  log?: (line: string) => void;
}

/** How far back each period starts (months before today's month) and whether it was ended early. */
const PLAN: readonly { back: number; terminate: boolean }[] = [
  { back: 2, terminate: false },
  { back: 14, terminate: false },
  { back: 30, terminate: false },
  { back: 40, terminate: false },
  { back: 9, terminate: true },
  { back: 0, terminate: false },
  { back: 22, terminate: true },
  { back: 5, terminate: false },
];

/** Returns how many periods were registered and how many of them ended early. */
export async function seedFlexibleSubsidies(core: Core, o: FlexSeedOptions) {
  const month = monthOf(o.today);
  const wanted = o.persons ?? PLAN.length;
  const ids = core.ctx.db
    .prepare(
      `SELECT id FROM persons WHERE employment_status = '22' AND deleted_at IS NULL
         AND id NOT IN (SELECT person_id FROM registrations) ORDER BY rowid LIMIT ?`,
    )
    .pluck()
    .all(wanted * 4) as string[];
  const result = { periods: 0, terminated: 0 };
  for (const personId of ids) {
    if (result.periods === wanted) break;
    const { back, terminate } = PLAN[result.periods % PLAN.length];
    const startMonth = addMonths(month, -back);
    const saved = await createPlanned(core, personId, startMonth, null);
    if (!saved) continue; // retired by then: no month to subsidise
    result.periods++;
    if (!terminate) continue;
    // Ended early last month; a period whose planned end (retirement, the 3-year cap) came before that ends the month
    // before its end instead, as a termination after the end month is refused.
    const lastMonth = addMonths(month, -1);
    const end = saved.endMonth as string;
    const endsIn = end >= lastMonth ? lastMonth : addMonths(end, -1);
    if (endsIn < startMonth) continue;
    await invokeOk(core, 'flexibleSubsidies.terminate', {
      id: saved.id,
      terminatedOn: monthRange(endsIn).start,
      terminateReason: '3',
      terminateNote: '本人停止缴纳灵活就业社会保险',
    });
    result.terminated++;
  }
  o.log?.(`灵活就业社会保险补贴：${result.periods} 人，其中提前终止 ${result.terminated} 人`);
  return result;
}

/**
 * One period entered on the wrong person and deleted (删除, soft), so 显示已删除 on the person's 灵活就业补贴 tab has
 * something to show and 恢复: a 灵活就业 person without a period. Returns the person's id, or null when none is left.
 */
export async function seedDeletedFlexSubsidy(core: Core, o: Pick<FlexSeedOptions, 'today' | 'log'>) {
  const candidates = core.ctx.db
    .prepare(
      `SELECT id FROM persons WHERE employment_status = '22' AND deleted_at IS NULL
         AND id NOT IN (SELECT person_id FROM registrations)
         AND id NOT IN (SELECT person_id FROM flexible_subsidies) ORDER BY rowid LIMIT 20`,
    )
    .pluck()
    .all() as string[];
  const startMonth = addMonths(monthOf(o.today), -3);
  for (const personId of candidates) {
    const saved = await createPlanned(core, personId, startMonth, '登记错人');
    if (!saved) continue; // retired by then
    await invokeOk(core, 'flexibleSubsidies.remove', { id: saved.id });
    o.log?.('灵活就业社会保险补贴：1 条登记错人的记录已删除（可在“显示已删除”中恢复）');
    return personId;
  }
  return null;
}

/** A period from `startMonth` as flexibleSubsidies.plan suggests it (end, 享受类别, 险种); null when retired by then. */
async function createPlanned(core: Core, personId: string, startMonth: string, remark: string | null) {
  const plan = await invokeOk(core, 'flexibleSubsidies.plan', { personId, startMonth });
  if (!plan.endMonth) return null;
  return invokeOk(core, 'flexibleSubsidies.create', {
    personId,
    startMonth,
    endMonth: plan.endMonth,
    target: plan.target,
    insurance: plan.insurance,
    handler: '阿依古丽',
    remark,
  });
}
