import { useRuleNumberOn } from '../../components/useRuleNumberOn';

/**
 * CFG-12: the shortest notice period (days) in force on `date`, as the core judges a village review (the notice
 * start's setting); null until the settings are read.
 */
export const useNoticeDays = (date: string | null): number | null => useRuleNumberOn('recognition.noticeDays', date);
