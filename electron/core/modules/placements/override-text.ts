// What a forced save (VR-15) overrode, in the words a clerk reads in 操作记录 and in RPT-04's 备注. The rule ids stay
// in placements.override_rules and in the API's override.rules; only this text is shown.

const OVERRIDE_TEXT: Record<string, string> = {
  'BR-17': '超过核定岗位数',
  'BR-18': '超过补贴期限',
  'BR-23': '上年度考核不合格',
};

/** '超过核定岗位数、超过补贴期限' for ['BR-17', 'BR-18'] (or the stored 'BR-17,BR-18'). */
export function overrideText(rules: readonly string[] | string): string {
  const list = typeof rules === 'string' ? rules.split(',') : rules;
  return list.map((r) => OVERRIDE_TEXT[r] ?? '不符合安置条件').join('、');
}
