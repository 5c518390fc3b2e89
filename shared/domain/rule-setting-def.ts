// The shape of a rule setting (rule-settings.ts lists them): its fields with their allowed range, the builders of
// its rows, and the stored keys other code reads.
import { CERTIFICATES } from '../enums/training-codes';

export type RuleValue = number | boolean | string;
export type RuleValues = Record<string, RuleValue>;

export interface RuleField {
  name: string;
  label: string;
  /** money: integer fen (the form shows yuan). */
  type: 'int' | 'money' | 'bool' | 'enum';
  min?: number;
  max?: number;
  unit?: string;
  options?: readonly { value: string; label: string }[];
}

export interface RuleSettingDef {
  key: string;
  group: string;
  label: string;
  hint?: string;
  fields: readonly RuleField[];
  defaults: RuleValues;
  /** Stored as the single field's value rather than an object. */
  scalar?: boolean;
  /**
   * Set while no rule reads the setting yet: why, in plain Chinese. 规则设置 shows a 暂未启用 tag and this under it, so
   * a setting never looks effective when it is not.
   */
  notInEffect?: string;
}

export const int = (name: string, label: string, min: number, max: number, unit?: string): RuleField => ({
  name,
  label,
  type: 'int',
  min,
  max,
  ...(unit ? { unit } : {}),
});
export const bool = (name: string, label: string): RuleField => ({ name, label, type: 'bool' });
export const money = (name: string, label: string, maxFen: number, unit = '元'): RuleField => ({
  name,
  label,
  type: 'money',
  min: 0,
  max: maxFen,
  unit,
});
export const one = (key: string, group: string, field: RuleField, dflt: RuleValue, hint?: string): RuleSettingDef => ({
  key,
  group,
  label: field.label,
  fields: [field],
  defaults: { [field.name]: dflt },
  scalar: true,
  ...(hint ? { hint } : {}),
});

/** A setting of several fields, stored as an object of them. */
export const many = (
  key: string,
  group: string,
  label: string,
  fields: readonly RuleField[],
  defaults: RuleValues,
  hint?: string,
): RuleSettingDef => ({ key, group, label, ...(hint ? { hint } : {}), fields, defaults });

export const MIN_WAGE_KEY = 'wages.minimum';
export const EXTENSION_2020_KEY = 'posts.subsidyExtension2020';
export const enumField = (
  name: string,
  label: string,
  options: readonly { value: string; label: string }[],
): RuleField => ({
  name,
  label,
  type: 'enum',
  options,
});

/**
 * A setting of one choice among labelled values, stored as the chosen value: `options` maps each value to its label,
 * in the order the form lists them; the default must be one of them.
 */
export const choice = <V extends string>(
  key: string,
  group: string,
  label: string,
  options: Readonly<Record<V, string>>,
  dflt: NoInfer<V>,
  hint?: string,
): RuleSettingDef =>
  one(
    key,
    group,
    enumField(
      'value',
      label,
      Object.entries<string>(options).map(([value, text]) => ({ value, label: text })),
    ),
    dflt,
    hint,
  );

export const MIN_WAGE_TIER_KEY = 'office.minWageTier';
/** CFG-29, CFG-30: read by electron/core/modules/settings/display.ts. */
export const ID_MASK_KEY = 'privacy.maskPattern';
export const MONEY_UNIT_KEY = 'reports.moneyUnit';
/** VR-09 公示名单姓名脱敏: read by electron/core/modules/settings/display.ts for the 公示名单 (GS-01). */
export const NOTICE_NAME_MASK_KEY = 'privacy.noticeNameMask';
/** CFG-25: read by electron/core/modules/registrations/cancel-income.ts. */
export const CANCEL_INCOME_BASIS_KEY = 'registrations.cancelIncomeBasis';
export const DIBAO_STANDARD_KEY = 'registrations.dibaoStandard';
/** CFG-32..CFG-37 in one row (training/config.ts reads it): standards by certificate nest under `standards`. */
export const TRAINING_RULES_KEY = 'training.rules';
export const SUBSIDISED_CERTIFICATES = CERTIFICATES.filter((c) => c.code !== '00');
export const standardField = (code: string) => `standard${code}`;
