// The 失业登记 roster kind (issue 14): row validator and committer. A row names a person by 公民身份号码 (the
// name must agree with the register); a person not yet registered is created from the row's person columns with
// the person roster's own reader and rules (当前就业状态 失业(未就业)) — what a clerk bringing a township's roster
// expects. The registration is validated with the shared registrationCreateInput schema, then written by the
// registrations module's createRegistration, which applies its rules (working age on the registration date, one
// active registration, no overlap, the 登记地, not in the future): the dry run rehearses exactly that.
import type { z } from 'zod';
import { personInputSchema, type PersonInputParsed } from '../../../../shared/contract/person-input';
import { registrationCreateInput } from '../../../../shared/contract/registrations';
import { idMaskerOn, type IdMasker } from '../settings/display';
import { prepared } from '../../db/prepared';
import type { MappedRow } from '../../excel/import/rows';
import type { RawCell } from '../../excel/read-table';
import { createRegistration } from '../registrations/service';
import { checkPersonDefaults } from './person-defaults';
import { notePersonReadings } from './person-readings';
import { insertImportedPerson, loadInsertTarget } from './person-insert';
import { columnOfPath, readPersonRow } from './person-rows';
import {
  jobWishCode,
  levelCode,
  needsCodes,
  reasonCode,
  REGISTRATION_DEFAULT_RULES,
  REGISTRATION_IMPORT_SPECS,
  REGISTRATION_TEXT_KEYS,
  registrationLabel,
} from './registration-columns';
import { yesNo } from './person-codes';
import { REGISTRATION_TEMPLATE } from './registration-template';
import { rowCells, rowPerson } from './roster-cells';
import type { TemplatedKind, RosterRow, RowEnv, RowRead } from './roster-kind';
import { kindMappings } from './mappings';

type CreateIn = z.output<typeof registrationCreateInput>;

export interface RegistrationRosterRow extends RosterRow {
  name: string;
  /** The registered person, or null when the row creates one. */
  personId: string | null;
  /** The person to create (shared person schema passed), when not registered. */
  person: PersonInputParsed | null;
  /** 登记地 as written, or null: the person's 乡镇(街道). */
  regPlaceId: string | null;
  /** registrationCreateInput's output (personId and regPlaceId filled at the write). */
  input: CreateIn;
}

/** Stand-ins for ids only known at the write; the schema only wants them present. */
const LATER = '(写入时确定)';
const LEVEL_REASON = '按导入的失业登记名册';
export const NOT_REGISTERED_PREFIX = '该人员尚未登记，将按本行新建：';

/** registrationCreateInput paths → the column that holds the value. */
const PATH_COLUMN: Record<string, string> = {
  personId: 'idNumber',
  regDate: 'regDate',
  regPlaceId: 'regPlace',
  reason: 'reason',
  receivesUi: 'receivesUi',
  jobWish: 'jobWish',
  jobIntent: 'jobIntent',
  needs: 'needs',
  responsibleStaff: 'responsibleStaff',
  serviceLevel: 'serviceLevel',
  serviceLevelReason: 'serviceLevel',
};

const schemas = { today: '', person: personInputSchema() };
function personSchema(today: string) {
  if (schemas.today !== today) Object.assign(schemas, { today, person: personInputSchema(today) });
  return schemas.person;
}

function readRow(mapped: MappedRow, env: RowEnv): RowRead<RegistrationRosterRow> {
  const { row } = mapped;
  const { columns, defaults, errors } = env;
  const c = rowCells(mapped, env, registrationLabel);
  const { bad, fail, text, code } = c;
  const who = rowPerson(mapped, env, c);
  const { idNumber, name } = who;
  const personId = who.found?.id ?? null;
  let person: PersonInputParsed | null = null;
  if (who.found === null) {
    const prefixed = {
      add: (r: number, col: number | string, f: string, value: RawCell | string, m: string) => {
        bad.add(f);
        errors.add(r, col, f, value, NOT_REGISTERED_PREFIX + m);
      },
    };
    const read = readPersonRow(mapped, columns, env.places, personSchema(env.today), prefixed, env.today, {
      ...defaults,
      employmentStatus: '失业(未就业)',
    });
    person = read.read?.person ?? null;
    if (person && env.readings) notePersonReadings(env.readings, mapped, person);
    env.notes?.push(...(read.read?.readAs ?? []));
  }

  const regDate = c.date('regDate', true);
  const regPlaceId = c.region('regPlace');
  const flag = text('receivesUi');
  const receivesUi = flag === undefined ? undefined : yesNo(registrationLabel('receivesUi'), flag);
  if (receivesUi && !receivesUi.ok) fail('receivesUi', receivesUi.message);
  const needsText = text('needs');
  const needs = needsText === undefined ? undefined : needsCodes(needsText);
  if (needs && !needs.ok) fail('needs', needs.message);
  const level = code('serviceLevel', levelCode);
  const raw = {
    personId: LATER,
    regDate: regDate ?? '',
    regPlaceId: regPlaceId ?? LATER,
    reason: code('reason', reasonCode),
    receivesUi: receivesUi?.ok ? receivesUi.value : false,
    jobWish: code('jobWish', jobWishCode),
    jobIntent: text('jobIntent') ?? null,
    needs: needs?.ok ? needs.value : [],
    responsibleStaff: text('responsibleStaff') ?? '',
    serviceLevel: level ?? null,
    serviceLevelReason: level ? LEVEL_REASON : null,
  };
  const parsed = c.parse(registrationCreateInput, raw, (key) => PATH_COLUMN[key] ?? 'idNumber');
  const ok = !bad.size && parsed.success && name && (personId || person);
  return {
    idNumber,
    read: ok ? { row, source: mapped, name, personId, person, regPlaceId, input: parsed.data } : null,
  };
}

interface Session {
  target: ReturnType<typeof loadInsertTarget>;
  by: string;
  at: string;
  mask: IdMasker;
}

/** The person's 乡镇(街道): the parent of the residence village. */
const townshipOf = (s: { db: Parameters<typeof prepared>[0] }, personId: string) =>
  prepared(s.db, 'SELECT r.parent_id FROM persons p JOIN regions r ON r.id = p.residence_region_id WHERE p.id = ?')
    .pluck()
    .get(personId) as string;

export const REGISTRATION_ROSTER: TemplatedKind<RegistrationRosterRow, Session> = {
  id: 'registrations',
  noun: '失业登记名册',
  recordNoun: '失业登记',
  specs: REGISTRATION_IMPORT_SPECS,
  textKeys: REGISTRATION_TEXT_KEYS,
  mappings: kindMappings('registrations', REGISTRATION_IMPORT_SPECS),
  template: REGISTRATION_TEMPLATE,
  uniqueIds: true,
  checkDefaults: (defaults, places) => checkPersonDefaults(defaults, places, REGISTRATION_DEFAULT_RULES),
  readRow,
  session: (ctx) => {
    const at = ctx.now();
    // CFG-29: the persons it creates are named with the county's mask, as every list names them.
    return { target: loadInsertTarget(ctx.db, at), by: ctx.operator(), at, mask: idMaskerOn(ctx.db, ctx.today()) };
  },
  apply(ctx, r, s) {
    let personId = r.personId;
    let created;
    if (!personId && r.person) {
      personId = insertImportedPerson(ctx.db, s.target, r.person, s.by, s.at);
      created = { row: r.row, name: `${r.person.name}（${s.mask(r.person.idNumber)}）`, detail: '' };
    }
    if (!personId) throw new Error('row without a person');
    createRegistration(ctx, { ...r.input, personId, regPlaceId: r.regPlaceId ?? townshipOf(ctx, personId) });
    return { person: created };
  },
  columnOf: (field) => PATH_COLUMN[field] ?? columnOfPath(field),
};
