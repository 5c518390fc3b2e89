// BR-09 / CFG-22: the registration detail carries the running quarter's home visits (入户走访) of an active level-A
// registration (today 2026-11-28: the quarter 2026-10-01 – 2026-12-31); display only.
import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { markDifficult, setup, unsuccessfulCall, type Setup } from './registrations-fixtures';

const DUE = {
  required: 1,
  count: 0,
  lastDate: null,
  due: true,
  quarterStart: '2026-10-01',
  quarterEnd: '2026-12-31',
};

/** A recognised 就业困难人员 registered on 2026-11-02: level A by BR-09. */
async function levelA(s: Setup) {
  const personId = await s.person();
  markDifficult(s.core, personId);
  const id = await s.register(personId);
  return { personId, id };
}

const homeVisitOf = async (s: Setup, id: string) => (await must(s.core, 'registrations.get', { id })).homeVisit;

describe('registrations: the quarter’s home visit of level A (BR-09, CFG-22)', () => {
  it('level A without a visit: due by the quarter end; an unsuccessful or phone contact leaves it due', async () => {
    const s = await setup();
    const { personId, id } = await levelA(s);
    expect((await must(s.core, 'registrations.get', { id })).serviceLevel).toBe('A');
    expect(await homeVisitOf(s, id)).toEqual(DUE);
    await must(s.core, 'contacts.create', { ...unsuccessfulCall(id, '2026-11-10'), method: '3' });
    await s.contact(id, { contactDate: '2026-11-12' });
    expect(await homeVisitOf(s, id)).toEqual(DUE);
    // The person's 失业登记 tab reads the same detail.
    const listed = await must(s.core, 'registrations.listByPerson', { personId });
    expect(listed.items[0].homeVisit).toEqual(DUE);
  });

  it('level A with a successful 入户走访 in the quarter: not due, the visit date given', async () => {
    const s = await setup();
    const { id } = await levelA(s);
    await s.contact(id, { contactDate: '2026-11-20', method: '3' });
    expect(await homeVisitOf(s, id)).toEqual({ ...DUE, count: 1, lastDate: '2026-11-20', due: false });
  });

  it('none for level B or C, nor for a cancelled registration', async () => {
    const s = await setup();
    const c = await s.register(await s.person());
    const b = await s.register(await s.person(), { needs: ['SV5'] });
    expect((await must(s.core, 'registrations.get', { id: c })).serviceLevel).toBe('C');
    expect((await must(s.core, 'registrations.get', { id: b })).serviceLevel).toBe('B');
    expect(await homeVisitOf(s, c)).toBeNull();
    expect(await homeVisitOf(s, b)).toBeNull();
    const { id } = await levelA(s);
    await must(s.core, 'registrations.cancel', { id, cancelDate: '2026-11-10', cancelReason: 'C01' });
    expect(await homeVisitOf(s, id)).toBeNull();
  });

  it('follows the setting in force: two visits asked, or 0 = 不要求', async () => {
    const s = await setup();
    const { id } = await levelA(s);
    await s.contact(id, { contactDate: '2026-11-20', method: '3' });
    const set = (effectiveFrom: string, value: number) =>
      must(s.core, 'ruleSettings.set', {
        key: 'contacts.homeVisitsPerQuarter',
        effectiveFrom,
        values: { value },
        note: null,
      });
    await set('2026-11-01', 2);
    expect(await homeVisitOf(s, id)).toEqual({ ...DUE, required: 2, count: 1, lastDate: '2026-11-20' });
    await set('2026-11-15', 0);
    expect(await homeVisitOf(s, id)).toBeNull();
    // A change from a later date is not in force yet.
    await set('2026-12-01', 1);
    expect(await homeVisitOf(s, id)).toBeNull();
  });
});
