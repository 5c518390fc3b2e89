import { DIFFICULTY_CATEGORIES } from '../../../../shared/enums/difficulty-categories';
import { POVERTY_STATUSES } from '../../../../shared/enums';
import {
  AREA_TYPES,
  CONTRACT_TYPES,
  CONTRACT_TYPES_BY_AREA,
  EMPLOYER_NATURES,
  LEAVE_REASONS,
  POST_STATUSES,
  POST_TYPES,
  type AreaTypeCode,
} from '../../../../shared/enums/post-codes';
import { codeOptions } from '../../components/code-options';

// Select options of the public-welfare post screens: Chinese labels, codes as values (UI.md: never show codes).

export const AREA_OPTIONS = codeOptions(AREA_TYPES);
export const NATURE_OPTIONS = codeOptions(EMPLOYER_NATURES);
export const LEAVE_REASON_OPTIONS = codeOptions(LEAVE_REASONS);
export const POST_STATUS_OPTIONS = [...codeOptions(POST_STATUSES), { value: 'all', label: '全部' }];

/** E17 of one area (城镇 U.., 乡村 V..); both when the area is not chosen yet. */
export const postTypeOptions = (area: AreaTypeCode | null | undefined) =>
  codeOptions(POST_TYPES.filter((t) => !area || t.area === area));

/** E18 allowed for the area (BR-16). */
export const contractTypeOptions = (area: AreaTypeCode | null | undefined) =>
  codeOptions(CONTRACT_TYPES.filter((c) => !area || CONTRACT_TYPES_BY_AREA[area].includes(c.code)));

/** The target basis lists: E06 categories, or E24 statuses 1–5. */
export const BASIS_LIST_OPTIONS = [
  { value: 'E06', label: '就业困难人员类别' },
  { value: 'E24', label: '脱贫/监测状态' },
];
export const basisCodeOptions = (list: 'E06' | 'E24') =>
  list === 'E06' ? codeOptions(DIFFICULTY_CATEGORIES) : codeOptions(POVERTY_STATUSES.filter((s) => s.code !== '0'));
