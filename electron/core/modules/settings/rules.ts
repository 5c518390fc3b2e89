// 规则设置: list and change the effective-dated rule settings (shared/domain/rule-settings.ts). A change is a new
// settings row from its effective date; the rules read the value in force on the date they judge, so earlier months
// keep theirs. A change may not take effect inside or before a locked month (the locked month's figures were
// reported), and it never touches stored amounts: reviewed subsidy rosters keep theirs (subsidies/lock.ts).
import type Database from 'better-sqlite3';
import type { RuleSettingsView } from '../../../../shared/contract/rule-settings';
import { badInput } from '../../../../shared/contract/result';
import { addMonths, chineseMonth } from '../../../../shared/domain/dates';
import {
  MIN_WAGE_KEY,
  RULE_SETTINGS,
  checkRuleValue,
  fromStored,
  ruleSettingDef,
  ruleValueText,
  toStored,
  type RuleSettingDef,
  type RuleValues,
} from '../../../../shared/domain/rule-settings';
import type { CoreContext, WriteResult } from '../../context';
import { lastLockedMonth } from '../period-locks/guard';
import { minWageTableOn } from '../posts/config';
import { readSetting, writeSetting } from './queries';
import { refuseField } from '../../refuse-field';

interface Row {
  effective_from: string;
  value: string;
  updated_at: string;
  updated_by: string;
  source_note: string | null;
}

function inForce(db: Database.Database, def: RuleSettingDef, today: string) {
  if (def.key === MIN_WAGE_KEY) {
    const t = minWageTableOn(db, today);
    return {
      effectiveFrom: t?.effectiveFrom ?? null,
      values: t ? fromStored(def, { monthly: t.monthly, hourly: t.hourly }) : { ...def.defaults },
    };
  }
  const row = db
    .prepare('SELECT effective_from FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC')
    .pluck()
    .get(def.key, today) as string | undefined;
  // No row: the default (a stored null means something for some settings, e.g. CFG-06 off).
  return { effectiveFrom: row ?? null, values: fromStored(def, row ? readSetting(db, def.key, today) : undefined) };
}

export function ruleSettingsView(db: Database.Database, today: string): RuleSettingsView {
  const rows = db.prepare(
    'SELECT effective_from, value, updated_at, updated_by, source_note FROM settings WHERE key = ? ORDER BY effective_from DESC',
  );
  const locked = lastLockedMonth(db);
  return {
    items: RULE_SETTINGS.map((def) => ({
      key: def.key,
      inForce: inForce(db, def, today),
      history: (rows.all(def.key) as Row[]).map((r) => ({
        effectiveFrom: r.effective_from,
        values: fromStored(def, JSON.parse(r.value)),
        updatedAt: r.updated_at,
        updatedBy: r.updated_by,
        note: r.source_note,
      })),
    })),
    firstOpenDate: locked ? `${addMonths(locked, 1)}-01` : null,
  };
}

export function setRuleSetting(
  ctx: CoreContext,
  input: { key: string; effectiveFrom: string; values: RuleValues; note: string | null },
): WriteResult<RuleSettingsView> {
  const def = ruleSettingDef(input.key);
  if (!def) throw badInput({ key: '没有这个设置项' });
  const bad = checkRuleValue(def, input.values);
  if (Object.keys(bad).length)
    throw badInput(Object.fromEntries(Object.entries(bad).map(([k, m]) => [`values.${k}`, m])));
  const locked = lastLockedMonth(ctx.db);
  if (locked && input.effectiveFrom.slice(0, 7) <= locked) {
    const first = `${addMonths(locked, 1)}-01`;
    refuseField(
      `${chineseMonth(locked)}已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 ${first}`,
      'effectiveFrom',
    );
  }
  const before = inForce(ctx.db, def, input.effectiveFrom);
  const values = Object.fromEntries(def.fields.map((f) => [f.name, input.values[f.name]]));
  writeSetting(ctx.db, def.key, toStored(def, values), ctx.operator(), ctx.now(), input.effectiveFrom);
  if (input.note !== undefined)
    ctx.db
      .prepare('UPDATE settings SET source_note = ? WHERE key = ? AND effective_from = ?')
      .run(input.note, def.key, input.effectiveFrom);
  return {
    data: ruleSettingsView(ctx.db, ctx.today()),
    entityId: def.key,
    summary: `规则设置“${def.label}”自 ${input.effectiveFrom} 起：${ruleValueText(def, before.values)} → ${ruleValueText(def, values)}${input.note ? `（依据：${input.note}）` : ''}`,
  };
}
