import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { seededCore } from './seeded';
import { markDifficult, setup, unsuccessfulCall } from './registrations-fixtures';
import { trainingCounty } from './training-fixtures';

// The contact form's 更多 (audit2 item 5): a contact's 建议注销 fills the work lists' 建议 column, and the class
// picker of a 职业培训推荐 (BR-39) lists the classes a person could still join.
describe('contact suggestions in the work lists (BR-07, BR-08)', () => {
  it('the latest contact that heard the person, or suggested cancelling, gives the suggestion', async () => {
    const s = await setup();
    const person = await s.person();
    markDifficult(s.core, person); // level A: two contacts a month, so one November contact keeps the row listed
    const r = await s.register(person, { regDate: '2026-10-01' });
    const suggestion = async () =>
      (await must(s.core, 'contactWorklists.toContact', { month: '2026-11' })).items.find((i) => i.registrationId === r)
        ?.suggestedCancelReason;
    expect(await suggestion()).toBeNull();

    // October: the person is going to school → 建议注销 C06; November's list carries it.
    await s.contact(r, { contactDate: '2026-10-20', suggestCancel: true, suggestReason: 'C06' });
    expect(await suggestion()).toBe('C06');
    // An unanswered call later says nothing new: the suggestion stands.
    await must(s.core, 'contacts.create', unsuccessfulCall(r, '2026-11-03'));
    expect(await suggestion()).toBe('C06');
    // A later successful contact without it withdraws it.
    await s.contact(r, { contactDate: '2026-11-05' });
    expect(await suggestion()).toBeNull();
    // An unanswered call that suggests (the neighbours say the person moved away) suggests again.
    await must(s.core, 'contacts.create', {
      ...unsuccessfulCall(r, '2026-11-10'),
      suggestCancel: true,
      suggestReason: 'C05',
    });
    expect(await suggestion()).toBe('C05');
    // October's list is judged at October's end: one contact of the two level A needs, and its C06.
    const oct = await must(s.core, 'contactWorklists.toContact', { month: '2026-10' });
    expect(oct.items.find((i) => i.registrationId === r)?.suggestedCancelReason).toBe('C06');
  });

  it('6个月未联系 shows a contact’s own reason before C11, and C11 without one', async () => {
    const s = await setup();
    const lost = await s.register(await s.person(), { regDate: '2026-04-01' });
    const moved = await s.register(await s.person(), { regDate: '2026-04-01' });
    await must(s.core, 'contacts.create', {
      ...unsuccessfulCall(moved, '2026-11-02'),
      suggestCancel: true,
      suggestReason: 'C05',
    });
    await must(s.core, 'contacts.create', unsuccessfulCall(lost, '2026-11-02'));
    const { items } = await must(s.core, 'contactWorklists.lostContact', { month: '2026-11' });
    const reasons = Object.fromEntries(items.map((i) => [i.registrationId, i.suggestedCancelReason]));
    expect(reasons).toEqual({ [lost]: 'C11', [moved]: 'C05' });
  });

  it('a suggestion dated after the month end is not in that month’s list', async () => {
    const s = await setup();
    const r = await s.register(await s.person(), { regDate: '2026-09-01' });
    await s.contact(r, { contactDate: '2026-11-20', suggestCancel: true, suggestReason: 'C08' });
    const oct = await must(s.core, 'contactWorklists.toContact', { month: '2026-10' });
    expect(oct.items.map((i) => [i.registrationId, i.suggestedCancelReason])).toEqual([[r, null]]);
  });
});

describe('training.classes.list openOn (the class picker of 职业培训推荐, BR-39)', () => {
  it('lists the classes not finished or cancelled that start on or after the day', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const started = await c.filedClass(); // 2026-11-16 … 2026-11-25
    const coming = await c.newClass({ startDate: '2026-12-07', endDate: '2026-12-16' });
    const dropped = await c.newClass({ startDate: '2026-12-21', endDate: '2026-12-30' });
    await must(core, 'training.classes.act', { id: dropped, action: 'cancel', date: '2026-11-20', reason: '报名不足' });
    const open = async (openOn: string) =>
      (await must(core, 'training.classes.list', { openOn, pageSize: 100 })).items.map((i) => i.id).sort();
    expect(await open('2026-11-28')).toEqual([coming]);
    expect(await open('2026-11-10')).toEqual([started, coming].sort());
    expect((await must(core, 'training.classes.list', {})).total).toBe(3);
  });
});

describe('the demo seed', () => {
  it('has a few active registrations whose latest, successful contact suggests cancelling', async () => {
    const core = await seededCore({ persons: 400, registrations: true, seed: 7 });
    const rows = core.ctx.db
      .prepare(
        `SELECT c.suggest_reason AS reason, r.status, c.result, c.service_result AS note,
           c.contact_date = (SELECT max(x.contact_date) FROM contacts x WHERE x.registration_id = c.registration_id) AS latest
         FROM contacts c JOIN registrations r ON r.id = c.registration_id WHERE c.suggest_cancel = 1`,
      )
      .all() as { reason: string; status: string; result: string; note: string; latest: 0 | 1 }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'active', result: '1', latest: 1, note: expect.any(String) });
      expect(['C06', 'C07', 'C10']).toContain(r.reason);
    }
  });
});
