// The person roster's header specs (DOMAIN §3.1), with the header texts clerks commonly use.
// The person import channel owns the final list; this is the shared starting point.
import type { HeaderSpec } from './headers';

export const PERSON_HEADER_SPECS: HeaderSpec[] = [
  {
    key: 'idNumber',
    label: '公民身份号码',
    synonyms: ['身份证号', '身份证号码', '身份证', '公民身份证号', '公民身份证号码', '证件号码', '身份证件号码', '身份号码', '社会保障号码', '身份证号码18位'],
    required: true,
  },
  { key: 'name', label: '姓名', synonyms: ['名字', '人员姓名'], required: true },
  { key: 'sex', label: '性别' },
  { key: 'ethnicity', label: '民族', synonyms: ['族别'] },
  { key: 'birthDate', label: '出生日期', synonyms: ['出生年月日'] },
  { key: 'education', label: '文化程度', synonyms: ['学历', '文化水平', '最高学历'] },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', '联系电话手机', '本人电话', '本人联系电话'] },
  {
    key: 'township',
    label: '乡镇(街道)',
    synonyms: ['乡镇', '街道', '所属乡镇', '乡镇街道', '所在乡镇', '所在乡镇(街道)', '所属乡镇(街道)', '街道(乡镇)', '所在街道(乡镇)', '乡(镇)', '乡镇名称', '乡镇(场)'],
  },
  {
    key: 'village',
    label: '村(社区)',
    synonyms: ['村', '社区', '所属村', '村社区', '所属村(社区)', '所在村', '所在村(社区)', '所在社区', '社区(村)', '村(居)', '村居委会', '村(居)委会', '村委会', '居委会', '村名'],
  },
  { key: 'address', label: '详细地址', synonyms: ['现住址', '住址', '家庭住址', '现居住地址', '详细住址', '居住地址'] },
];
