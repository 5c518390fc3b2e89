import { DIFFICULTY_CATEGORIES } from '../../../../shared/enums/difficulty-categories';
import { EXIT_REASONS } from '../../../../shared/enums/recognition-codes';
import { codeOptions } from '../../components/code-options';

// Select options of the recognition screens: Chinese labels, codes as values (UI.md: never show codes).

export const CATEGORY_OPTIONS = codeOptions(DIFFICULTY_CATEGORIES);
export const EXIT_REASON_OPTIONS = codeOptions(EXIT_REASONS);

/** The colour of a stage's tag on lists and the person tab. */
export const STAGE_COLOURS: Record<string, string> = {
  village: 'gold',
  notice: 'cyan',
  township: 'blue',
  county: 'geekblue',
  recognised: 'green',
  refused: 'red',
  exited: 'default',
};
