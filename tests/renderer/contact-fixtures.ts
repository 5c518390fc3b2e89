// Shared data for the 记录联系 tests (fake api answers). INFO.today is 2025-03-15.
import type { ContactDetail, LookupItem } from '../../shared/contract/contacts';
import type { RegistrationDetail } from '../../shared/contract/registrations';
import { ABDU } from './person-fixtures';
import { ok, type FakeHandlers } from './fake-api';

/** A person with an active registration (2025-02-03), not yet contacted this month. */
export const GULI: LookupItem = {
  registrationId: 'r1',
  personId: 'p1',
  name: '古丽米拉·艾力',
  sex: '2',
  age: 30,
  idNumberMasked: '653121********0243',
  phoneMasked: '138****5678',
  townshipName: '乌帕尔镇',
  villageName: '乌帕尔村',
  regDate: '2025-02-03',
  serviceLevel: 'C',
  responsibleStaff: '阿依古丽',
  lastContactDate: null,
  lastContactResult: null,
  nextContactDate: null,
  monthContacts: 0,
  monthSuccessful: 0,
  minPerMonth: 1,
};

/** The lookup finds her, a contact is saved. */
export const CONTACT_HANDLERS: FakeHandlers = {
  'contacts.lookup': () => ok({ items: [GULI], more: false, month: '2025-03' }),
  'contacts.create': () => ok({ registration: { personName: GULI.name }, levelRaised: null, warnings: {} }),
};

/** 阿不都热合曼 (person-fixtures ABDU): an active registration of 2025-03-03, not yet contacted. */
export const REG_ID = '01900000-0000-7000-8000-0000000000a1';
export const REG: RegistrationDetail = {
  id: REG_ID,
  personId: ABDU.id,
  personName: ABDU.name,
  idNumberMasked: '653121********1090',
  townshipName: '乌帕尔镇',
  villageName: '乌帕尔村',
  regDate: '2025-03-03',
  regPlaceId: 't1',
  regPlaceName: '乌帕尔镇',
  reason: '01',
  receivesUi: false,
  jobWish: '1',
  jobIntent: null,
  needs: [],
  responsibleStaff: '阿依古丽',
  serviceLevel: 'C',
  suggestion: { level: 'C', reasons: [] },
  status: 'active',
  cancelDate: null,
  cancelReason: null,
  cancelNote: null,
  durationMonths: 0,
  firstContactDueDate: '2025-03-10',
  contactCount: 0,
  lastContactDate: null,
  lastSuccessfulContactDate: null,
  nextContactDate: null,
  levelChanges: [],
} as unknown as RegistrationDetail;

/** A successful phone call of registration r1 (2025-03-10) in its contact history. */
/**
 * The person's registration (REG) and its cancellation as C01 被用人单位录用 (the person becomes 单位就业): what the
 * offer after a placement or a retained internship reads and writes.
 */
export const CANCEL_AS_EMPLOYED: FakeHandlers = {
  'registrations.listByPerson': () => ok({ items: [REG] }),
  'registrations.cancel': () =>
    ok({
      registration: { ...REG, status: 'cancelled' },
      personEmploymentStatus: '21',
      recognitionExitSuggested: false,
    }),
};

export const CALL: ContactDetail = {
  id: 'c1',
  registrationId: 'r1',
  personId: 'p1',
  contactDate: '2025-03-10',
  method: '1',
  result: '1',
  employmentStatusFound: '10',
  employerOrActivity: null,
  jobWish: '1',
  needs: ['SV2', 'SV3'],
  services: ['SV2'],
  jobsRecommended: null,
  nextContactDate: '2025-04-10',
  staff: '阿依古丽',
  suggestCancel: true,
  suggestReason: 'C11',
  serviceResult: '已推荐培训',
  remark: null,
  suggestedLevel: 'C',
  createdAt: '2025-03-10T03:00:00.000Z',
  updatedAt: '2025-03-10T03:00:00.000Z',
  createdBy: '阿依古丽',
  updatedBy: '阿依古丽',
  deletedAt: null,
  deletedBy: null,
};
