import type { z } from 'zod';
import type { Channel, Contract } from '../../../shared/contract';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../handlers';
import { withKeptRows } from './reports/kept-rows';
import { refuseFullWithoutNumbers } from './reports/full-numbers';
import { regionsHandlers } from './regions/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';
import { personsHandlers } from './persons/handlers';
import { filesHandlers } from './files/handlers';
import { reportsHandlers } from './reports/handlers';
import { importsHandlers } from './imports/handlers';
import { rosterImportsHandlers } from './imports/roster-handlers';
import { importBatchHandlers } from './imports/batch-handlers';
import { registrationsHandlers } from './registrations/handlers';
import { contactsHandlers } from './contacts/handlers';
import { contactWorklistsHandlers } from './contact-worklists/handlers';
import { employersHandlers } from './employers/handlers';
import { postsHandlers } from './posts/handlers';
import { placementsHandlers } from './placements/handlers';
import { internshipsHandlers } from './internships/handlers';
import { recognitionsHandlers } from './recognitions/handlers';
import { backupsHandlers } from './backups/handlers';
import { attendanceHandlers } from './attendance/handlers';
import { subsidiesHandlers } from './subsidies/handlers';
import { homeHandlers } from './home/handlers';
import { periodLocksHandlers } from './period-locks/handlers';
import { accountsHandlers } from './accounts/handlers';
import { trainingHandlers } from './training/handlers';
import { attendanceImportHandlers } from './imports/attendance-handlers';
import { archiveHandlers } from './archive/handlers';
import { reportLayoutsHandlers } from './report-layouts/handlers';
import { flexibleSubsidiesHandlers } from './flexible-subsidies/handlers';

/** Every contract channel has exactly one handler; the type makes a missing one a compile error. */
export const allHandlers: HandlerMap = {
  ...systemHandlers,
  ...settingsHandlers,
  ...regionsHandlers,
  ...personsHandlers,
  ...filesHandlers,
  ...reportsHandlers,
  ...importsHandlers,
  ...rosterImportsHandlers,
  ...importBatchHandlers,
  ...registrationsHandlers,
  ...contactsHandlers,
  ...contactWorklistsHandlers,
  ...employersHandlers,
  ...postsHandlers,
  ...placementsHandlers,
  ...internshipsHandlers,
  ...recognitionsHandlers,
  ...backupsHandlers,
  ...attendanceHandlers,
  ...subsidiesHandlers,
  ...homeHandlers,
  ...periodLocksHandlers,
  ...accountsHandlers,
  ...trainingHandlers,
  ...attendanceImportHandlers,
  ...archiveHandlers,
  ...reportLayoutsHandlers,
  ...flexibleSubsidiesHandlers,
};

/**
 * Inputs completed on the interactive worker when it admits a call, before the call runs or is handed to the job
 * worker: what only the interactive connection keeps (reports/kept-rows.ts), after the refusals that need the
 * register (导出完整号码 of a report without numbers, reports/full-numbers.ts).
 */
export const admittedInputs: { [C in Channel]?: (input: z.output<Contract[C]['input']>, ctx: CoreContext) => unknown } =
  {
    'reports.export': (input, ctx) => withKeptRows(refuseFullWithoutNumbers(input, ctx), ctx),
  };
