// BR-06 (second half): recognitionWorklists.assistanceDue on today = 2026-11-28 with the default 3 months, so the
// cutoff is 2026-08-28: recognised on or before it, and no SV7 at a successful contact nor a day on a post after it.
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { ContactCreateInput } from '../../shared/contract/contacts';
import type { ServiceItemCode } from '../../shared/enums/registration-codes';
import { makeCore, must, signedInAs } from './harness';
import { recCounty, type RecCounty } from './recognitions-fixtures';
import { successfulContact } from './registrations-fixtures';
import { place } from './posts-fixtures';

const CUTOFF = '2026-08-28';
const INSIDE = '2026-08-29';

/** A 低保 person registered on 2026-01-05 and recognised (补录) on `recognitionDate`, in the urban community unless told. */
async function recognised(c: RecCounty, recognitionDate: string, over: { residenceRegionId?: string } = {}) {
  const a = await c.applicant('19700315', '2026-01-05', { dibao: true, ...over });
  const { id } = await must(c.core, 'recognitions.backfill', {
    personId: a.personId,
    registrationId: a.registrationId,
    categories: ['K03'],
    primaryCategory: 'K03',
    recognitionDate,
  });
  return { ...a, id };
}

/** BR-16: the placement of a person recognised on 2026-03-01 rests on that recognition (低保对象 from that date). */
const AS_RECOGNISED = { basisCode: 'K03', basisDate: '2026-03-01' } as const;

/** A contact of the person (successfulContact's values, changed by `over`). */
const contact = (c: RecCounty, registrationId: string, over: Partial<ContactCreateInput>) =>
  must(c.core, 'contacts.create', successfulContact(registrationId, over));
const sv7 = (c: RecCounty, registrationId: string, contactDate: string, services: ServiceItemCode[] = ['SV7']) =>
  contact(c, registrationId, { contactDate, services });
/** Answered by the family (E13 4): it may record services, SV7 too, but it is not a successful contact. */
const UNANSWERED = { result: '4', employmentStatusFound: null, jobsRecommended: null } as const;
/** Found in market employment (E09 21): the recognition goes to 应退出. */
const EMPLOYED = { employmentStatusFound: '21', employerOrActivity: '喀什某建材公司' } as const;

/** A call as `session` that must succeed, typed as the same call's answer for the administrator. */
async function as<C extends Channel>(c: RecCounty, session: string, channel: C, input: ChannelInput<C>) {
  const r = await c.core.invoke(channel, input, session);
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ChannelOutput<C>;
}

/** 规则设置 → 就业援助：连续未援助提醒, from a date. */
const setMonths = (c: RecCounty, effectiveFrom: string, value: number) =>
  must(c.core, 'ruleSettings.set', {
    key: 'recognition.assistanceMonths',
    effectiveFrom,
    values: { value },
    note: null,
  });

const due = async (c: RecCounty, townshipId?: string) =>
  must(c.core, 'recognitionWorklists.assistanceDue', { townshipId, page: 1, pageSize: 50 });

describe('recognitionWorklists.assistanceDue (BR-06)', () => {
  it('lists the recognised without SV7 or a post after the cutoff, longest first, and counts them', async () => {
    const c = await recCounty(makeCore());
    const inside = await recognised(c, '2026-03-01');
    await sv7(c, inside.registrationId, INSIDE);
    const outside = await recognised(c, '2026-03-01');
    await sv7(c, outside.registrationId, CUTOFF);
    const unanswered = await recognised(c, '2026-04-01');
    await contact(c, unanswered.registrationId, { ...UNANSWERED, contactDate: '2026-10-10', services: ['SV7'] });
    // Another service is not employment assistance.
    const otherService = await recognised(c, '2026-02-01');
    await sv7(c, otherService.registrationId, '2026-11-02', ['SV4']);
    const placedInside = await recognised(c, '2026-03-01');
    const p1 = await place(c.core, placedInside.personId, c.urbanPostId, { ...AS_RECOGNISED, startDate: '2026-06-01' });
    await must(c.core, 'placements.leave', { id: p1.placement.id, leaveDate: INSIDE, leaveReason: 'L09' });
    const leftBefore = await recognised(c, '2026-03-01');
    const p2 = await place(c.core, leftBefore.personId, c.urbanPostId, { ...AS_RECOGNISED, startDate: '2026-06-01' });
    await must(c.core, 'placements.leave', { id: p2.placement.id, leaveDate: CUTOFF, leaveReason: 'L09' });
    const onPost = await recognised(c, '2026-03-01');
    await place(c.core, onPost.personId, c.urbanPostId, { ...AS_RECOGNISED, startDate: '2026-11-01' });
    // Recognised on the cutoff: three completed months; the day after: not yet.
    const onCutoff = await recognised(c, CUTOFF);
    await recognised(c, INSIDE);
    // On 应退出, not here.
    const employed = await recognised(c, '2026-03-01');
    await contact(c, employed.registrationId, { ...EMPLOYED, contactDate: '2026-11-20', services: ['SV4'] });
    const exited = await recognised(c, '2026-03-01');
    await must(c.core, 'recognitions.exit', { id: exited.id, exitDate: '2026-11-20', exitReason: 'R13' });

    const list = await due(c);
    expect(
      list.items.map((i) => [
        i.personId,
        i.recognitionDate,
        i.lastAssistanceServiceDate,
        i.lastPostDay,
        i.lastContactDate,
        i.daysWithoutAssistance,
      ]),
    ).toEqual([
      [otherService.personId, '2026-02-01', null, null, '2026-11-02', 300],
      [unanswered.personId, '2026-04-01', null, null, '2026-10-10', 241],
      [outside.personId, '2026-03-01', CUTOFF, null, CUTOFF, 92],
      [leftBefore.personId, '2026-03-01', null, CUTOFF, null, 92],
      [onCutoff.personId, CUTOFF, null, null, null, 92],
    ]);
    expect(list.total).toBe(5);
    const first = list.items[0];
    expect(first).toMatchObject({ registrationId: otherService.registrationId, stageLabel: '已认定' });
    expect(first.idNumberMasked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    // VR-09: the phone masked by the core (before session 27 in clear); persons.revealPhone shows it, audited.
    expect(first.phoneMasked).toBe('138****2345');
    expect(JSON.stringify(list.items)).not.toContain('13899012345');
    const counts = await must(c.core, 'recognitionWorklists.counts', {});
    expect([counts.assistanceDue, counts.shouldExit]).toEqual([5, 1]);
    const reminder = (await must(c.core, 'home.overview', {})).reminders.find((r) => r.key === 'assistanceDue');
    expect(reminder).toEqual({ key: 'assistanceDue', count: 5, late: null, scope: 'township' });
  });

  it('keeps to the township asked for and to a clerk’s townships', async () => {
    const c = await recCounty(makeCore());
    const here = await recognised(c, '2026-03-01');
    const there = await recognised(c, '2026-03-01', { residenceRegionId: c.village3 });
    expect((await due(c)).items.map((i) => i.personId).sort()).toEqual([here.personId, there.personId].sort());
    expect((await due(c, c.town2)).items.map((i) => i.personId)).toEqual([there.personId]);
    expect((await must(c.core, 'recognitionWorklists.counts', { townshipId: c.town2 })).assistanceDue).toBe(1);
    const clerk = signedInAs(c.core, 'clerk1', 'clerk', { townshipIds: [c.town1] });
    const mine = await as(c, clerk, 'recognitionWorklists.assistanceDue', { page: 1, pageSize: 20 });
    expect(mine.items.map((i) => i.personId)).toEqual([here.personId]);
    expect((await as(c, clerk, 'recognitionWorklists.counts', {})).assistanceDue).toBe(1);
  });

  it('reads the months in force today: 6 months from a date widens the window, and lists follow at once', async () => {
    const c = await recCounty(makeCore());
    const old = await recognised(c, '2026-03-01');
    await sv7(c, old.registrationId, '2026-07-01');
    await recognised(c, '2026-07-01');
    expect((await due(c)).total).toBe(2);
    expect((await must(c.core, 'recognitionWorklists.counts', {})).assistanceDue).toBe(2);
    await setMonths(c, '2026-11-01', 6);
    // Cutoff 2026-05-28: the SV7 of 2026-07-01 is inside; the one recognised on 2026-07-01 is too recent.
    expect((await due(c)).total).toBe(0);
    expect((await must(c.core, 'recognitionWorklists.counts', {})).assistanceDue).toBe(0);
    // A value from a later date is not in force yet.
    await setMonths(c, '2026-12-01', 1);
    expect((await due(c)).total).toBe(0);
  });

  it('keeps 首页 and the badges in step across contact and placement writes (patched, not counted again) with the count from scratch', async () => {
    const c = await recCounty(makeCore());
    const a = await recognised(c, '2026-03-01');
    const b = await recognised(c, '2026-03-01');
    const kept = async () => (await must(c.core, 'home.badges', {})).recognitions.assistanceDue;
    const fresh = async () => (await must(c.core, 'recognitionWorklists.counts', {})).assistanceDue;
    const both = async () => [await kept(), await fresh()];
    expect(await both()).toEqual([2, 2]);
    // An SV7 given to a: one fewer; another service to b changes nothing.
    const given = await sv7(c, a.registrationId, '2026-11-20');
    expect(await both()).toEqual([1, 1]);
    const other = await sv7(c, b.registrationId, '2026-11-21', ['SV4']);
    expect(await both()).toEqual([1, 1]);
    // b's contact corrected to SV7: none due; a's SV7 deleted: a is due again.
    const { registrationId: _, ...fields } = successfulContact(b.registrationId, {
      contactDate: '2026-11-21',
      services: ['SV7'],
    });
    await must(c.core, 'contacts.update', {
      ...fields,
      id: other.contact.id,
      expectedUpdatedAt: other.contact.updatedAt,
    });
    expect(await both()).toEqual([0, 0]);
    await must(c.core, 'contacts.delete', { id: given.contact.id });
    expect(await both()).toEqual([1, 1]);
    // a placed on a post: assisted.
    await place(c.core, a.personId, c.urbanPostId, { ...AS_RECOGNISED, startDate: '2026-11-01' });
    expect(await both()).toEqual([0, 0]);
  });
});
