import { callApi, placesNamed, type RunningApp } from './app';
import { createPeople, type MadePerson } from './scene-api';

// Set-up of the internship walk through the API: one unit (not yet a base: the clerk marks it in the UI) and four
// persons of the register. TODAY is 2026-11-28.

export const UNIT = '疏附县明德电子商务有限公司';

export type InternPerson = MadePerson;

/** A: graduate placed through the UI and kept; B: 25 on the start date; C: graduate with a 13-month agreement first; D: ended before. */
export const PEOPLE = {
  a: { name: '阿依努尔·艾力', birth: '20030510', seq: '022' },
  b: { name: '买买提江·吐尔逊', birth: '20010315', seq: '031' },
  c: { name: '热依拉·阿不都', birth: '20020820', seq: '042' },
  d: { name: '艾力江·沙吾提', birth: '20030112', seq: '051' },
} as const;

export async function setUpInterns(
  app: RunningApp,
): Promise<{ unitId: string; people: Record<keyof typeof PEOPLE, InternPerson> }> {
  const { 乌帕尔镇: town, 乌帕尔村: village } = await placesNamed(app, '乌帕尔镇', '乌帕尔村');
  const unit = await callApi<{ employer: { id: string } }>(app, 'employers.create', {
    name: UNIT,
    nature: '4',
    regionId: town.id,
  });
  const people = await createPeople(app, PEOPLE, {
    villageId: village.id,
    address: '乌帕尔村2组',
    phone: '13899012345',
  });
  return { unitId: unit.employer.id, people };
}

/** D's internship at the unit, 2026-05-01 – 2026-11-15, ended on its end date without being kept (E22 1). */
export async function endedInternship(app: RunningApp, hostId: string, personId: string): Promise<void> {
  const i = await callApi<{ id: string }>(app, 'internships.create', {
    personId,
    hostId,
    position: '客服专员',
    internType: '1',
    school: '喀什大学',
    major: '市场营销',
    degree: '3',
    graduationDate: '2025-06-30',
    agreementStart: '2026-05-01',
    agreementEnd: '2026-11-15',
    hostAllowanceFen: 95_000,
    insurancePolicy: 'PICC-2026-0107',
  });
  await callApi(app, 'internships.end', { id: i.id, endDate: '2026-11-15', endType: '1' });
}
