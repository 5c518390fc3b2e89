// Column headers of the rosters a clerk brings to 导入, written as a clerk's own workbook has them (not taken from
// the importer's column specs: the tests check that the importer reads these names). Shared by the core import
// tests (tests/core) and the browser walks (tests/e2e).

/** The person columns every 人员 roster of the tests starts with. */
export const PERSON_ROSTER_HEAD = [
  '姓名',
  '公民身份号码',
  '民族',
  '文化程度',
  '联系电话',
  '乡镇(街道)',
  '村(社区)',
  '详细地址',
  '当前就业状态',
];

/** A 失业登记 roster: who, where, and the registration's date, reason, wish and responsible staff. */
export const REGISTRATION_ROSTER_HEAD = [
  '姓名',
  '身份证号码',
  '民族',
  '所在乡镇（街道）',
  '所在村（社区）',
  '失业登记日期',
  '失业原因',
  '就业意愿',
  '责任人',
];
