import { formatFen } from '../../../../shared/domain/money';
import {
  DEGREES,
  INTERN_TYPES,
  INTERNSHIP_END_TYPES,
  INTERNSHIP_STATUSES,
} from '../../../../shared/enums/internship-codes';
import { codeOptions } from '../../components/code-options';

// Select options and display helpers of the internship screens: Chinese labels, codes as values.

export const INTERN_TYPE_OPTIONS = codeOptions(INTERN_TYPES);
export const DEGREE_OPTIONS = codeOptions(DEGREES);
export const END_TYPE_OPTIONS = codeOptions(INTERNSHIP_END_TYPES);
export const STATUS_OPTIONS = codeOptions(INTERNSHIP_STATUSES);

/** E22 codes that mean the intern was kept (期满留用, 提前留用). */
export const RETAINED_END_TYPES: readonly string[] = ['2', '3'];

/** 1,900.00 元 */
export const yuanText = (fen: number) => `${formatFen(fen)} 元`;

/** One decimal and %, or — when nothing was counted (BR-29). */
export const rateText = (percent: number | null) => (percent === null ? '—' : `${percent.toFixed(1)}%`);
