// Every write that names a person refuses one that is not in the register with the same NOT_FOUND answer
// (persons/queries.ts requirePerson), and writes nothing.
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '../../shared/contract';
import { callUnchanged, makeCore } from './harness';
import { gradInput } from './internships-fixtures';
import { placeInput } from './posts-fixtures';
import { applyInput } from './recognitions-fixtures';
import { registrationInput } from './registrations-fixtures';
import { refusedAs } from './refusals';
import { enrolInput, trainingCounty, type TrainingCounty } from './training-fixtures';

const NOBODY = '00000000-0000-4000-8000-000000000000';
const PERSON_NOT_FOUND = '找不到该人员，可能已被删除。';

type Case = [Channel, (c: TrainingCounty) => Promise<ChannelInput<Channel>>];

const CASES: Case[] = [
  ['persons.get', async () => ({ id: NOBODY })],
  ['registrations.create', async (c) => registrationInput(c, NOBODY)],
  [
    'contacts.create',
    async () => ({ personId: NOBODY, contactDate: '2026-11-20', method: '1', result: '2', staff: '阿依古丽' }),
  ],
  ['recognitions.apply', async () => applyInput(NOBODY)],
  ['training.enrol', async (c) => enrolInput(await c.newClass(), NOBODY)],
  ['placements.create', async (c) => placeInput(NOBODY, c.urbanPostId)],
  ['internships.create', async (c) => gradInput(NOBODY, c.employerId)],
];

describe('a person who is not in the register', () => {
  it.each(CASES)('%s answers 找不到该人员 and writes nothing', async (channel, inputOf) => {
    const c = await trainingCounty(makeCore());
    const r = await callUnchanged(c.core, channel, await inputOf(c));
    expect(r).toMatchObject(refusedAs('NOT_FOUND', PERSON_NOT_FOUND));
  });
});
