import type { WriteOptions } from '../api';

/**
 * A registration or contact write changes the person's registrations, the contact history, the contact work lists
 * and the person's employment status: what each such useWrite invalidates.
 */
export const REGISTRATION_WRITE: WriteOptions = {
  invalidates: ['registrations', 'contacts', 'contactWorklists', 'persons'],
};
