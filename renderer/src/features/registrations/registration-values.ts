import type { Path } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import type {
  RegistrationCreateInput,
  RegistrationDetail,
  RegistrationUpdateInput,
} from '../../../../shared/contract/registrations';

// The registration form (新增 / 编辑): what the controls hold and how it becomes the shared schema's input.

export interface RegistrationFormValues {
  regDate: string;
  regPlaceId: string | null;
  reason: string | null;
  receivesUi: boolean;
  jobWish: string | null;
  jobIntent: string;
  needs: string[];
  responsibleStaff: string;
  /** null: take the BR-09 suggestion (新增 only). */
  serviceLevel: string | null;
  serviceLevelReason: string;
}

export const REGISTRATION_FIELDS: readonly Path<RegistrationFormValues>[] = [
  'regDate',
  'regPlaceId',
  'reason',
  'receivesUi',
  'jobWish',
  'jobIntent',
  'needs',
  'responsibleStaff',
  'serviceLevel',
  'serviceLevelReason',
];

/** A new registration on `today`, at the person's residence, with the operator responsible. */
export const newRegistration = (person: PersonDetail, today: string, staff: string): RegistrationFormValues => ({
  regDate: today,
  regPlaceId: person.residenceRegionId,
  reason: null,
  receivesUi: false,
  jobWish: '1',
  jobIntent: '',
  needs: [],
  responsibleStaff: staff,
  serviceLevel: null,
  serviceLevelReason: '',
});

export const valuesOfRegistration = (r: RegistrationDetail): RegistrationFormValues => ({
  regDate: r.regDate,
  regPlaceId: r.regPlaceId,
  reason: r.reason,
  receivesUi: r.receivesUi,
  jobWish: r.jobWish,
  jobIntent: r.jobIntent ?? '',
  needs: r.needs,
  responsibleStaff: r.responsibleStaff,
  serviceLevel: r.serviceLevel,
  serviceLevelReason: '',
});

const editable = (v: RegistrationFormValues) => ({
  regDate: v.regDate,
  regPlaceId: v.regPlaceId ?? '',
  reason: (v.reason ?? undefined) as RegistrationCreateInput['reason'],
  receivesUi: v.receivesUi,
  jobWish: (v.jobWish ?? undefined) as RegistrationCreateInput['jobWish'],
  jobIntent: v.jobIntent,
  needs: v.needs as RegistrationCreateInput['needs'],
  responsibleStaff: v.responsibleStaff,
});

export const toCreateInput = (personId: string, v: RegistrationFormValues): RegistrationCreateInput => ({
  personId,
  ...editable(v),
  serviceLevel: v.serviceLevel as RegistrationCreateInput['serviceLevel'],
  serviceLevelReason: v.serviceLevelReason,
});

export const toUpdateInput = (r: RegistrationDetail, v: RegistrationFormValues): RegistrationUpdateInput => ({
  id: r.id,
  expectedUpdatedAt: r.updatedAt,
  ...editable(v),
});
