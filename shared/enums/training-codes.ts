// Code lists of vocational skills training (职业技能培训, DOMAIN §11.2 E29–E33) and the result list of §11.1.
// Import from this file directly.
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** E29 培训机构类型. */
export const PROVIDER_KINDS = [
  { code: '01', label: '技工院校' },
  { code: '02', label: '职业院校' },
  { code: '03', label: '民办职业培训机构' },
  { code: '04', label: '企业(含企业培训中心)' },
  { code: '05', label: '公共实训基地' },
  { code: '09', label: '其他' },
] as const satisfies readonly CodeItem[];
export const { codes: PROVIDER_KIND_CODES, label: providerKindLabel } = codeList(PROVIDER_KINDS);

/** E30 培训类型. */
export const TRAINING_TYPES = [
  { code: '01', label: '就业技能培训' },
  { code: '02', label: '岗位技能提升培训' },
  { code: '03', label: '创业培训' },
  { code: '04', label: '企业新型学徒制培训' },
  { code: '05', label: '专项能力培训(家政、养老等)' },
  { code: '09', label: '其他' },
] as const satisfies readonly CodeItem[];
export type TrainingTypeCode = CodeOf<typeof TRAINING_TYPES>;
export const { codes: TRAINING_TYPE_CODES, label: trainingTypeLabel } = codeList(TRAINING_TYPES);

/** E31 证书. */
export const CERTIFICATES = [
  { code: '01', label: '职业技能等级证书(五级/初级工)' },
  { code: '02', label: '职业技能等级证书(四级/中级工)' },
  { code: '03', label: '职业技能等级证书(三级/高级工)' },
  { code: '04', label: '专项职业能力证书' },
  { code: '05', label: '培训合格证书' },
  { code: '06', label: '创业培训合格证书' },
  { code: '00', label: '未取得' },
] as const satisfies readonly CodeItem[];
export type CertificateCode = CodeOf<typeof CERTIFICATES>;
export const { codes: CERTIFICATE_CODES, label: certificateLabel } = codeList(CERTIFICATES);

/** E32 培训班状态. */
export const CLASS_STATUSES = [
  { code: '01', label: '计划' },
  { code: '02', label: '已备案' },
  { code: '03', label: '开班' },
  { code: '04', label: '结业' },
  { code: '05', label: '已申领补贴' },
  { code: '09', label: '撤销' },
] as const satisfies readonly CodeItem[];
export type ClassStatusCode = CodeOf<typeof CLASS_STATUSES>;
export const { codes: CLASS_STATUS_CODES, label: classStatusLabel } = codeList(CLASS_STATUSES);
/** The statuses in which a class still takes trainees (计划, 已备案, 开班). */
export const ENROLMENT_OPEN_STATUSES = ['01', '02', '03'] as const satisfies readonly ClassStatusCode[];

/** E33 学员人员类别. */
export const TRAINEE_CATEGORIES = [
  { code: '01', label: '城镇登记失业人员' },
  { code: '02', label: '就业困难人员' },
  { code: '03', label: '零就业家庭成员' },
  { code: '04', label: '农村转移就业劳动者' },
  { code: '05', label: '脱贫人口/监测对象' },
  { code: '06', label: '毕业年度高校毕业生' },
  { code: '07', label: '未继续升学的应届初高中毕业生' },
  { code: '08', label: '企业职工' },
  { code: '09', label: '残疾人' },
  { code: '99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type TraineeCategoryCode = CodeOf<typeof TRAINEE_CATEGORIES>;
export const { codes: TRAINEE_CATEGORY_CODES, label: traineeCategoryLabel } = codeList(TRAINEE_CATEGORIES);

/** §11.1 考核结果. */
export const TRAINING_RESULTS = [
  { code: '1', label: '合格' },
  { code: '2', label: '不合格' },
  { code: '3', label: '缺考' },
  { code: '4', label: '中途退学' },
] as const satisfies readonly CodeItem[];
export type TrainingResultCode = CodeOf<typeof TRAINING_RESULTS>;
export const { codes: TRAINING_RESULT_CODES, label: trainingResultLabel } = codeList(TRAINING_RESULTS);
