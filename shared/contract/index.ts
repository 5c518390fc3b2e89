import type { z } from 'zod';
import { regionsChannels } from './regions';
import { settingsChannels } from './settings';
import { systemChannels } from './system';
import { auditChannels } from './audit';
import { personsChannels } from './persons';
import { filesChannels } from './files';
import { reportsChannels } from './reports';
import { importsChannels } from './imports';
import { importBatchesChannels } from './import-batches';
import { rosterImportsChannels } from './roster-imports';
import { registrationsChannels } from './registrations';
import { registrationListChannels } from './registration-list';
import { contactsChannels } from './contacts';
import { contactWorklistsChannels } from './contact-worklists';
import { employersChannels } from './employers';
import { postsChannels } from './posts';
import { placementsChannels } from './placements';
import { placementRenewalsChannels } from './placement-renewals';
import { postWorklistsChannels } from './post-worklists';
import { reportLayoutsChannels } from './report-layouts';
import { internshipsChannels } from './internships';
import { recognitionsChannels, recognitionWorklistsChannels } from './recognitions';
import { backupsChannels } from './backups';
import { attendanceChannels } from './attendance';
import { subsidiesChannels } from './subsidies';
import { homeChannels } from './home';
import { periodLocksChannels } from './period-locks';
import { ruleSettingsChannels } from './rule-settings';
import { accountsChannels, authChannels } from './accounts';
import { trainingChannels } from './training';
import { trainingRemovalChannels } from './training-removals';
import { calendarChannels } from './calendar';
import { attendanceImportChannels } from './attendance-import';
import { archiveChannels } from './archive';
import { flexibleSubsidiesChannels } from './flexible-subsidies';

export * from './result';
export type { ChannelDef } from './define';

/** The one list of channels: preload allow-list, IPC bindings, HTTP routes and dispatch all derive from it. */
export const contract = {
  ...systemChannels,
  ...settingsChannels,
  ...regionsChannels,
  ...auditChannels,
  ...personsChannels,
  ...filesChannels,
  ...reportsChannels,
  ...importsChannels,
  ...importBatchesChannels,
  ...rosterImportsChannels,
  ...registrationsChannels,
  ...registrationListChannels,
  ...contactsChannels,
  ...contactWorklistsChannels,
  ...employersChannels,
  ...postsChannels,
  ...placementsChannels,
  ...placementRenewalsChannels,
  ...postWorklistsChannels,
  ...internshipsChannels,
  ...recognitionsChannels,
  ...recognitionWorklistsChannels,
  ...backupsChannels,
  ...attendanceChannels,
  ...subsidiesChannels,
  ...homeChannels,
  ...periodLocksChannels,
  ...ruleSettingsChannels,
  ...reportLayoutsChannels,
  ...authChannels,
  ...accountsChannels,
  ...trainingChannels,
  ...trainingRemovalChannels,
  ...calendarChannels,
  ...attendanceImportChannels,
  ...archiveChannels,
  ...flexibleSubsidiesChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** Data of a finished job channel. */
export type JobResultOf<C extends Channel> = Contract[C] extends { jobResult: infer R extends z.ZodType }
  ? z.output<R>
  : never;

export const CHANNELS = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);
