import { callApi, idOf, type RunningApp } from './app';

// How the walks' scenes make persons of the register and register them as unemployed through the HTTP API (after
// setUpCounty). Each *-setup.ts file says whom it makes; these say how one is made.

/** A person as a scene names them: the citizen ID is idOf(birth, seq). */
export interface ScenePerson {
  name: string;
  birth: string;
  seq: string;
  phone?: string;
}

export interface MadePerson {
  id: string;
  name: string;
  idNumber: string;
}

/** Where the person lives, and what else their record says (without `education`: 高中 20). */
export interface PersonRecord {
  villageId: string;
  address: string;
  phone?: string;
  education?: string;
  dibao?: boolean;
}

/** persons.create for one Uyghur (05) person without work (10); the phone is the record's, else the person's. */
export async function createPerson(app: RunningApp, p: ScenePerson, record: PersonRecord): Promise<MadePerson> {
  const idNumber = idOf(p.birth, p.seq);
  const { person } = await callApi<{ person: { id: string } }>(app, 'persons.create', {
    idNumber,
    name: p.name,
    ethnicity: '05',
    education: record.education ?? '20',
    phone: record.phone ?? p.phone,
    residenceRegionId: record.villageId,
    address: record.address,
    employmentStatus: '10',
    dibao: record.dibao,
  });
  return { id: person.id, name: p.name, idNumber };
}

/** createPerson for each person of a scene's table, keyed as the table is. */
export async function createPeople<K extends string>(
  app: RunningApp,
  people: Record<K, ScenePerson>,
  record: PersonRecord,
): Promise<Record<K, MadePerson>> {
  const made = {} as Record<K, MadePerson>;
  for (const key of Object.keys(people) as K[]) made[key] = await createPerson(app, people[key], record);
  return made;
}

/** An unemployment registration (registrations.create) of one who wishes to work (job wish 1). */
export async function registerUnemployed(
  app: RunningApp,
  personId: string,
  reg: { regDate: string; placeId: string; reason: string; staff: string },
): Promise<void> {
  await callApi(app, 'registrations.create', {
    personId,
    regDate: reg.regDate,
    regPlaceId: reg.placeId,
    reason: reg.reason,
    jobWish: '1',
    responsibleStaff: reg.staff,
  });
}
