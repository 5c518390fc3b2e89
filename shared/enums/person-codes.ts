// Code lists used by the person register (DOMAIN §4): E01, E03, E05, E09, E23, E24, E25.
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** E01 性别 (GB/T 2261.1); 0 未知 and 9 未说明 are not used for persons with a valid ID. */
export const SEXES = [
  { code: '1', label: '男' },
  { code: '2', label: '女' },
] as const satisfies readonly CodeItem[];
export const { codes: SEX_CODES, label: sexLabel } = codeList(SEXES);

/** E03 文化程度 (major classes of GB/T 4658). */
export const EDUCATIONS = [
  { code: '10', label: '研究生' },
  { code: '20', label: '大学本科' },
  { code: '30', label: '大学专科' },
  { code: '40', label: '中专/中技/职高' },
  { code: '60', label: '普通高中' },
  { code: '70', label: '初中' },
  { code: '80', label: '小学' },
  { code: '90', label: '其他(含文盲半文盲)' },
] as const satisfies readonly CodeItem[];
export const { codes: EDUCATION_CODES, label: educationLabel } = codeList(EDUCATIONS);

/** E05 城乡分类代码 (NBS); 1xx = 城镇, 2xx = 乡村. */
export const URBAN_RURAL = [
  { code: '111', label: '主城区' },
  { code: '112', label: '城乡结合区' },
  { code: '121', label: '镇中心区' },
  { code: '122', label: '镇乡结合区' },
  { code: '123', label: '特殊区域' },
  { code: '210', label: '乡中心区' },
  { code: '220', label: '村庄' },
] as const satisfies readonly CodeItem[];
export type UrbanRuralCode = CodeOf<typeof URBAN_RURAL>;
export const { codes: URBAN_RURAL_CODE_LIST, label: urbanRuralLabel } = codeList(URBAN_RURAL);
/** E05: codes 1xx are 城镇, 2xx 乡村. */
export const isUrbanCode = (code: string | null | undefined): boolean => !!code && code.startsWith('1');

/** E09 就业状态. */
export const EMPLOYMENT_STATUSES = [
  { code: '10', label: '失业(未就业)' },
  { code: '21', label: '单位就业' },
  { code: '22', label: '灵活就业' },
  { code: '23', label: '自主创业(个体/企业)' },
  { code: '24', label: '公益性岗位安置' },
  { code: '25', label: '就业见习中(不视为就业)' },
  { code: '30', label: '入学' },
  { code: '40', label: '服兵役' },
  { code: '50', label: '退休/领取养老金' },
  { code: '60', label: '丧失劳动能力' },
  { code: '70', label: '迁出' },
  { code: '80', label: '失联' },
  { code: '99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type EmploymentStatusCode = CodeOf<typeof EMPLOYMENT_STATUSES>;
export const { codes: EMPLOYMENT_STATUS_CODES, label: employmentStatusLabel } = codeList(EMPLOYMENT_STATUSES);

/** E23 残疾类别 (GB/T 26341). */
export const DISABILITY_TYPES = [
  { code: '1', label: '视力' },
  { code: '2', label: '听力' },
  { code: '3', label: '言语' },
  { code: '4', label: '肢体' },
  { code: '5', label: '智力' },
  { code: '6', label: '精神' },
  { code: '7', label: '多重' },
] as const satisfies readonly CodeItem[];
export const { codes: DISABILITY_TYPE_CODES, label: disabilityTypeLabel } = codeList(DISABILITY_TYPES);

/** E23 残疾等级: 一级 is the most severe. */
export const DISABILITY_GRADES = [
  { code: '1', label: '一级' },
  { code: '2', label: '二级' },
  { code: '3', label: '三级' },
  { code: '4', label: '四级' },
] as const satisfies readonly CodeItem[];
export const { codes: DISABILITY_GRADE_CODES, label: disabilityGradeLabel } = codeList(DISABILITY_GRADES);

/** E24 脱贫/监测状态 (order as in DOMAIN; 0 无 last). */
export const POVERTY_STATUSES = [
  { code: '1', label: '脱贫人口(脱贫享受政策)' },
  { code: '2', label: '监测对象-脱贫不稳定户' },
  { code: '3', label: '监测对象-边缘易致贫户' },
  { code: '4', label: '监测对象-突发严重困难户' },
  { code: '5', label: '农村低收入人口' },
  { code: '0', label: '无' },
] as const satisfies readonly CodeItem[];
export const { codes: POVERTY_STATUS_CODES, label: povertyStatusLabel } = codeList(POVERTY_STATUSES);

/** E25 退休年龄类别 (S11); the codes are those of shared/domain/retirement.ts. */
export const RETIREMENT_CATEGORIES = [
  { code: 'M60', label: '男职工' },
  { code: 'F55', label: '原法定退休年龄55周岁女职工' },
  { code: 'F50', label: '原法定退休年龄50周岁女职工' },
] as const satisfies readonly CodeItem[];
export const { codes: RETIREMENT_CATEGORY_CODES, label: retirementCategoryLabel } = codeList(RETIREMENT_CATEGORIES);
