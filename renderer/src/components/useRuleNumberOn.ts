import { ruleSettingDef, ruleValuesOn, type RuleValues } from '../../../shared/domain/rule-settings';
import { useRead } from '../api';

/**
 * A rule setting's values (规则设置, DOMAIN §8) in force on `date`, as the core reads them on that date (the county's
 * version from that day, else the built-in default); null until the settings are read or without a date.
 */
export function useRuleValuesOn(key: string, date: string | null): RuleValues | null {
  const { data } = useRead('ruleSettings.list', date ? {} : null);
  const def = ruleSettingDef(key);
  const state = data?.items.find((s) => s.key === key);
  if (!def || !state || !date) return null;
  return ruleValuesOn(def, state.history, date);
}

/** A one-number rule setting in force on `date` (useRuleValuesOn); null until read, without a date or not a number. */
export function useRuleNumberOn(key: string, date: string | null): number | null {
  const v = useRuleValuesOn(key, date)?.value;
  return typeof v === 'number' ? v : null;
}
