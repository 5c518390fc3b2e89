// Township scope (issue 19), the register of persons: a 乡镇经办 of A cannot change a person of B, their 失业登记,
// 联系记录 or 认定, nor put a person or an employer in B (nothing written); their own township's persons go through.
import { describe, expect, it } from 'vitest';
import { makeId } from './persons-fixtures';
import { registrationInput, successfulContact } from './registrations-fixtures';
import { asClerk, expectClerkRefusals, PERSON_REFUSED, personUpdate, PLACE_REFUSED } from './township-scope-clerk';
import { scenePerTest } from './township-scope-scene';

const scene = scenePerTest();

describe('writes of persons, registrations and recognitions for another township are refused, nothing written', () => {
  it('each write naming a person of B, or placing a person or employer in B; their own go through', async () => {
    const s = scene();
    const b = s.b;
    await expectClerkRefusals(s, [
      ['persons.update', personUpdate(b.reg, s.c.village3), PERSON_REFUSED],
      ['persons.delete', { id: b.reg.id }, PERSON_REFUSED],
      // Seeing B's full phone is refused too, and leaves no audit row.
      ['persons.revealPhone', { id: b.reg.id }, PERSON_REFUSED],
      ['registrations.create', registrationInput(s.c, b.intern.id, { regPlaceId: s.c.town2 }), PERSON_REFUSED],
      [
        'registrations.cancel',
        { id: s.ids.bRegistration, cancelDate: '2026-11-20', cancelReason: 'C01' },
        PERSON_REFUSED,
      ],
      ['contacts.create', successfulContact(s.ids.bRegistration), PERSON_REFUSED],
      ['contacts.delete', { id: s.ids.bContact }, PERSON_REFUSED],
      ['registrations.delete', { id: s.ids.bRegistration, reason: '登记错了人' }, PERSON_REFUSED],
      ['recognitions.delete', { id: s.ids.bRecognition, reason: '申请人录错' }, PERSON_REFUSED],
      ['recognitions.exit', { id: s.ids.bRecognition, exitDate: '2026-11-20', exitReason: 'R01' }, PERSON_REFUSED],
      [
        'recognitions.updateHelp',
        { id: s.ids.bRecognition, expectedUpdatedAt: '2026-11-01T00:00:00.000Z', helper: '阿依古丽' },
        PERSON_REFUSED,
      ],
      [
        'persons.create',
        {
          idNumber: makeId('653121', '19880808', '031'),
          name: '新人',
          ethnicity: '01',
          education: '70',
          residenceRegionId: s.c.village3,
          employmentStatus: '10',
        },
        PLACE_REFUSED,
      ],
      ['persons.update', personUpdate(s.a.reg, s.c.village3), PLACE_REFUSED],
      ['employers.create', { name: '乙乡某单位', nature: '7', regionId: s.c.town2 }, PLACE_REFUSED],
    ]);

    // Their own township's persons are theirs to change, and to call.
    expect(await asClerk(s, 'persons.revealPhone', { id: s.a.reg.id })).toEqual({
      ok: true,
      data: { phone: s.a.reg.phone },
    });
    const a = await s.core.invoke('persons.get', { id: s.a.reg.id });
    const updatedAt = a.ok ? (a.data as { updatedAt: string }).updatedAt : '';
    const r = await asClerk(s, 'persons.update', {
      ...personUpdate(s.a.reg, s.c.village2),
      expectedUpdatedAt: updatedAt,
    });
    expect(r.ok).toBe(true);
    const created = await asClerk(s, 'persons.create', {
      idNumber: makeId('653121', '19880808', '041'),
      name: '甲镇新人',
      ethnicity: '01',
      education: '70',
      residenceRegionId: s.c.village1,
      employmentStatus: '10',
    });
    expect(created.ok).toBe(true);
  });
});
