// The 公益性岗位安置 roster's field table (issue 14; DOMAIN §3.6–§3.8): the person (by 公民身份号码), the
// employer (统一社会信用代码 or name), the post (岗位编号, or employer + 岗位名称; a new one needs its 岗位类别) and the
// placement, with the code readers of the coded columns (E27, E17, E18, E06/E24).
import {
  PLACEMENT_IMPORT_FIELDS,
  PLACEMENT_IMPORT_NO_DEFAULT,
  ROSTER_FIELD_TABLES,
} from '../../../../shared/contract/roster-imports';
import { POVERTY_STATUSES } from '../../../../shared/enums';
import { DIFFICULTY_CATEGORIES } from '../../../../shared/enums/difficulty-categories';
import { CONTRACT_TYPES, EMPLOYER_NATURES, POST_TYPES } from '../../../../shared/enums/post-codes';
import type { HeaderSpec } from '../../excel/import/headers';
import { codeTable, lookupKey, readCode, type CodeRead } from './person-codes';
import type { DefaultRules } from './person-defaults';
import { fieldLabel, rosterSpecs, type RosterSpec } from './roster-kind';

const OWN: HeaderSpec[] = [
  {
    key: 'employerName',
    label: '用人单位',
    synonyms: ['用人单位名称', '单位名称', '安置单位', '岗位开发单位', '用工单位', '工作单位'],
  },
  { key: 'uscc', label: '统一社会信用代码', synonyms: ['社会信用代码', '信用代码', '单位统一社会信用代码'] },
  { key: 'employerNature', label: '单位性质', synonyms: ['单位类型'] },
  { key: 'postCode', label: '岗位编号', synonyms: ['岗位代码', '岗位编码'] },
  { key: 'postTitle', label: '岗位名称', synonyms: ['安置岗位', '公益性岗位名称', '岗位'] },
  { key: 'postType', label: '岗位类别', synonyms: ['岗位类型', '公益性岗位类别'] },
  { key: 'workPlace', label: '工作地点', synonyms: ['岗位所在地', '工作地', '上岗地点'] },
  { key: 'approvedCount', label: '核定岗位数', synonyms: ['核定人数', '岗位数', '核定岗位'] },
  { key: 'contractType', label: '用工方式', synonyms: ['用工形式', '合同类型'] },
  { key: 'startDate', label: '上岗日期', synonyms: ['上岗时间', '安置日期', '安置时间', '到岗日期'] },
  { key: 'contractStart', label: '合同开始日期', synonyms: ['合同起始日期', '协议开始日期', '合同起始时间'] },
  {
    key: 'contractEnd',
    label: '合同截止日期',
    synonyms: ['合同终止日期', '协议截止日期', '合同到期日期', '合同结束日期'],
  },
  { key: 'basis', label: '安置类别', synonyms: ['人员类别', '就业困难类别', '安置依据', '困难类别'] },
  { key: 'basisDate', label: '安置依据日期', synonyms: ['认定日期', '依据日期'] },
  { key: 'accidentInsurance', label: '意外伤害保险单号', synonyms: ['意外险保单号', '保单号'] },
  { key: 'remark', label: '备注', synonyms: ['说明'] },
];

export const PLACEMENT_IMPORT_SPECS: RosterSpec[] = rosterSpecs('安置', ROSTER_FIELD_TABLES.placements, OWN);

export const PLACEMENT_TEXT_KEYS: ReadonlySet<string> = new Set(['idNumber', 'uscc', 'postCode', 'accidentInsurance']);

export const placementLabel = fieldLabel(PLACEMENT_IMPORT_FIELDS);

const NATURE = codeTable(EMPLOYER_NATURES, {
  村委会: '6',
  居委会: '6',
  社区居委会: '6',
  政府: '1',
  企业: '4',
  个体: '7',
});
const POST_TYPE = codeTable(POST_TYPES, { 护林员: 'V02', 护林: 'V02', 巡河: 'V03' });
const CONTRACT = codeTable(CONTRACT_TYPES, { 合同: '1', 协议: '2', 非全日制: '3' });
const E24 = codeTable(
  POVERTY_STATUSES.filter((s) => s.code !== '0'),
  { 脱贫人口: '1', 脱贫户: '1', 脱贫不稳定户: '2', 边缘易致贫户: '3', 突发严重困难户: '4', 低收入人口: '5' },
);
const E06 = codeTable(DIFFICULTY_CATEGORIES, Object.fromEntries(DIFFICULTY_CATEGORIES.map((c) => [c.short, c.code])));

export const natureCode = (t: string) => readCode('单位性质', NATURE, EMPLOYER_NATURES, t);
export const postTypeCode = (t: string) => readCode('岗位类别', POST_TYPE, POST_TYPES, t);
export const contractTypeCode = (t: string) => readCode('用工方式', CONTRACT, CONTRACT_TYPES, t);

/** 安置类别: a 脱贫/监测 status (E24, for 乡村 posts) or a 就业困难人员 category (E06) by name, short name or code. */
export function basisOf(t: string): { ok: true; list: 'E06' | 'E24'; code: string } | { ok: false; message: string } {
  const key = lookupKey(t);
  const e24 = E24.get(key);
  if (e24) return { ok: true, list: 'E24', code: e24 };
  const e06 = E06.get(key) ?? E06.get(key.toUpperCase());
  if (e06) return { ok: true, list: 'E06', code: e06 };
  return {
    ok: false,
    message: `安置类别“${t}”不是就业困难人员类别或脱贫/监测状态，请填写如“低保对象”“大龄失业人员”“脱贫人口”`,
  };
}

const basisRead = (t: string): CodeRead => {
  const r = basisOf(t);
  return r.ok ? { ok: true, value: r.code } : r;
};

export const PLACEMENT_DEFAULT_RULES: DefaultRules = {
  noDefault: new Set(PLACEMENT_IMPORT_NO_DEFAULT),
  coded: {
    employerNature: natureCode,
    postType: postTypeCode,
    contractType: contractTypeCode,
    basis: basisRead,
  },
  label: placementLabel,
};
