import type { Path } from 'react-hook-form';
import type { PersonDetail, PersonInput, PersonUpdateInput } from '../../../../shared/contract/persons';

// What the person form edits, and how it becomes the shared schema's input (person-input.ts). Form values are
// what the controls hold ('' for an empty text box, null for an empty select); toSchemaInput maps them, so
// zodResolver runs the core's own schema on exactly what will be sent.

interface MemberValues {
  /** A member already stored (persons.update keeps it by this id). */
  memberId?: string;
  memberName: string;
  /** Left empty on a stored member: keep the stored ID (the form only knows it masked). */
  memberIdNumber: string;
  memberIdNumberMasked: string | null;
  relation: string;
  status: string;
  worksAgeAble: boolean;
}

export interface PersonFormValues {
  /** On editing: only read when the clerk chose 修改号码, and then typed in full. */
  idNumber: string;
  changeIdNumber: boolean;
  name: string;
  ethnicity: string | null;
  education: string | null;
  phone: string;
  /** null: the default by sex (men M60, women F50). */
  retirementCategory: string | null;
  residenceRegionId: string | null;
  hukouRegionId: string | null;
  address: string;
  urbanRural: string | null;
  employmentStatus: string | null;
  disabilityCertNo: string;
  changeDisabilityCertNo: boolean;
  disabilityType: string | null;
  disabilityGrade: string | null;
  povertyStatus: string | null;
  dibao: boolean;
  cardNo: string;
  bankCardNo: string;
  changeBankCardNo: boolean;
  bankName: string;
  householdMembers: MemberValues[];
}

export const EMPTY_MEMBER: MemberValues = {
  memberName: '',
  memberIdNumber: '',
  memberIdNumberMasked: null,
  relation: '',
  status: '',
  worksAgeAble: true,
};

/** A new person: most persons registered here are out of work, so 当前就业状态 starts at 失业(未就业). */
export const NEW_PERSON: PersonFormValues = {
  idNumber: '',
  changeIdNumber: true,
  name: '',
  ethnicity: null,
  education: null,
  phone: '',
  retirementCategory: null,
  residenceRegionId: null,
  hukouRegionId: null,
  address: '',
  urbanRural: null,
  employmentStatus: '10',
  disabilityCertNo: '',
  changeDisabilityCertNo: true,
  disabilityType: null,
  disabilityGrade: null,
  povertyStatus: null,
  dibao: false,
  cardNo: '',
  bankCardNo: '',
  changeBankCardNo: true,
  bankName: '',
  householdMembers: [],
};

/** A stored person: the numbers the page only has masked start as "keep" (修改 opens them). */
export function valuesFromDetail(d: PersonDetail): PersonFormValues {
  return {
    idNumber: '',
    changeIdNumber: false,
    name: d.name,
    ethnicity: d.ethnicity,
    education: d.education,
    phone: d.phone ?? '',
    retirementCategory: d.retirementCategory,
    residenceRegionId: d.residenceRegionId,
    hukouRegionId: d.hukouRegionId,
    address: d.address ?? '',
    urbanRural: d.urbanRural,
    employmentStatus: d.employmentStatus,
    disabilityCertNo: '',
    changeDisabilityCertNo: !d.disabilityCertNoMasked,
    disabilityType: d.disabilityType,
    disabilityGrade: d.disabilityGrade,
    povertyStatus: d.povertyStatus,
    dibao: d.dibao,
    cardNo: d.cardNo ?? '',
    bankCardNo: '',
    changeBankCardNo: !d.bankCardNoMasked,
    bankName: d.bankName ?? '',
    householdMembers: d.householdMembers.map((m) => ({
      memberId: m.id,
      memberName: m.memberName,
      memberIdNumber: '',
      memberIdNumberMasked: m.memberIdNumberMasked,
      relation: m.relation,
      status: m.status,
      worksAgeAble: m.worksAgeAble,
    })),
  };
}

function common(v: PersonFormValues) {
  return {
    name: v.name,
    ethnicity: (v.ethnicity ?? '') as PersonInput['ethnicity'],
    education: v.education,
    phone: v.phone,
    residenceRegionId: v.residenceRegionId ?? '',
    hukouRegionId: v.hukouRegionId,
    address: v.address,
    urbanRural: v.urbanRural,
    retirementCategory: v.retirementCategory,
    // undefined keeps the stored number (update); '' clears it.
    disabilityCertNo: v.changeDisabilityCertNo ? v.disabilityCertNo : undefined,
    disabilityType: v.disabilityType,
    disabilityGrade: v.disabilityGrade,
    povertyStatus: v.povertyStatus,
    dibao: v.dibao,
    cardNo: v.cardNo,
    bankCardNo: v.changeBankCardNo ? v.bankCardNo : undefined,
    bankName: v.bankName,
    employmentStatus: (v.employmentStatus ?? '') as PersonInput['employmentStatus'],
    householdMembers: v.householdMembers.map((m) => ({
      ...(m.memberId ? { id: m.memberId } : {}),
      memberName: m.memberName,
      memberIdNumber: m.memberIdNumberMasked && !m.memberIdNumber.trim() ? undefined : m.memberIdNumber,
      relation: m.relation,
      status: m.status,
      worksAgeAble: m.worksAgeAble,
    })),
  };
}

export const toCreateInput = (v: PersonFormValues): PersonInput => ({ idNumber: v.idNumber, ...common(v) });

export const toUpdateInput = (v: PersonFormValues, d: PersonDetail): PersonUpdateInput => ({
  id: d.id,
  expectedUpdatedAt: d.updatedAt,
  idNumber: v.changeIdNumber ? v.idNumber : undefined,
  ...common(v),
});

const MEMBER_KEYS = ['memberName', 'memberIdNumber', 'relation', 'status', 'worksAgeAble'] as const;
const MAX_MEMBERS = 20;

/** Every path the core may name in error.fields, so each message lands under its own field. */
export const FORM_FIELD_PATHS = [
  'idNumber',
  'name',
  'ethnicity',
  'education',
  'phone',
  'retirementCategory',
  'residenceRegionId',
  'hukouRegionId',
  'address',
  'urbanRural',
  'employmentStatus',
  'disabilityCertNo',
  'disabilityType',
  'disabilityGrade',
  'povertyStatus',
  'dibao',
  'cardNo',
  'bankCardNo',
  'bankName',
  'householdMembers',
  ...Array.from({ length: MAX_MEMBERS }, (_, i) => MEMBER_KEYS.map((k) => `householdMembers.${i}.${k}`)).flat(),
] as readonly Path<PersonFormValues>[];
