import { ruleSettingDef, ruleValuesOn } from '../../../shared/domain/rule-settings';
import { useRead } from '../api';

/**
 * A one-number rule setting (规则设置, DOMAIN §8) in force on `date`, as the core reads it on that date (the
 * county's version from that day, else the built-in default); null until the settings are read or without a date.
 */
export function useRuleNumberOn(key: string, date: string | null): number | null {
  const { data } = useRead('ruleSettings.list', {});
  const def = ruleSettingDef(key);
  const state = data?.items.find((s) => s.key === key);
  if (!def || !state || !date) return null;
  const v = ruleValuesOn(def, state.history, date).value;
  return typeof v === 'number' ? v : null;
}
