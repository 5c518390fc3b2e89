import { callApi, idOf, placesNamed, type RunningApp } from './app';

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
  const ids: Record<string, string> = {};
  for (const [key, p] of Object.entries(PEOPLE)) {
    const { person } = await callApi<{ person: { id: string } }>(app, 'persons.create', {
      idNumber: idOf(p.birth, p.seq),
      name: p.name,
      ethnicity: '05',
      education: '20',
      phone: '13899012345',
      residenceRegionId: village.id,
      address: '乌帕尔村2组',
      employmentStatus: '10',
    });
    ids[key] = person.id;
  }
  for (const key of ['a', 'b']) {
    await callApi(app, 'registrations.create', {
      personId: ids[key],
      regDate: '2026-11-02',
      regPlaceId: town.id,
      reason: '01',
      jobWish: '1',
      responsibleStaff: '阿依古丽',
    });
  }
  return { providerId: unit.employer.id, persons: ids };
}

/** The last four characters of a person's ID number (what a clerk types into the lookup). */
export const idTail = (key: keyof typeof PEOPLE) => idOf(PEOPLE[key].birth, PEOPLE[key].seq).slice(-4);
