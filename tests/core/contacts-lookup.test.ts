import { describe, expect, it } from 'vitest';
import { lookupSql } from '../../electron/core/modules/contacts/lookup';
import { call, must } from './harness';
import { makeId } from './persons-fixtures';
import { setup, unsuccessfulCall } from './registrations-fixtures';
import { refusedBadInput } from './refusals';

describe('contacts.lookup (the 50-calls-a-morning search)', () => {
  it('finds ACTIVE registrations by part of a name or the last 4–6 ID digits, with masked ID, level, last contact and this month’s count', async () => {
    const s = await setup();
    const gulId = makeId('653121', '19880101', '024');
    const gul = await s.person({ idNumber: gulId, name: '古丽米热·艾合买提', phone: '13999012345' });
    const gulReg = await s.register(gul, { regDate: '2026-10-08' });
    await s.contact(gulReg, { contactDate: '2026-10-20' });
    await s.contact(gulReg, { contactDate: '2026-11-03' });
    await must(s.core, 'contacts.create', unsuccessfulCall(gulReg, '2026-11-04'));
    const other = await s.person({ name: '古丽娜尔·吐尔逊' }); // no registration: not listed
    const gone = await s.person({ name: '古丽巴哈尔' });
    const goneReg = await s.register(gone);
    await must(s.core, 'registrations.cancel', { id: goneReg, cancelDate: '2026-11-10', cancelReason: 'C01' }); // cancelled: not listed
    expect(other).toBeTruthy();

    const byName = await must(s.core, 'contacts.lookup', { q: '古丽' });
    expect(byName).toMatchObject({ more: false, month: '2026-11' });
    expect(byName.items).toEqual([
      {
        registrationId: gulReg,
        personId: gul,
        name: '古丽米热·艾合买提',
        sex: '2',
        age: 38,
        idNumberMasked: `************${gulId.slice(12)}`, // the last 6 (issue 18)
        phoneMasked: '139****2345', // VR-09: masked by the core (was in clear before session 27)
        townshipName: '乌帕尔镇',
        villageName: '阿亚格曼干村',
        regDate: '2026-10-08',
        serviceLevel: 'C',
        responsibleStaff: '买买提·艾力',
        lastContactDate: '2026-11-04',
        lastContactResult: '2',
        nextContactDate: '2026-12-04',
        monthContacts: 2,
        monthSuccessful: 1,
        minPerMonth: 1,
      },
    ]);
    expect(JSON.stringify(byName)).not.toContain('13999012345');
    const byDigits = await must(s.core, 'contacts.lookup', { q: gulId.slice(-4) });
    expect(byDigits.items.map((i) => i.registrationId)).toEqual([gulReg]);
    expect((await must(s.core, 'contacts.lookup', { q: gulId.slice(-6) })).items).toHaveLength(1);
    const october = await must(s.core, 'contacts.lookup', { q: '米热', month: '2026-10' });
    expect(october.items[0]).toMatchObject({ monthContacts: 1, monthSuccessful: 1 });
    expect(await call(s.core, 'contacts.lookup', { q: ' ' })).toMatchObject(
      refusedBadInput({ q: '请输入姓名或公民身份号码后4–6位' }),
    );
  });

  it('stops at `limit` and says there is more', async () => {
    const s = await setup();
    for (let i = 0; i < 3; i++) await s.register(await s.person({ name: `艾力${'甲乙丙'[i]}` }));
    const r = await must(s.core, 'contacts.lookup', { q: '艾力', limit: 2 });
    expect(r.items.map((i) => i.name)).toEqual(['艾力乙', '艾力丙'].sort());
    expect(r.more).toBe(true);
  });

  it('is driven by the persons search indexes; a name part walks persons_name in name order without sorting (query plan)', async () => {
    const s = await setup();
    const plan = (sql: string) => {
      const params = Array((sql.match(/\?/g) ?? []).length).fill('x');
      return (s.core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    };
    const suffix = plan(lookupSql('idSuffix'));
    expect(suffix).toMatch(/SEARCH p USING INDEX persons_id_rev \(deleted_at=\? AND id_rev>\? AND id_rev<\?\)/);
    expect(suffix).toMatch(/SEARCH r USING INDEX registrations_one_active \(person_id=\?\)/);
    const name = plan(lookupSql('nameContains'));
    expect(name).toMatch(/SEARCH p USING INDEX persons_name \(deleted_at=\?\)/);
    expect(name).not.toMatch(/TEMP B-TREE/);
  });
});
