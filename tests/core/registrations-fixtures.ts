// Shared set-up for the registration, contact, work-list and RPT-11/12 core tests (today = 2026-11-28).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ChannelOutput } from '../../shared/contract';
import type { ContactCreateInput } from '../../shared/contract/contacts';
import type { RegistrationCreateInput } from '../../shared/contract/registrations';
import type { PersonInput } from '../../shared/contract/persons';
import { makeCore, must } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';

export interface Setup extends County {
  /** Creates a person (fresh ID each call) and returns its id. */
  person(over?: Partial<PersonInput>): Promise<string>;
  register(personId: string, over?: Partial<RegistrationCreateInput>): Promise<string>;
  contact(registrationId: string, over?: Partial<ContactCreateInput>): Promise<string>;
}

export async function setup(core: Core = makeCore()): Promise<Setup> {
  const c = await county(core);
  let seq = 100;
  return {
    ...c,
    async person(over = {}) {
      seq += 2;
      const { person } = await must(
        core,
        'persons.create',
        personInput(c, { idNumber: makeId('653121', '19900315', String(seq + 1).padStart(3, '0')), ...over }),
      );
      return person.id;
    },
    async register(personId, over = {}) {
      const { registration } = await must(core, 'registrations.create', registrationInput(c, personId, over));
      return registration.id;
    },
    async contact(registrationId, over = {}) {
      const { contact } = await must(core, 'contacts.create', successfulContact(registrationId, over));
      return contact.id;
    },
  };
}

export function registrationInput(
  c: County,
  personId: string,
  over: Partial<RegistrationCreateInput> = {},
): RegistrationCreateInput {
  return {
    personId,
    regDate: '2026-11-02',
    regPlaceId: c.town1,
    reason: '02',
    receivesUi: false,
    jobWish: '1',
    jobIntent: '电焊工，喀什市内，月薪4000元',
    needs: [],
    responsibleStaff: '买买提·艾力',
    ...over,
  };
}

/** A successful phone contact with two services. */
export function successfulContact(registrationId: string, over: Partial<ContactCreateInput> = {}): ContactCreateInput {
  return {
    registrationId,
    contactDate: '2026-11-20',
    method: '1',
    result: '1',
    employmentStatusFound: '10',
    services: ['SV1', 'SV4'],
    jobsRecommended: 2,
    staff: '买买提·艾力',
    ...over,
  };
}

/** A phone call by 阿依古丽 that did not reach the person: result 2 无人接听/关机/空号, or 3 拒绝沟通. */
export function unsuccessfulCall(
  registrationId: string,
  contactDate: string,
  result: '2' | '3' = '2',
): ContactCreateInput {
  return { registrationId, contactDate, method: '1', result, staff: '阿依古丽' };
}

/**
 * Makes the person a 就业困难人员 as the recognitions module leaves one: a recognition in force (03; back-filled,
 * dated `recognisedOn`, by default undated = before any period) and persons.is_difficult = 1. Reports of a past
 * month read the recognition in force at its end (recognitions/in-force-sql.ts), the work lists the flag.
 */
export function markDifficult(core: Core, personId: string, recognisedOn: string | null = null): void {
  core.ctx.db
    .prepare(
      `INSERT INTO recognitions (id, person_id, categories, primary_category, status, recognition_date, backfilled,
         created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, 'K99', 'K99', '03', ?, 1, 'x', 'x', 'x', 'x')`,
    )
    .run(randomUUID(), personId, recognisedOn);
  core.ctx.db.prepare('UPDATE persons SET is_difficult = 1 WHERE id = ?').run(personId);
}

/** BR-09: the contact raised the level C → A, recorded first in the level history against it with `reason`. */
export function expectRaisedToA(r: ChannelOutput<'contacts.create'>, date: string, reason: string): void {
  expect(r.levelRaised).toEqual({ from: 'C', to: 'A' });
  expect(r.contact.suggestedLevel).toBe('A');
  expect(r.registration.levelChanges[0]).toMatchObject({
    date,
    fromLevel: 'C',
    toLevel: 'A',
    source: 'contact',
    contactId: r.contact.id,
    reason,
  });
}

/**
 * A contact written straight into the contacts table on the core's connection (no dispatch, no audit row), as the
 * kept-answer tests write under a read: on 2026-11-20, successful (result 1) by phone, one service, unless `over` says.
 */
export function insertContact(
  core: Core,
  registrationId: string,
  over: { id?: string; date?: string; result?: string; services?: number } = {},
): void {
  core.ctx.db
    .prepare(
      `INSERT INTO contacts (id, registration_id, contact_date, method, result, employment_status_found, services, staff,
         created_at, updated_at, created_by, updated_by)
       VALUES (coalesce(@id, lower(hex(randomblob(8)))), @registrationId, @date, '1', @result, '1', @services, '甲',
         'x', 'x', 'x', 'x')`,
    )
    .run({
      id: over.id ?? null,
      registrationId,
      date: over.date ?? '2026-11-20',
      result: over.result ?? '1',
      services: over.services ?? 1,
    });
}
