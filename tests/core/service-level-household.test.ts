// BR-09 level A for a 零就业家庭成员: BR-15 (shared/domain/zero-employment-household.ts) on the household members
// recorded on the person, at registration and at every successful contact (with the status the contact found).
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import type { ContactCreateInput } from '../../shared/contract/contacts';
import type { PersonInput } from '../../shared/contract/persons';
import { must } from './harness';
import { personInput } from './persons-fixtures';
import { expectRaisedToA, registrationInput, setup, successfulContact, type Setup } from './registrations-fixtures';
import { statementsOf } from './statements';

type Members = PersonInput['householdMembers'];
const SPOUSE_UNEMPLOYED = { memberName: '阿依努尔', relation: '配偶', status: '失业', worksAgeAble: true };
const SON_WORKING = { memberName: '艾力', relation: '子', status: '务工', worksAgeAble: true };
const ZERO_HOUSEHOLD: Members = [SPOUSE_UNEMPLOYED];
const ONE_EMPLOYED: Members = [SPOUSE_UNEMPLOYED, SON_WORKING];

/** Records the person's household members through persons.update (as the person form does). */
async function setHousehold(s: Setup, personId: string, householdMembers: Members) {
  const person = await must(s.core, 'persons.get', { id: personId });
  const { idNumber: _kept, ...rest } = personInput(s);
  await must(s.core, 'persons.update', {
    ...rest,
    id: personId,
    expectedUpdatedAt: person.updatedAt,
    householdMembers,
  });
}

/** A person registered without household members, the household recorded afterwards, then a successful contact. */
async function contactAfter(s: Setup, members: Members, over: Partial<ContactCreateInput> = {}) {
  const personId = await s.person();
  const registrationId = await s.register(personId);
  await setHousehold(s, personId, members);
  return must(s.core, 'contacts.create', successfulContact(registrationId, over));
}

describe('BR-09 零就业家庭成员 (BR-15 on the recorded household)', () => {
  it('at registration: A for a member of a zero-employment household, with the reason in the level history', async () => {
    const s = await setup();
    const personId = await s.person({ householdMembers: ZERO_HOUSEHOLD });
    const { registration } = await must(s.core, 'registrations.create', registrationInput(s, personId));
    expect(registration).toMatchObject({
      serviceLevel: 'A',
      suggestion: { level: 'A', reasons: ['零就业家庭成员'] },
    });
    expect(registration.levelChanges.map((c) => [c.toLevel, c.reason])).toEqual([['A', '登记时评定：零就业家庭成员']]);
  });

  it('at registration: not A when another working-age member is employed, nor when no member is recorded', async () => {
    const s = await setup();
    for (const householdMembers of [ONE_EMPLOYED, []]) {
      const personId = await s.person({ householdMembers });
      const { registration } = await must(s.core, 'registrations.create', registrationInput(s, personId));
      expect(registration).toMatchObject({
        serviceLevel: 'C',
        suggestion: { level: 'C', reasons: ['无重点帮扶或关注服务情形'] },
      });
    }
  });

  it('at a successful contact: raised to A once the household recorded since is a zero-employment household', async () => {
    const r = await contactAfter(await setup(), ZERO_HOUSEHOLD);
    expectRaisedToA(r, '2026-11-20', '定期联系时重新评定：零就业家庭成员');
    expect(r.registration.serviceLevel).toBe('A');
  });

  it.each([
    ['another working-age member works', ONE_EMPLOYED, {}],
    [
      'the contact finds the person employed',
      ZERO_HOUSEHOLD,
      { employmentStatusFound: '21', employerOrActivity: '喀什某物流公司' },
    ],
  ] as const)('at a successful contact: not A when %s', async (_what, members, over) => {
    const r = await contactAfter(await setup(), members, over);
    expect(r.contact.suggestedLevel).toBe('C');
    expect(r.levelRaised).toBeNull();
    expect(r.registration.suggestion.reasons).not.toContain('零就业家庭成员');
  });

  it("a contact write reads the household members once, for the contact's suggestion and the registration's", async () => {
    const s = await setup();
    const personId = await s.person({ householdMembers: ZERO_HOUSEHOLD });
    const registrationId = await s.register(personId);
    const householdReads = async (run: () => Promise<unknown>) =>
      (await statementsOf(s.core.ctx.db, run)).filter((sql) => sql.includes('household_members')).length;
    let saved: ChannelOutput<'contacts.create'> | undefined;
    const onCreate = await householdReads(async () => {
      saved = await must(s.core, 'contacts.create', successfulContact(registrationId));
    });
    expect(onCreate).toBe(1);
    expect(saved?.registration.suggestion.reasons).toContain('零就业家庭成员');
    const { contact } = saved!;
    const onUpdate = await householdReads(() =>
      must(s.core, 'contacts.update', {
        ...successfulContact(registrationId),
        id: contact.id,
        expectedUpdatedAt: contact.updatedAt,
      }),
    );
    expect(onUpdate).toBe(1);
  });
});
