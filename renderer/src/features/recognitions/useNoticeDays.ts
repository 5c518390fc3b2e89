import { ruleSettingDef, ruleValuesOn } from '../../../../shared/domain/rule-settings';
import { useRead } from '../../api';

const KEY = 'recognition.noticeDays';

/**
 * CFG-12: the shortest notice period (days) in force on `date`, as the core judges a village review (the notice
 * start's setting); null until the settings are read.
 */
export function useNoticeDays(date: string | null): number | null {
  const { data } = useRead('ruleSettings.list', {});
  const def = ruleSettingDef(KEY);
  const state = data?.items.find((s) => s.key === KEY);
  if (!def || !state || !date) return null;
  const v = ruleValuesOn(def, state.history, date).value;
  return typeof v === 'number' ? v : null;
}
