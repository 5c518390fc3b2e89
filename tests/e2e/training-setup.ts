import { computeCheckDigit } from '../../shared/domain/id-number';
import { callApi, type RunningApp } from './app';

// Set-up of the training walk through the API (TODAY 2026-11-28): a 定点培训机构, a class PX2026-001 taken to 结业
// with three trainees — one refused at enrolment first because the register does not show the category — and a
// second class in 计划 that the clerk files in the UI.

export const PROVIDER = '疏附县鑫达职业培训学校';
const idOf = (birth: string, seq3: string) => {
  const first17 = `653121${birth}${seq3}`;
  return first17 + computeCheckDigit(first17);
};
export const PEOPLE = {
  a: { name: '阿依古丽·买买提', birth: '19850510', seq: '022' },
  b: { name: '买买提江·吐尔逊', birth: '19800315', seq: '031' },
  c: { name: '热依拉·阿不都', birth: '19900820', seq: '042' },
} as const;

interface Detail {
  id: string;
  trainees: { id: string; personId: string }[];
}

export async function setUpTraining(app: RunningApp) {
  const { items } = await callApi<{ items: { id: string; name: string }[] }>(app, 'regions.list', {});
  const town = items.find((r) => r.name === '乌帕尔镇')!;
  const village = items.find((r) => r.name === '乌帕尔村')!;
  const unit = await callApi<{ employer: { id: string } }>(app, 'employers.create', {
    name: PROVIDER,
    nature: '4',
    regionId: town.id,
  });
  const providerId = unit.employer.id;
  await callApi(app, 'training.providers.designate', {
    employerId: providerId,
    kind: '03',
    designatedDate: '2026-01-01',
    validUntil: '2027-06-30',
    occupations: ['家政服务员', '养老护理员'],
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
  const base = {
    providerId,
    occupation: '家政服务员',
    trainingType: '01',
    targetCertificate: '01',
    hours: 100,
    townshipId: town.id,
    location: '乌帕尔镇培训楼',
    capacity: 30,
  };
  const klass = await callApi<Detail>(app, 'training.classes.create', {
    ...base,
    startDate: '2026-11-16',
    endDate: '2026-11-25',
  });
  await callApi(app, 'training.classes.act', { id: klass.id, action: 'file', date: '2026-11-10' });
  const enrol = (personId: string, category: string, note: string | null = null) =>
    callApi<Detail>(app, 'training.enrol', {
      classId: klass.id,
      personId,
      category,
      categoryNote: note,
      enrolDate: '2026-11-12',
    });
  // c is not registered: enrolling as 城镇登记失业人员 is refused; c enrols as 农村转移就业劳动者 with a note.
  const refused = await enrol(ids.c, '01').then(
    () => null,
    (e: Error) => e.message,
  );
  await enrol(ids.a, '01');
  await enrol(ids.b, '01');
  const d = await enrol(ids.c, '04', '返乡务工人员');
  await callApi(app, 'training.classes.act', { id: klass.id, action: 'open', date: '2026-11-16' });
  const t = (person: string) => d.trainees.find((x) => x.personId === ids[person])!.id;
  const cert = (no: string) => ({ certType: '01', certNo: no, certDate: '2026-11-26' });
  await callApi(app, 'training.results.save', {
    classId: klass.id,
    rows: [
      { enrolmentId: t('a'), attendedHours: 96, result: '1', ...cert('Z0001') },
      { enrolmentId: t('b'), attendedHours: 60, result: '1', ...cert('Z0002') },
      { enrolmentId: t('c'), attendedHours: 100, result: '1', ...cert('Z0003') },
    ],
  });
  await callApi(app, 'training.classes.act', { id: klass.id, action: 'close', date: '2026-11-26' });
  const planned = await callApi<Detail>(app, 'training.classes.create', {
    ...base,
    startDate: '2026-12-01',
    endDate: '2026-12-10',
  });
  return { providerId, classId: klass.id, plannedId: planned.id, persons: ids, refused, enrolment: { a: t('a') } };
}
