import { DIFFICULTY_CATEGORIES, type DifficultyCategoryCode } from '../../../../shared/enums/difficulty-categories';
import { EXIT_REASONS, RECOGNITION_STAGES } from '../../../../shared/enums/recognition-codes';
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

/** 全部认定's 认定状态 filter: 申请中 (every application still awaiting a step), then each stage. */
export const STAGE_FILTER_OPTIONS = [{ value: 'inProgress', label: '申请中' }, ...codeOptions(RECOGNITION_STAGES)];

/**
 * The 主要类别 a form sends: the clerk's pick when it is among the chosen categories, else the first chosen. With none
 * chosen the input is refused for its categories (请至少选择一个认定类别); K99 stands in so that this is the message the
 * clerk sees, not a code-list message under 主要类别 (the contract checks the code before the choice).
 */
export const primaryCategoryOf = (picked: string | null, categories: readonly string[]) =>
  ((picked && categories.includes(picked) ? picked : categories[0]) ?? 'K99') as DifficultyCategoryCode;
