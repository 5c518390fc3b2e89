// BR-08: cancelling a registration (any E11 event) updates Person.employment_status (E09). The mapping is a
// design decision [D] documented here and shown on the cancel form ("注销后就业状态将改为…").
//   C01 被用人单位录用            → 21 单位就业
//   C02 个体经营或创办企业        → 23 自主创业
//   C03 有稳定收入的劳动          → 22 灵活就业
//   C04 已领取基本养老金          → 50 退休/领取养老金
//   C05 完全丧失劳动能力          → 60 丧失劳动能力
//   C06 入学                      → 30 入学
//   C07 服兵役                    → 40 服兵役
//   C08 移居境外                  → 70 迁出
//   C09 被判刑收监执行            → 99 其他
//   C10 终止就业要求/拒绝服务     → 99 其他
//   C11 连续6个月未联系           → 80 失联
//   C12 已进行就业登记            → keeps an employment status already recorded (21–24), else 21 单位就业
//   C13 死亡                      → 99 其他 (E09 has no code for death)
//   C99 其他                      → 99 其他
import { isEmployedStatus } from './employment-history';
import type { CancelReasonCode } from '../enums/registration-codes';

export const CANCEL_STATUS: Readonly<Record<CancelReasonCode, string>> = {
  C01: '21',
  C02: '23',
  C03: '22',
  C04: '50',
  C05: '60',
  C06: '30',
  C07: '40',
  C08: '70',
  C09: '99',
  C10: '99',
  C11: '80',
  C12: '21',
  C13: '99',
  C99: '99',
};

/** The E11 reason matching an employed status (CANCEL_STATUS read backwards for 21, 22, 23). */
export const EMPLOYED_CANCEL_REASON: Readonly<Record<string, CancelReasonCode>> = {
  '21': 'C01',
  '22': 'C03',
  '23': 'C02',
};

/**
 * VR-13: an active registration while E09 is 21 单位就业 or 23 自主创业 is warned about, with the reason to cancel
 * it with; null when the status gives no warning.
 */
export function employedWhileRegistered(status: string): CancelReasonCode | null {
  return status === '21' || status === '23' ? EMPLOYED_CANCEL_REASON[status] : null;
}

/** Reasons that mean the person found work (RPT-12 column 17 本期实现就业). */
export const EMPLOYMENT_CANCEL_REASONS: readonly CancelReasonCode[] = ['C01', 'C02', 'C03', 'C12'];

/** The person's employment status after a cancellation for `reason`, given the status before. */
export function statusAfterCancel(reason: CancelReasonCode, current: string): string {
  if (reason === 'C12' && isEmployedStatus(current)) return current;
  return CANCEL_STATUS[reason];
}
