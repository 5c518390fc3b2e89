import { callApi, idOf, placesNamed, type RunningApp } from './app';

// Set-up of the monthly-contact walk through the API: two persons of the register in 乌帕尔村; the second is
// already registered (so 本月待联系 is not empty when the first leaves it). TODAY is 2026-11-28.

export interface RegPerson {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
}

/** The clerk registers A in the UI; B was registered on 2026-10-15 by a colleague. */
export const PEOPLE = {
  a: { name: '阿依古丽·吐尔逊', birth: '19950407', seq: '026', phone: '13899015678' },
  b: { name: '艾尔肯·买买提', birth: '19880912', seq: '017', phone: '13999023456' },
} as const;

export async function setUpRegistrations(app: RunningApp): Promise<Record<keyof typeof PEOPLE, RegPerson>> {
  const { 乌帕尔村: village } = await placesNamed(app, '乌帕尔村');
  const people = {} as Record<keyof typeof PEOPLE, RegPerson>;
  for (const [key, p] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)[keyof typeof PEOPLE]][]) {
    const idNumber = idOf(p.birth, p.seq);
    const { person } = await callApi<{ person: { id: string } }>(app, 'persons.create', {
      idNumber,
      name: p.name,
      ethnicity: '05',
      education: '20',
      phone: p.phone,
      residenceRegionId: village.id,
      address: '乌帕尔村3组',
      employmentStatus: '10',
    });
    people[key] = { id: person.id, name: p.name, idNumber, phone: p.phone };
  }
  await callApi(app, 'registrations.create', {
    personId: people.b.id,
    regDate: '2026-10-15',
    regPlaceId: village.id,
    reason: '02',
    jobWish: '1',
    responsibleStaff: '买买提·艾力',
  });
  return people;
}
