// The audit log viewer's queries: filter by operator, action (channel), record type and id, dates and one person
// (the person and their registrations, contacts, placements, internships and their allowance months, recognitions,
// training enrolments and flexible-employment subsidies), newest first, paged.
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditFilter } from '../../../../shared/contract/audit';
import { addDays } from '../../../../shared/domain/working-days';
import { localDayStart } from '../../clock';
import type { CoreContext } from '../../context';
import { whereOf } from '../../db/where';
import { pageParams } from '../../db/page';

const SELECT = 'SELECT id, at, operator, channel, entity, entity_id AS entityId, summary FROM audit_log';

/**
 * The records hanging off the persons `persons` (an SQL test of a person id, e.g. `= @personId`), by audit entity,
 * as a test of entity_id: each entity that names a person's record as its audit id, live or deleted (migrations
 * 0022, 0024, 0026).
 */
const RECORDS_OF = (persons: string): [entity: string, idTest: string][] => {
  const ids = (table: string) => `SELECT x.id FROM ${table} x WHERE x.person_id ${persons}`;
  const of = (table: string) => `IN (${ids(table)})`;
  const contacts = (t: string) =>
    `SELECT c.id FROM ${t} c JOIN registrations r ON r.id = c.registration_id WHERE r.person_id ${persons}`;
  return [
    ['person', persons],
    ['registration', `IN (${ids('registrations')} UNION ALL ${ids('deleted_registrations')})`],
    ['contact', `IN (${contacts('contacts')} UNION ALL ${contacts('deleted_contacts')})`],
    ['placement', of('placements')],
    ['internship', of('internships')],
    [
      'internshipAllowance',
      `IN (SELECT a.id FROM internship_allowances a JOIN internships i ON i.id = a.internship_id
        WHERE i.person_id ${persons})`,
    ],
    ['recognition', `IN (${ids('recognitions')} UNION ALL ${ids('deleted_recognitions')})`],
    ['trainingEnrolment', `IN (${ids('training_enrolments')} UNION ALL ${ids('deleted_training_enrolments')})`],
    ['flexibleSubsidy', of('flexible_subsidies')],
  ];
};

/** The entries of the records hanging off the persons `persons` (see RECORDS_OF). */
const ENTRIES_OF = (persons: string) =>
  RECORDS_OF(persons)
    .map(([entity, idTest]) => `(entity = '${entity}' AND entity_id ${idTest})`)
    .join('\n  OR ');

const PERSON_SQL = `(${ENTRIES_OF('= @personId')})`;

/**
 * Who reads the log (issue 19): a 乡镇经办 (`townships`, a JSON array) sees the entries of their townships' persons
 * and the records hanging off them, and their own entries (`accountId`); absent = everything.
 */
export interface AuditReader {
  townships?: string;
  accountId?: string;
}

const SCOPED_PERSONS = 'SELECT id FROM persons WHERE township_id IN (SELECT value FROM json_each(@townships))';
const READER_SQL = `(account_id = @accountId
  OR ${ENTRIES_OF(`IN (${SCOPED_PERSONS})`)})`;

function auditWhere(f: Partial<AuditFilter> & AuditReader): { sql: string; args: Record<string, string> } {
  const args: Record<string, string> = {};
  if (f.townships) args.accountId = f.accountId ?? '';
  const sql = whereOf(
    [
      [f.townships, READER_SQL, 'townships'],
      [f.operator, 'operator = @operator', 'operator'],
      [f.channel, 'channel = @channel', 'channel'],
      [f.entity, 'entity = @entity', 'entity'],
      [f.entityId, 'entity_id = @entityId', 'entityId'],
      [f.personId, PERSON_SQL, 'personId'],
      // `at` is a UTC instant: a day's entries are those from its local start to the next day's local start.
      [f.from && localDayStart(f.from), 'at >= @from', 'from'],
      [f.to && localDayStart(addDays(f.to, 1)), 'at < @toNext', 'toNext'],
    ],
    args,
  );
  return { sql, args };
}

export function searchAudit(
  db: Database.Database,
  f: Partial<AuditFilter> & AuditReader & { page: number; pageSize: number },
): { items: AuditEntry[]; total: number } {
  const w = auditWhere(f);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${w.sql}`).pluck().get(w.args) as number;
  const items = db
    .prepare(`${SELECT} ${w.sql} ORDER BY id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...w.args, ...pageParams(f) }) as AuditEntry[];
  return { items, total };
}

/** Every entry matching the filter, newest first, one at a time (the export). */
export function iterateAudit(
  db: Database.Database,
  f: Partial<AuditFilter> & AuditReader,
): IterableIterator<AuditEntry> {
  const w = auditWhere(f);
  return db.prepare(`${SELECT} ${w.sql} ORDER BY id DESC`).iterate(w.args) as IterableIterator<AuditEntry>;
}

export function countAudit(db: Database.Database, f: Partial<AuditFilter> & AuditReader): number {
  const w = auditWhere(f);
  return db.prepare(`SELECT count(*) FROM audit_log ${w.sql}`).pluck().get(w.args) as number;
}

export function auditFacets(db: Database.Database) {
  return {
    operators: db.prepare('SELECT DISTINCT operator FROM audit_log ORDER BY operator').pluck().all() as string[],
    actions: db.prepare('SELECT DISTINCT channel, entity FROM audit_log ORDER BY entity, channel').all() as {
      channel: string;
      entity: string;
    }[],
    entities: db.prepare('SELECT DISTINCT entity FROM audit_log ORDER BY entity').pluck().all() as string[],
  };
}

/** The reader of a call as auditWhere takes it: nothing county-wide. */
export const auditReader = (ctx: Pick<CoreContext, 'scope' | 'caller'>): AuditReader =>
  ctx.scope.county ? {} : { townships: ctx.scope.json, accountId: ctx.caller.account?.id ?? '' };
