// Column headers of the rosters a clerk brings to 导入, written as a clerk's own workbook has them (not taken from
// the importer's column specs: the tests check that the importer reads these names). Shared by the core import
// tests (tests/core) and the browser walks (tests/e2e).

/** 文化程度 to 当前就业状态: a person's schooling, phone, address and employment, in a 人员 roster's order. */
export const PERSON_CONTACT_COLUMNS = ['文化程度', '联系电话', '乡镇(街道)', '村(社区)', '详细地址', '当前就业状态'];

/** The person columns every 人员 roster of the tests starts with. */
export const PERSON_ROSTER_HEAD = ['姓名', '公民身份号码', '民族', ...PERSON_CONTACT_COLUMNS];

/** The last columns of a full 人员 roster, after the 就业困难人员 ones: cards, 低保, 脱贫, 残疾 and the bank. */
export const PERSON_ROSTER_TAIL = ['就业创业证号', '低保', '脱贫/监测状态', '残疾人证号', '社保卡/银行卡号', '开户行'];

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
