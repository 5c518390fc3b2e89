import type { Path } from 'react-hook-form';
import type {
  ContactCreateInput,
  ContactDetail,
  ContactUpdateInput,
  LookupItem,
} from '../../../../shared/contract/contacts';
import type { HomeVisitStateOut, RegistrationDetail } from '../../../../shared/contract/registrations';
import type { WorklistItem } from '../../../../shared/contract/contact-worklists';

// The quick contact form: what its controls hold ('' for an empty box, null for an empty select) and how that
// becomes contacts.create's input, so the form checks with the core's schema on exactly what is sent.

export const CONTACT_FORM_ID = 'contact-form';
export const contactFieldId = (name: string) => `${CONTACT_FORM_ID}-${name}`;

export interface ContactFormValues {
  registrationId: string | null;
  contactDate: string;
  method: string | null;
  result: string | null;
  employmentStatusFound: string | null;
  employerOrActivity: string;
  services: string[];
  jobsRecommended: number | null;
  jobWish: string | null;
  /** '' = same day next month (the core's default). */
  nextContactDate: string;
  staff: string;
  remark: string;
  // 更多 (collapsed in the form):
  needs: string[];
  suggestCancel: boolean;
  suggestReason: string | null;
  serviceResult: string;
  /** BR-39: the class a 职业培训推荐 (SV5) names. */
  trainingClassId: string | null;
}

/** The fields of the form's 更多 group. */
export const MORE_FIELDS = ['needs', 'suggestCancel', 'suggestReason', 'serviceResult', 'trainingClassId'] as const;

export const CONTACT_FIELDS: readonly Path<ContactFormValues>[] = [
  'registrationId',
  'contactDate',
  'method',
  'result',
  'employmentStatusFound',
  'employerOrActivity',
  'services',
  'jobsRecommended',
  'jobWish',
  'nextContactDate',
  'staff',
  'remark',
  ...MORE_FIELDS,
];

/** A blank call on `today`: by phone, the operator as 联系人. */
export const newContact = (today: string, staff: string): ContactFormValues => ({
  registrationId: null,
  contactDate: today,
  method: '1',
  result: null,
  employmentStatusFound: null,
  employerOrActivity: '',
  services: [],
  jobsRecommended: null,
  jobWish: null,
  nextContactDate: '',
  staff,
  remark: '',
  needs: [],
  suggestCancel: false,
  suggestReason: null,
  serviceResult: '',
  trainingClassId: null,
});

export function toContactInput(v: ContactFormValues): ContactCreateInput {
  return {
    registrationId: v.registrationId,
    contactDate: v.contactDate,
    method: (v.method ?? undefined) as ContactCreateInput['method'],
    result: (v.result ?? undefined) as ContactCreateInput['result'],
    employmentStatusFound: v.employmentStatusFound as ContactCreateInput['employmentStatusFound'],
    employerOrActivity: v.employerOrActivity,
    services: v.services as ContactCreateInput['services'],
    jobsRecommended: v.jobsRecommended,
    jobWish: v.jobWish as ContactCreateInput['jobWish'],
    nextContactDate: v.nextContactDate,
    staff: v.staff,
    remark: v.remark,
    ...moreInput(v),
  };
}

/**
 * The 更多 group as sent: only what it holds. A field left out is empty to the schema (no 服务需求, not suggested,
 * no 服务结果, no class), so a call that leaves 更多 closed sends what it always did.
 */
function moreInput(v: ContactFormValues): Partial<ContactCreateInput> {
  return {
    ...(v.needs.length ? { needs: v.needs as ContactCreateInput['needs'] } : {}),
    ...(v.suggestCancel ? { suggestCancel: true } : {}),
    ...(v.suggestReason ? { suggestReason: v.suggestReason as ContactCreateInput['suggestReason'] } : {}),
    ...(v.serviceResult ? { serviceResult: v.serviceResult } : {}),
    ...(v.trainingClassId ? { trainingClassId: v.trainingClassId } : {}),
  };
}

/** Who is being called: from the lookup, a work-list row or the person page. */
export interface ContactTarget {
  registrationId: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  /** VR-09 masked; TargetFacts' 查看 shows it in full (persons.revealPhone, audited). */
  phoneMasked: string | null;
  townshipName: string;
  villageName: string;
  serviceLevel: string;
  regDate: string;
  lastContactDate: string | null;
  nextContactDate: string | null;
  /** Successful contacts this month and the level's minimum, when known. */
  monthSuccessful?: number;
  minPerMonth?: number;
  /** BR-09 / CFG-22: the quarter's home visits, when the target comes from the registration (null: none asked). */
  homeVisit?: HomeVisitStateOut | null;
}

export const targetOfLookup = (i: LookupItem): ContactTarget => ({ ...i });
export const targetOfWorklist = (i: WorklistItem): ContactTarget => ({ ...i });
export const targetOfRegistration = (r: RegistrationDetail, phoneMasked: string | null): ContactTarget => ({
  registrationId: r.id,
  personId: r.personId,
  name: r.personName,
  idNumberMasked: r.idNumberMasked,
  phoneMasked,
  townshipName: r.townshipName,
  villageName: r.villageName,
  serviceLevel: r.serviceLevel,
  regDate: r.regDate,
  lastContactDate: r.lastContactDate,
  nextContactDate: r.nextContactDate,
  homeVisit: r.homeVisit,
});

/** A recorded contact as the form holds it (for 修改). */
export const valuesOfContact = (c: ContactDetail): ContactFormValues => ({
  registrationId: c.registrationId,
  contactDate: c.contactDate,
  method: c.method,
  result: c.result,
  employmentStatusFound: c.employmentStatusFound,
  employerOrActivity: c.employerOrActivity ?? '',
  services: [...c.services],
  jobsRecommended: c.jobsRecommended,
  jobWish: c.jobWish,
  nextContactDate: c.nextContactDate ?? '',
  staff: c.staff,
  remark: c.remark ?? '',
  needs: [...c.needs],
  suggestCancel: c.suggestCancel,
  suggestReason: c.suggestReason,
  serviceResult: c.serviceResult ?? '',
  trainingClassId: c.trainingClassId ?? null,
});

/** contacts.update replaces every field of the contact: the form holds them all (更多 included, moreInput). */
export function toContactUpdate(c: ContactDetail, v: ContactFormValues): ContactUpdateInput {
  const { registrationId: _registration, ...fields } = toContactInput(v);
  return { ...fields, id: c.id, expectedUpdatedAt: c.updatedAt };
}
