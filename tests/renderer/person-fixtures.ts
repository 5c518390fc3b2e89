// Shared data for the person screen tests (fake api answers).
import type { PersonDetail, PersonListItem } from '../../shared/contract/persons';
import type { Region } from '../../shared/contract/regions';
import { computeCheckDigit } from '../../shared/domain/id-number';
import { maskIdNumber } from '../../shared/domain/masking';
import { region } from './fake-api';

/** A valid ID from area, birth date and sequence; `wrong` gives a wrong check character instead. */
export function makeId(area: string, birth: string, seq: string, wrong = false): string {
  const first17 = `${area}${birth}${seq}`;
  const check = computeCheckDigit(first17);
  return first17 + (wrong ? (check === '1' ? '2' : '1') : check);
}

/** A man born 2000-02-29: 25 on the tests' today (2025-03-15); check character X. */
export const ID_ABDU = makeId('653121', '20000229', '109');
export const ID_GULI = makeId('653121', '19841015', '024');

/** A 村(社区) of `town` with its 城乡分类代码. */
const villageOf = (town: Region, id: string, code: string, name: string, urbanRuralCode: string) =>
  region({ id, code, name, parentId: town.id, urbanRuralCode });

export const TOWN = region({ id: 't1', code: '653121101000', name: '乌帕尔镇' });
export const VILLAGE = villageOf(TOWN, 'v1', '653121101201', '阿亚格曼干村', '220');
export const VILLAGE2 = villageOf(TOWN, 'v2', '653121101001', '幸福路社区', '121');
export const TOWN2 = region({ id: 't2', code: '653121200000', name: '塔什米里克乡' });
export const VILLAGE3 = villageOf(TOWN2, 'v3', '653121200201', '库木巴格村', '220');
export const PLACES = [TOWN, VILLAGE, VILLAGE2, TOWN2, VILLAGE3];

export function listItem(over: Partial<PersonListItem> & Pick<PersonListItem, 'id' | 'name'>): PersonListItem {
  return {
    sex: '1',
    ethnicity: '05',
    birthDate: '2000-02-29',
    age: 25,
    idNumberMasked: maskIdNumber(ID_ABDU),
    phoneMasked: '138****2345',
    townshipName: '乌帕尔镇',
    villageName: '阿亚格曼干村',
    employmentStatus: '10',
    isDifficult: false,
    onPost: false,
    inInternship: false,
    updatedAt: '2025-03-14T04:05:00.000Z',
    ...over,
  };
}

export const ABDU: PersonDetail = {
  id: 'p1',
  idNumberMasked: maskIdNumber(ID_ABDU),
  name: '阿不都热合曼·买买提',
  sex: '1',
  birthDate: '2000-02-29',
  age: 25,
  retirementMonth: '2063-02',
  retirementAge: { years: 63, months: 0 },
  ethnicity: '05',
  education: '70',
  phone: '13899012345',
  residenceRegionId: 'v1',
  residenceRegionName: '阿亚格曼干村',
  townshipId: 't1',
  townshipName: '乌帕尔镇',
  hukouRegionId: null,
  hukouRegionName: null,
  address: '3组12号',
  urbanRural: '220',
  retirementCategory: 'M60',
  disabilityCertNoMasked: null,
  disabilityType: null,
  disabilityGrade: null,
  povertyStatus: '1',
  dibao: false,
  cardNo: null,
  bankCardNoMasked: '**** 1234',
  bankName: '农业银行疏附县支行',
  employmentStatus: '10',
  isDifficult: true,
  onPost: false,
  inInternship: false,
  householdMembers: [
    {
      id: 'm1',
      memberName: '阿依古丽',
      memberIdNumberMasked: '653121********0021',
      relation: '配偶',
      status: '务农',
      worksAgeAble: true,
    },
  ],
  createdAt: '2025-03-01T02:00:00.000Z',
  updatedAt: '2025-03-14T04:05:00.000Z',
  createdBy: '阿依古丽',
  updatedBy: '阿依古丽',
  deletedAt: null,
};

const step = (
  seq: number,
  step: string,
  stepLabel: string,
  date: string,
  reviewer: string,
  opinion: string | null = null,
) => ({ seq, step, stepLabel, date, reviewer, opinion });
/** A recognition of ABDU through all four steps (the person page's 就业困难认定 tab). */
export const RECOGNISED = {
  id: 'r1',
  personId: 'p1',
  personName: ABDU.name,
  idNumberMasked: '653121********109X',
  sex: '男',
  townshipName: '乌帕尔镇',
  villageName: '阿亚格曼干村',
  registrationId: 'g1',
  applyDate: '2025-01-06',
  categories: [
    { code: 'K03', label: '低保对象' },
    { code: 'K05', label: '长期失业人员' },
  ],
  primaryCategory: 'K03',
  primaryLabel: '低保对象',
  pledgeSigned: true,
  householdBusinessIncome: null,
  helper: null,
  plan: null,
  status: '03',
  statusLabel: '已认定',
  stage: 'recognised',
  stageLabel: '已认定',
  noticeStart: '2025-01-10',
  noticeEnd: '2025-01-12',
  recognitionDate: '2025-01-20',
  refuseDate: null,
  refuseReason: null,
  exitDate: null,
  exitReason: null,
  exitReasonLabel: '',
  exitNote: null,
  backfilled: false,
  remark: null,
  updatedAt: '2025-01-20T00:00:00.000Z',
  steps: [
    step(1, 'apply', '申请', '2025-01-06', '阿依古丽'),
    step(2, 'village', '村(社区)初审', '2025-01-09', '村委会李主任', '同意'),
    step(3, 'township', '乡镇(街道)审核', '2025-01-14', '王干事'),
    step(4, 'county', '县级确认', '2025-01-20', '赵科长'),
  ],
} as const;
