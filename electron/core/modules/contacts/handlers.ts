import type { ChannelsOf, PartialHandlers } from '../../handlers';
import { lookupRegistrations } from './lookup';
import { createContact, deleteContactRecord, listContacts, updateContactRecord } from './service';

type ContactChannels = ChannelsOf<'contacts'>;

export const contactsHandlers: PartialHandlers<ContactChannels> = {
  'contacts.create': (input, ctx) => {
    const { data, summary } = createContact(ctx, input);
    return { data, entityId: data.contact.id, summary };
  },
  'contacts.update': (input, ctx) => {
    const { data, summary } = updateContactRecord(ctx, input);
    return { data, entityId: data.contact.id, summary };
  },
  'contacts.delete': (input, ctx) => {
    const { data, summary } = deleteContactRecord(ctx, input.id);
    return { data, entityId: input.id, summary };
  },
  'contacts.listByRegistration': (input, ctx) => ({ items: listContacts(ctx, input.registrationId) }),
  'contacts.lookup': (input, ctx) => lookupRegistrations(ctx.db, input, ctx.today(), ctx.scope),
};
