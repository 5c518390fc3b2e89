import { callApi, idOf, placesNamed, type RunningApp } from './app';
import { createPeople, registerUnemployed } from './scene-api';

// Set-up of the training walk through the API (TODAY 2026-11-28): the unit that becomes the 定点培训机构 (not yet
// designated: the clerk does that on screen) and three persons of 乌帕尔村, two registered unemployed on 2026-11-02.

export const PROVIDER = '疏附县鑫达职业培训学校';
export const PEOPLE = {
  a: { name: '阿依古丽·买买提', birth: '19850510', seq: '022' },
  b: { name: '买买提江·吐尔逊', birth: '19800315', seq: '031' },
  c: { name: '热依拉·阿不都', birth: '19900820', seq: '042' },
} as const;

export async function setUpTraining(app: RunningApp) {
  const { 乌帕尔镇: town, 乌帕尔村: village } = await placesNamed(app, '乌帕尔镇', '乌帕尔村');
  const unit = await callApi<{ employer: { id: string } }>(app, 'employers.create', {
    name: PROVIDER,
    nature: '4',
    regionId: town.id,
  });
  const made = await createPeople(app, PEOPLE, { villageId: village.id, address: '乌帕尔村2组', phone: '13899012345' });
  const ids: Record<string, string> = { a: made.a.id, b: made.b.id, c: made.c.id };
  for (const key of ['a', 'b']) {
    await registerUnemployed(app, ids[key], {
      regDate: '2026-11-02',
      placeId: town.id,
      reason: '01',
      staff: '阿依古丽',
    });
  }
  return { providerId: unit.employer.id, persons: ids };
}

/** The last four characters of a person's ID number (what a clerk types into the lookup). */
export const idTail = (key: keyof typeof PEOPLE) => idOf(PEOPLE[key].birth, PEOPLE[key].seq).slice(-4);
