import { placesNamed, type RunningApp } from './app';
import { createPeople, registerUnemployed, type MadePerson } from './scene-api';

// Set-up of the monthly-contact walk through the API: two persons of the register in 乌帕尔村; the second is
// already registered (so 本月待联系 is not empty when the first leaves it). TODAY is 2026-11-28.

export interface RegPerson extends MadePerson {
  phone: string;
}

/** The clerk registers A in the UI; B was registered on 2026-10-15 by a colleague. */
export const PEOPLE = {
  a: { name: '阿依古丽·吐尔逊', birth: '19950407', seq: '026', phone: '13899015678' },
  b: { name: '艾尔肯·买买提', birth: '19880912', seq: '017', phone: '13999023456' },
} as const;

export async function setUpRegistrations(app: RunningApp): Promise<Record<keyof typeof PEOPLE, RegPerson>> {
  const { 乌帕尔村: village } = await placesNamed(app, '乌帕尔村');
  const made = await createPeople(app, PEOPLE, { villageId: village.id, address: '乌帕尔村3组' });
  await registerUnemployed(app, made.b.id, {
    regDate: '2026-10-15',
    placeId: village.id,
    reason: '02',
    staff: '买买提·艾力',
  });
  return { a: { ...made.a, phone: PEOPLE.a.phone }, b: { ...made.b, phone: PEOPLE.b.phone } };
}
