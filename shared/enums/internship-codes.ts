// Code lists of internships (就业见习, DOMAIN §4 E20–E22) and the status list of §3.11. Import from this file
// directly (shared/enums/index.ts re-exports the person lists only).
import { codeList, type CodeItem } from './code-list';

/** E20 见习人员类别. */
export const INTERN_TYPES = [
  { code: '1', label: '离校2年内未就业高校毕业生' },
  { code: '2', label: '16–24岁失业青年' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export const { codes: INTERN_TYPE_CODES, label: internTypeLabel } = codeList(INTERN_TYPES);

/** E21 学历. */
export const DEGREES = [
  { code: '1', label: '研究生' },
  { code: '2', label: '本科' },
  { code: '3', label: '专科(高职)' },
  { code: '4', label: '技工院校高级工/预备技师' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export const { codes: DEGREE_CODES, label: degreeLabel } = codeList(DEGREES);

/** E22 见习结束方式. */
export const INTERNSHIP_END_TYPES = [
  { code: '1', label: '期满结束未留用' },
  { code: '2', label: '期满留用' },
  { code: '3', label: '提前留用(签劳动合同)' },
  { code: '4', label: '本人提前终止' },
  { code: '5', label: '单位提前终止' },
  { code: '9', label: '其他' },
] as const satisfies readonly CodeItem[];
export const { codes: INTERNSHIP_END_TYPE_CODES, label: internshipEndTypeLabel } = codeList(INTERNSHIP_END_TYPES);

/** §3.11 status. */
export const INTERNSHIP_STATUSES = [
  { code: 'active', label: '见习中' },
  { code: 'ended', label: '已结束' },
] as const satisfies readonly CodeItem[];
export const { codes: INTERNSHIP_STATUS_CODES, label: internshipStatusLabel } = codeList(INTERNSHIP_STATUSES);
