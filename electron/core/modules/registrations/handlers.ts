import { savedWithWarnings, written, writtenAt, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { cancelIncomeStandard } from './cancel-income';
import { readContactRules } from './config';
import { listRegistrations, staffNames } from './list';
import { deleteRegistrationRecord, listDeletedRegistrations, restoreRegistrationRecord } from './remove';
import {
  cancelRegistrationRecord,
  createRegistration,
  getRegistration,
  listByPerson,
  requireRegistration,
  setServiceLevel,
  updateRegistrationRecord,
} from './service';

type RegistrationChannels = ChannelsOf<'registrations'>;

export const registrationsHandlers: PartialHandlers<RegistrationChannels> = {
  'registrations.create': (input, ctx) => savedWithWarnings('registration', createRegistration(ctx, input)),
  'registrations.update': (input, ctx) => written(updateRegistrationRecord(ctx, input)),
  'registrations.cancel': (input, ctx) => writtenAt('registration', cancelRegistrationRecord(ctx, input)),
  'registrations.setServiceLevel': (input, ctx) => written(setServiceLevel(ctx, input)),
  'registrations.delete': (input, ctx) => written(deleteRegistrationRecord(ctx, input)),
  'registrations.restore': (input, ctx) => written(restoreRegistrationRecord(ctx, input.id)),
  'registrations.listDeleted': (input, ctx) => ({ items: listDeletedRegistrations(ctx, input.personId) }),
  'registrations.get': (input, ctx) => getRegistration(ctx, input.id),
  'registrations.listByPerson': (input, ctx) => ({ items: listByPerson(ctx, input.personId) }),
  'registrations.list': (input, ctx) => listRegistrations(ctx, input),
  'registrations.staffNames': (input, ctx) => staffNames(ctx, input.townshipId),
  'registrations.rules': (input, ctx) => readContactRules(ctx.db, input.date ?? ctx.today()),
  'registrations.cancelIncomeStandard': (input, ctx) =>
    cancelIncomeStandard(ctx.db, requireRegistration(ctx.db, input.id).person_id, input.date),
};
