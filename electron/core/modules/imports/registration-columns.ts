// The 失业登记 roster's field table (issue 14; DOMAIN §3.3): the person columns of the person roster (same
// synonyms: a person not yet registered is created from them) and the registration's own columns, with the
// code readers of its coded columns (E10 失业原因, E15 就业意愿, E14 服务需求, E16 服务等级).
import {
  REGISTRATION_IMPORT_FIELDS,
  REGISTRATION_IMPORT_NO_DEFAULT,
  ROSTER_FIELD_TABLES,
} from '../../../../shared/contract/roster-imports';
import {
  JOB_WISHES,
  jobWishPhrase,
  SERVICE_ITEMS,
  SERVICE_LEVELS,
  UNEMPLOYMENT_REASONS,
} from '../../../../shared/enums/registration-codes';
import type { HeaderSpec } from '../../excel/import/headers';
import { codeTable, lookupKey, readCode, yesNoCode, type CodeRead } from './person-codes';
import type { DefaultRules } from './person-defaults';
import { PERSON_CODED } from './person-defaults';
import { fieldLabel, rosterSpecs, type RosterSpec } from './roster-kind';

const OWN: HeaderSpec[] = [
  { key: 'regDate', label: '登记日期', synonyms: ['失业登记日期', '登记时间', '失业登记时间', '办理日期'] },
  { key: 'regPlace', label: '登记地', synonyms: ['登记地点', '登记机构', '登记乡镇', '失业登记地'] },
  { key: 'reason', label: '失业原因', synonyms: ['失业类型', '失业原因类别'] },
  {
    key: 'receivesUi',
    label: '领取失业保险金',
    synonyms: ['是否领取失业保险金', '领取失业金', '失业保险金', '是否领取失业金'],
  },
  { key: 'jobWish', label: '就业意愿', synonyms: ['是否有就业意愿', '有无就业意愿'] },
  { key: 'jobIntent', label: '求职意向', synonyms: ['就业意向', '意向岗位', '意向工种', '求职意愿'] },
  { key: 'needs', label: '服务需求', synonyms: ['就业服务需求', '所需服务', '服务需求项目'] },
  { key: 'responsibleStaff', label: '联系责任人', synonyms: ['责任人', '帮扶责任人', '包联干部', '联系干部'] },
  { key: 'serviceLevel', label: '服务等级', synonyms: ['帮扶等级', '服务级别'] },
];

export const REGISTRATION_IMPORT_SPECS: RosterSpec[] = rosterSpecs('失业登记', ROSTER_FIELD_TABLES.registrations, OWN);

export const REGISTRATION_TEXT_KEYS: ReadonlySet<string> = new Set(['idNumber', 'phone']);

const REASON = codeTable(UNEMPLOYMENT_REASONS, {
  毕业: '01',
  学校毕业: '01',
  毕业生: '01',
  肄业: '01',
  单位失业: '02',
  失业: '02',
  解除劳动合同: '02',
  停业: '03',
  个体停业: '03',
  征地: '04',
  土地被征用: '04',
  退役: '05',
  退役军人: '05',
  刑满释放: '06',
});
const JOB_WISH = codeTable(JOB_WISHES, { 是: '1', 有意愿: '1', 否: '3', 没有: '3' });
const NEEDS = codeTable(SERVICE_ITEMS, Object.fromEntries(SERVICE_ITEMS.map((i) => [i.short, i.code])));
const LEVEL = codeTable(SERVICE_LEVELS, Object.fromEntries(SERVICE_LEVELS.map((l) => [l.colour, l.code])));

export const reasonCode = (t: string) => readCode('失业原因', REASON, UNEMPLOYMENT_REASONS, t);
/**
 * 是 / 否 read as 有 / 无 would show in the check's readings as a bare 有 or 无: they are named in full (有就业意愿);
 * a label written as it is stays a label (not a reading).
 */
export const jobWishCode = (t: string): CodeRead => {
  const r = readCode('就业意愿', JOB_WISH, JOB_WISHES, t);
  return r.ok && r.label !== t ? { ...r, label: jobWishPhrase(r.value) } : r;
};
export const levelCode = (t: string) => readCode('服务等级', LEVEL, SERVICE_LEVELS, t.toUpperCase());

/** 服务需求: names or short names separated by 、，, ; or spaces → E14 codes in code order. */
export function needsCodes(t: string): { ok: true; value: string[] } | { ok: false; message: string } {
  const codes = new Set<string>();
  for (const part of t.split(/[、，,;；\s]+/).filter(Boolean)) {
    const code = NEEDS.get(lookupKey(part));
    if (!code)
      return {
        ok: false,
        message: `服务需求“${part}”不在服务项目中，可填写：${SERVICE_ITEMS.map((i) => i.short).join('、')}（多个用顿号分隔）`,
      };
    codes.add(code);
  }
  return { ok: true, value: SERVICE_ITEMS.map((i) => i.code).filter((c) => codes.has(c)) };
}

export const registrationLabel = fieldLabel(REGISTRATION_IMPORT_FIELDS);

export const REGISTRATION_DEFAULT_RULES: DefaultRules = {
  noDefault: new Set(REGISTRATION_IMPORT_NO_DEFAULT),
  coded: {
    ethnicity: PERSON_CODED.ethnicity,
    education: PERSON_CODED.education,
    reason: reasonCode,
    jobWish: jobWishCode,
    serviceLevel: levelCode,
    receivesUi: yesNoCode('领取失业保险金'),
    needs: (t) => {
      const r = needsCodes(t);
      return r.ok ? { ok: true, value: r.value.join(',') } : r;
    },
  },
  label: registrationLabel,
};
