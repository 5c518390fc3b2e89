// The person roster's columns (DOMAIN §3.1) for import and for the template: the engine's shared header specs
// (person-headers.ts) plus the fields the person form also has, with which ones a row must fill. Import rules
// are the form's rules: every row is validated with the shared person schema (person-input.ts).
//
// 就业困难人员 (是/否) with 认定日期 and 认定类别: counties starting with this register bring their recognised persons
// in a roster exported from the regional platform. 是 creates a back-filled recognition (补录, DOMAIN §3.5) with the
// date and categories given (categories from the person record when none are), unless the person already has one in
// progress or in force; 否 changes nothing about a recognition (an exit is the recognition module's step). Like any
// other field, a change of the flag on a registered person needs the clerk's consent.
import { PERSON_IMPORT_FIELDS, PERSON_IMPORT_REQUIRED } from '../../../../shared/contract/imports';
import { PERSON_HEADER_SPECS } from '../../excel/import/person-headers';
import type { HeaderSpec } from '../../excel/import/headers';

export type PersonImportKey = keyof typeof PERSON_IMPORT_FIELDS;

/** Columns a row must fill: those the person form requires (民族, 常住地, 就业状态) besides 姓名 and 公民身份号码. */
const REQUIRED: ReadonlySet<string> = new Set(Object.keys(PERSON_IMPORT_REQUIRED));

const EXTRA: HeaderSpec[] = [
  {
    key: 'employmentStatus',
    label: '当前就业状态',
    synonyms: ['就业状态', '目前就业状态', '就业情况', '就业状况', '当前就业情况'],
  },
  { key: 'isDifficult', label: '就业困难人员', synonyms: ['是否就业困难人员', '就业困难', '是否为就业困难人员'] },
  { key: 'recognitionDate', label: '认定日期', synonyms: ['就业困难人员认定日期', '困难认定日期'] },
  { key: 'recognitionCategories', label: '认定类别', synonyms: ['就业困难人员类别', '困难类别', '认定类别(主)'] },
  { key: 'cardNo', label: '就业创业证号', synonyms: ['就业创业证编号', '就业失业登记证号', '就业创业(失业)登记证号'] },
  { key: 'dibao', label: '低保', synonyms: ['是否低保', '低保对象', '是否低保对象'] },
  { key: 'povertyStatus', label: '脱贫/监测状态', synonyms: ['脱贫状态', '监测状态', '脱贫监测对象'] },
  { key: 'disabilityCertNo', label: '残疾人证号', synonyms: ['残疾证号', '残疾人证编号'] },
  {
    key: 'bankCardNo',
    label: '社保卡/银行卡号',
    synonyms: [
      '银行卡号',
      '社保卡号',
      '社会保障卡号',
      '银行账号',
      '社保卡金融账户',
      // RPT-06 / RPT-14 print this header: a paid roster read back in maps its account column.
      '社会保障卡号(银行账号)',
      '社保卡卡号',
      '社保卡金融账号',
      '社会保障卡金融账号',
      '一卡通账号',
      '银行账户',
      '存折账号',
      // The account a bank pays subsidies into (代发) as payment rosters head it.
      '代发账号',
      '代发卡号',
    ],
    // 卡号 alone could be a 就业创业证's number under another group header: only a one-level 卡号 column, and only
    // when no other column is the account.
    weakSynonyms: ['卡号'],
  },
  { key: 'bankName', label: '开户行', synonyms: ['开户银行'] },
];

/** Template order: what a clerk fills first comes first. */
const ORDER = Object.keys(PERSON_IMPORT_FIELDS) as PersonImportKey[];

const ALL = [...PERSON_HEADER_SPECS, ...EXTRA];

export const PERSON_IMPORT_SPECS: (HeaderSpec & { key: PersonImportKey })[] = ORDER.map((key) => {
  const spec = ALL.find((s) => s.key === key);
  if (!spec) throw new Error(`缺少人员导入列 ${key}`);
  const label = (PERSON_IMPORT_REQUIRED as Record<string, string>)[key];
  if (label && label !== spec.label) throw new Error(`必填列 ${key} 的名称应为 ${spec.label}`);
  if (PERSON_IMPORT_FIELDS[key] !== spec.label) throw new Error(`人员导入列 ${key} 的名称应为 ${spec.label}`);
  return { ...spec, key, required: REQUIRED.has(key) };
});

export const importLabel = (key: string): string => PERSON_IMPORT_SPECS.find((s) => s.key === key)?.label ?? key;

/** Columns kept as text in the template (@): Excel would round an 18-digit number (§6.0.9). */
export const TEXT_COLUMNS: ReadonlySet<PersonImportKey> = new Set([
  'idNumber',
  'phone',
  'cardNo',
  'disabilityCertNo',
  'bankCardNo',
]);
