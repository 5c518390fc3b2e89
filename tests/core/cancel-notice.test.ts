// BR-08 (DOMAIN S10): the person is informed of the cancellation of their registration; the optional 告知日期 is kept
// with the cancellation — not before the cancellation date, not after today (refused naming the field, nothing
// written) — shown in the detail and named in the audit row; leaving it empty records none.
import { describe, expect, it } from 'vitest';
import { callUnchanged, must } from './harness';
import { setup } from './registrations-fixtures';
import { refusedBadInput } from './refusals';

const cancel = (id: string, notifiedDate?: string | null) => ({
  id,
  cancelDate: '2026-11-20',
  cancelReason: 'C01' as const,
  ...(notifiedDate === undefined ? {} : { notifiedDate }),
});

describe('BR-08 告知日期 of a cancellation', () => {
  it.each([
    ['2026-11-19', '告知日期不能早于注销日期（2026-11-20）'],
    ['2026-11-29', '告知日期不能晚于今天（2026-11-28）'],
  ])('a notification date of %s is refused, nothing written', async (notifiedDate, message) => {
    const s = await setup();
    const id = await s.register(await s.person());
    const r = await callUnchanged(s.core, 'registrations.cancel', cancel(id, notifiedDate));
    expect(r).toMatchObject(refusedBadInput({ notifiedDate: message }));
  });

  it('is stored with the cancellation, shown in the detail and named in the audit row', async () => {
    const s = await setup();
    const id = await s.register(await s.person());
    const r = await must(s.core, 'registrations.cancel', cancel(id, '2026-11-20'));
    expect(r.registration).toMatchObject({ status: 'cancelled', cancelDate: '2026-11-20', notifiedDate: '2026-11-20' });
    expect((await must(s.core, 'registrations.get', { id })).notifiedDate).toBe('2026-11-20');
    const audit = await must(s.core, 'audit.search', { entity: 'registration', entityId: id });
    expect(audit.items[0].summary).toContain('2026-11-20 告知本人');
  });

  it('is optional: empty or left out records none', async () => {
    const s = await setup();
    const a = await s.register(await s.person());
    const b = await s.register(await s.person());
    expect((await must(s.core, 'registrations.cancel', cancel(a))).registration.notifiedDate).toBeNull();
    expect((await must(s.core, 'registrations.cancel', cancel(b, ''))).registration.notifiedDate).toBeNull();
  });
});
