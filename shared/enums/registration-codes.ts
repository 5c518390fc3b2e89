// Code lists of unemployment registration and follow-up contacts (DOMAIN §4): E10–E16.
// Import from this file directly (shared/enums/index.ts re-exports the person lists only).
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** E10 失业原因. */
export const UNEMPLOYMENT_REASONS = [
  { code: '01', label: '从学校毕业或肄业' },
  { code: '02', label: '从用人单位失业' },
  { code: '03', label: '个体工商户/私营企业停业' },
  { code: '04', label: '承包土地被征用' },
  { code: '05', label: '退出现役且未安置' },
  { code: '06', label: '刑满释放/假释/监外执行' },
  { code: '99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type UnemploymentReasonCode = CodeOf<typeof UNEMPLOYMENT_REASONS>;
export const { codes: UNEMPLOYMENT_REASON_CODES, label: unemploymentReasonLabel } = codeList(UNEMPLOYMENT_REASONS);

/** E11 失业登记注销原因 (S9, S10). */
export const CANCEL_REASONS = [
  { code: 'C01', label: '被用人单位录用' },
  { code: 'C02', label: '从事个体经营或创办企业' },
  { code: 'C03', label: '有稳定收入的劳动且月收入不低于规定标准' },
  { code: 'C04', label: '已领取基本养老金' },
  { code: 'C05', label: '完全丧失劳动能力' },
  { code: 'C06', label: '入学' },
  { code: 'C07', label: '服兵役' },
  { code: 'C08', label: '移居境外' },
  { code: 'C09', label: '被判刑收监执行' },
  { code: 'C10', label: '终止就业要求或拒绝公共就业服务' },
  { code: 'C11', label: '连续6个月未与公共就业服务机构联系' },
  { code: 'C12', label: '已进行就业登记' },
  { code: 'C13', label: '死亡' },
  { code: 'C99', label: '其他' },
] as const satisfies readonly CodeItem[];
export type CancelReasonCode = CodeOf<typeof CANCEL_REASONS>;
export const { codes: CANCEL_REASON_CODES, label: cancelReasonLabel } = codeList(CANCEL_REASONS);

/** E12 联系方式. */
export const CONTACT_METHODS = [
  { code: '1', label: '电话' },
  { code: '2', label: '短信/微信' },
  { code: '3', label: '入户走访' },
  { code: '4', label: '窗口来访' },
  { code: '5', label: '信息比对' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export type ContactMethodCode = CodeOf<typeof CONTACT_METHODS>;
export const { codes: CONTACT_METHOD_CODES, label: contactMethodLabel } = codeList(CONTACT_METHODS);

/** E13 联系结果. Only 1 counts as a successful contact (BR-05). */
export const CONTACT_RESULTS = [
  { code: '1', label: '联系成功' },
  { code: '2', label: '无人接听/关机/空号' },
  { code: '3', label: '拒绝沟通' },
  { code: '4', label: '本人外出由家属代答' },
] as const satisfies readonly CodeItem[];
export type ContactResultCode = CodeOf<typeof CONTACT_RESULTS>;
export const { codes: CONTACT_RESULT_CODES, label: contactResultLabel } = codeList(CONTACT_RESULTS);
export const CONTACT_SUCCESS = '1';

/** E14 服务项目 (S1 names SV1–SV5). `short` is the column header of RPT-11 / RPT-12. */
export const SERVICE_ITEMS = [
  { code: 'SV1', label: '职业介绍(岗位推荐)', short: '职业介绍' },
  { code: 'SV2', label: '职业指导', short: '职业指导' },
  { code: 'SV3', label: '创业服务', short: '创业服务' },
  { code: 'SV4', label: '就业创业政策推介', short: '政策推介' },
  { code: 'SV5', label: '职业培训推荐', short: '培训推荐' },
  { code: 'SV6', label: '就业见习推荐', short: '见习推荐' },
  { code: 'SV7', label: '就业援助(公益性岗位推荐等)', short: '就业援助' },
  { code: 'SV8', label: '失业保险/社会救助转介', short: '转介' },
  { code: 'SV9', label: '其他', short: '其他' },
] as const satisfies readonly (CodeItem & { short: string })[];
export type ServiceItemCode = CodeOf<typeof SERVICE_ITEMS>;
export const { codes: SERVICE_ITEM_CODES, label: serviceItemLabel } = codeList(SERVICE_ITEMS);

/** E15 就业意愿. `phrase` names the wish where the label stands without the field's name beside it. */
export const JOB_WISHES = [
  { code: '1', label: '有', phrase: '有就业意愿' },
  { code: '2', label: '暂无', phrase: '暂无就业意愿' },
  { code: '3', label: '无', phrase: '无就业意愿' },
] as const satisfies readonly (CodeItem & { phrase: string })[];
export type JobWishCode = CodeOf<typeof JOB_WISHES>;
export const { codes: JOB_WISH_CODES, label: jobWishLabel } = codeList(JOB_WISHES);
/** 有就业意愿 / 暂无就业意愿 / 无就业意愿 for a code; the code itself when unknown. */
export const jobWishPhrase = (code: string): string => JOB_WISHES.find((w) => w.code === code)?.phrase ?? code;

/** E16 服务等级 (default scheme [D]/[L]; colours as shown on screens). */
export const SERVICE_LEVELS = [
  { code: 'A', label: '重点帮扶', colour: '红' },
  { code: 'B', label: '关注服务', colour: '黄' },
  { code: 'C', label: '常规服务', colour: '绿' },
] as const satisfies readonly (CodeItem & { colour: string })[];
export const { codes: SERVICE_LEVEL_CODES, label: serviceLevelLabel } = codeList(SERVICE_LEVELS);

/** Status of a registration (§3.3): 有效 / 已注销. */
export const REGISTRATION_STATUSES = [
  { code: 'active', label: '有效' },
  { code: 'cancelled', label: '已注销' },
] as const satisfies readonly CodeItem[];
export type RegistrationStatusCode = CodeOf<typeof REGISTRATION_STATUSES>;
export const { codes: REGISTRATION_STATUS_CODES, label: registrationStatusLabel } = codeList(REGISTRATION_STATUSES);
