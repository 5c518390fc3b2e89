// What a rule setting's values mean: the range check of the form and the core, the stored JSON value and back,
// the values in words, and the values in force on a date.
import { fenToYuanText } from './money';
import { WAGE_TIERS } from './min-wage';
import {
  EXTENSION_2020_KEY,
  MIN_WAGE_KEY,
  MIN_WAGE_TIER_KEY,
  SUBSIDISED_CERTIFICATES,
  TRAINING_RULES_KEY,
  standardField,
  type RuleField,
  type RuleSettingDef,
  type RuleValue,
  type RuleValues,
} from './rule-setting-def';

/**
 * Checks a setting's values against its fields: every field present, of its type and within its range. Returns
 * the field name → Chinese message naming the field, empty when all is well.
 */
export function checkRuleValue(def: RuleSettingDef, values: RuleValues): Record<string, string> {
  const out: Record<string, string> = {};
  const name = (f: RuleField) => (def.fields.length > 1 ? `${def.label}（${f.label}）` : f.label);
  for (const f of def.fields) {
    const v = values[f.name];
    if (f.type === 'bool') {
      if (typeof v !== 'boolean') out[f.name] = `请选择“${name(f)}”`;
    } else if (f.type === 'enum') {
      if (!f.options?.some((o) => o.value === v)) out[f.name] = `请选择“${name(f)}”`;
    } else if (typeof v !== 'number' || !Number.isInteger(v)) {
      out[f.name] = f.type === 'money' ? `“${name(f)}”应为金额（最多两位小数）` : `“${name(f)}”应为整数`;
    } else if (v < (f.min ?? 0) || v > (f.max ?? Number.MAX_SAFE_INTEGER)) {
      const [lo, hi] = f.type === 'money' ? [fenToYuanText(f.min ?? 0), fenToYuanText(f.max ?? 0)] : [f.min, f.max];
      out[f.name] = `“${name(f)}”应在 ${lo}–${hi}${f.unit ?? ''} 之间`;
    }
  }
  if (def.key === 'internships.months' && !out.min && !out.max && Number(values.min) > Number(values.max))
    out.min = '见习期限（最短）不能大于最长期限';
  if (def.key === 'internships.youthAges' && !out.min && !out.max && Number(values.min) > Number(values.max))
    out.min = '失业青年年龄（最小）不能大于最大年龄';
  if (
    def.key === 'internships.retentionThresholds' &&
    !out.bonusPercent &&
    !out.revokePercent &&
    Number(values.revokePercent) > Number(values.bonusPercent)
  )
    out.revokePercent = '取消线不能高于奖励线';
  return out;
}

/** The settings row's JSON value for the form's values. */
export function toStored(def: RuleSettingDef, values: RuleValues): unknown {
  if (def.key === MIN_WAGE_KEY) {
    return {
      monthly: Object.fromEntries(WAGE_TIERS.map((t) => [t, values[`m${t}`]])),
      hourly: Object.fromEntries(WAGE_TIERS.map((t) => [t, values[`h${t}`]])),
    };
  }
  if (def.key === MIN_WAGE_TIER_KEY) return Number(values.value);
  // CFG-06 as posts/config.ts reads it: the 2020 window and the months added, or null when off.
  if (def.key === EXTENSION_2020_KEY)
    return values.enabled ? { fromMonth: '2020-01', toMonth: '2020-12', months: values.months } : null;
  if (def.key === TRAINING_RULES_KEY) {
    const rest = def.fields.filter((f) => !f.name.startsWith('standard')).map((f) => [f.name, values[f.name]]);
    // 0: the certificate is not subsidised (training/config.ts: absent from the table).
    const standards = SUBSIDISED_CERTIFICATES.filter((c) => Number(values[standardField(c.code)]) > 0).map((c) => [
      c.code,
      values[standardField(c.code)],
    ]);
    return { standards: Object.fromEntries(standards), ...Object.fromEntries(rest) };
  }
  // 0 = no county amount: the rural standard then follows the minimum wage (posts/config.ts ruralStandardOn).
  if (def.key === 'posts.ruralStandard') return values.value === 0 ? null : values.value;
  if (def.scalar) return values[def.fields[0].name];
  return Object.fromEntries(def.fields.map((f) => [f.name, values[f.name]]));
}

/** The form's values for a stored JSON value (missing parts from the defaults). */
export function fromStored(def: RuleSettingDef, stored: unknown): RuleValues {
  if (stored === undefined) return { ...def.defaults };
  if (def.key === EXTENSION_2020_KEY) {
    const months = (stored as { months?: unknown } | null)?.months;
    return { enabled: stored !== null, months: typeof months === 'number' ? months : def.defaults.months };
  }
  if (stored === null) return { ...def.defaults };
  if (def.key === MIN_WAGE_KEY) {
    const s = stored as { monthly?: Record<string, number>; hourly?: Record<string, number> };
    return Object.fromEntries([
      ...WAGE_TIERS.map((t) => [`m${t}`, s.monthly?.[t] ?? def.defaults[`m${t}`]]),
      ...WAGE_TIERS.map((t) => [`h${t}`, s.hourly?.[t] ?? def.defaults[`h${t}`]]),
    ]);
  }
  if (def.key === MIN_WAGE_TIER_KEY) return { value: String(stored) };
  if (def.key === TRAINING_RULES_KEY) {
    const o = stored as Record<string, RuleValue> & { standards?: Record<string, number> };
    return Object.fromEntries(
      def.fields.map((f) => {
        if (!f.name.startsWith('standard')) return [f.name, o[f.name] ?? def.defaults[f.name]];
        const code = f.name.slice('standard'.length);
        return [f.name, o.standards ? (o.standards[code] ?? 0) : def.defaults[f.name]];
      }),
    );
  }
  if (def.scalar) return { [def.fields[0].name]: stored as RuleValue };
  const o = stored as Record<string, RuleValue>;
  return Object.fromEntries(def.fields.map((f) => [f.name, o[f.name] ?? def.defaults[f.name]]));
}

/** A setting's values in words (screen and audit row): 女性 45周岁，男性 55周岁; 一类区; 1,900.00元/月. */
export function ruleValueText(def: RuleSettingDef, values: RuleValues): string {
  return def.fields
    .map((f) => {
      const v = values[f.name];
      const text =
        f.type === 'bool'
          ? v
            ? '是'
            : '否'
          : f.type === 'enum'
            ? (f.options?.find((o) => o.value === v)?.label ?? String(v))
            : f.type === 'money'
              ? `${fenToYuanText(Number(v))}${f.unit ?? '元'}`
              : `${String(v)}${f.unit ?? ''}`;
      return def.fields.length > 1 ? `${f.label} ${text}` : text;
    })
    .join('，');
}

/**
 * The values of one setting in force on `date`, from the county's versions (latest effective date first, as
 * `ruleSettings.list` gives them) or the built-in defaults before the first: what the core's readSetting finds.
 */
export function ruleValuesOn(
  def: RuleSettingDef,
  history: readonly { effectiveFrom: string; values: RuleValues }[],
  date: string,
): RuleValues {
  return history.find((v) => v.effectiveFrom <= date)?.values ?? { ...def.defaults };
}
