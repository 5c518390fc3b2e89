import { written, writtenAt, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { lookupRegistrations } from './lookup';
import {
  createContact,
  deleteContactRecord,
  listContacts,
  listEnrolments,
  restoreContactRecord,
  updateContactRecord,
} from './service';

type ContactChannels = ChannelsOf<'contacts'>;

export const contactsHandlers: PartialHandlers<ContactChannels> = {
  'contacts.create': (input, ctx) => writtenAt('contact', createContact(ctx, input)),
  'contacts.update': (input, ctx) => writtenAt('contact', updateContactRecord(ctx, input)),
  'contacts.delete': (input, ctx) => written(deleteContactRecord(ctx, input.id)),
  'contacts.restore': (input, ctx) => written(restoreContactRecord(ctx, input.id)),
  'contacts.listByRegistration': (input, ctx) => ({
    items: listContacts(ctx, input.registrationId, input.includeDeleted),
  }),
  'contacts.enrolmentsByRegistration': (input, ctx) => ({ items: listEnrolments(ctx, input.registrationId) }),
  'contacts.lookup': (input, ctx) => lookupRegistrations(ctx.db, input, ctx.today(), ctx.scope),
};
