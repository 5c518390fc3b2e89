// Code lists of the flexible-employment social-insurance subsidy (灵活就业社会保险补贴, BR-30). Import from this file
// directly (shared/enums/index.ts re-exports the person lists only).
import { codeList, type CodeOf, type CodeItem } from './code-list';

/** Who the subsidy is for: 就业困难人员 and graduates get three insurances, other flexible workers pension only. */
export const FLEX_TARGETS = [
  { code: '1', label: '就业困难人员' },
  { code: '2', label: '高校毕业生' },
  { code: '9', label: '其他灵活就业人员' },
] as const satisfies readonly CodeItem[];
export type FlexTargetCode = CodeOf<typeof FLEX_TARGETS>;
export const { codes: FLEX_TARGET_CODES, label: flexTargetLabel } = codeList(FLEX_TARGETS);

/** 补贴险种. */
export const FLEX_INSURANCES = [
  { code: 'P', label: '养老保险' },
  { code: 'PMU', label: '养老、医疗、失业保险' },
] as const satisfies readonly CodeItem[];
export type FlexInsuranceCode = CodeOf<typeof FLEX_INSURANCES>;
export const { codes: FLEX_INSURANCE_CODES, label: flexInsuranceLabel } = codeList(FLEX_INSURANCES);

/** 终止原因: why a period ends before its 截止年月. */
export const FLEX_END_REASONS = [
  { code: '1', label: '实现单位就业' },
  { code: '2', label: '达到法定退休年龄或领取基本养老金' },
  { code: '3', label: '停止灵活就业或中断缴费' },
  { code: '4', label: '迁出或移居' },
  { code: '5', label: '本人申请' },
  { code: '6', label: '死亡' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export type FlexEndReasonCode = CodeOf<typeof FLEX_END_REASONS>;
export const { codes: FLEX_END_REASON_CODES, label: flexEndReasonLabel } = codeList(FLEX_END_REASONS);

/** BR-30: the insurances a target is subsidised for in full. */
export const insuranceFor = (target: FlexTargetCode): FlexInsuranceCode => (target === '9' ? 'P' : 'PMU');
