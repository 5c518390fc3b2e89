import type { CodeItem } from '../../../../shared/enums';
import {
  CANCEL_REASONS,
  CONTACT_METHODS,
  CONTACT_RESULTS,
  JOB_WISHES,
  SERVICE_ITEMS,
  SERVICE_LEVELS,
  UNEMPLOYMENT_REASONS,
} from '../../../../shared/enums/registration-codes';

// Select options of the registration and contact screens: Chinese labels, codes as values (UI.md).

const options = (list: readonly CodeItem[]) => list.map((i) => ({ value: i.code, label: i.label }));

export const REASON_OPTIONS = options(UNEMPLOYMENT_REASONS);
export const CANCEL_REASON_OPTIONS = options(CANCEL_REASONS);
export const METHOD_OPTIONS = options(CONTACT_METHODS);
export const RESULT_OPTIONS = options(CONTACT_RESULTS);
export const JOB_WISH_OPTIONS = options(JOB_WISHES);
export const SERVICE_OPTIONS = options(SERVICE_ITEMS);
export const LEVEL_OPTIONS = SERVICE_LEVELS.map((l) => ({ value: l.code, label: `${l.code} ${l.label}` }));

/** Tag colours of E16 (红/黄/绿). */
export const LEVEL_COLOURS: Record<string, string> = { A: 'red', B: 'gold', C: 'green' };
