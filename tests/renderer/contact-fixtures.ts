// Shared data for the 记录联系 tests (fake api answers). INFO.today is 2025-03-15.
import type { LookupItem } from '../../shared/contract/contacts';
import { ok, type FakeHandlers } from './fake-api';

/** A person with an active registration (2025-02-03), not yet contacted this month. */
export const GULI: LookupItem = {
  registrationId: 'r1',
  personId: 'p1',
  name: '古丽米拉·艾力',
  sex: '2',
  age: 30,
  idNumberMasked: '653121********0243',
  phone: '13899015678',
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
