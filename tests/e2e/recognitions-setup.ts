import { callApi, placesNamed, type RunningApp } from './app';
import { createPerson, registerUnemployed } from './scene-api';

// Scene of the recognition walk (tests/e2e/recognitions.test.ts), built through the HTTP API on top of setUpCounty:
// one person of 乌帕尔村 on 低保, unemployed, registered on 2026-05-02 with the wish to work (低保 and 6 months of
// unemployment make the 低保对象 category); an employer with one urban public-welfare post. TODAY is 2026-11-28.

export const APPLICANT = { name: '阿不都外力·艾则孜', birth: '19800315', seq: '031', phone: '13899011234' } as const;
export const EMPLOYER = '乌帕尔镇社区服务中心';
export const POST = { code: 'GY-2026-009', title: '社区保洁员' } as const;

export interface RecognitionScene {
  person: { id: string; name: string; idNumber: string; phone: string };
  postId: string;
}

export async function setUpRecognitionScene(app: RunningApp): Promise<RecognitionScene> {
  const { 乌帕尔镇: town, 乌帕尔村: village } = await placesNamed(app, '乌帕尔镇', '乌帕尔村');
  const person = await createPerson(app, APPLICANT, { villageId: village.id, address: '乌帕尔村5组', dibao: true });
  await registerUnemployed(app, person.id, {
    regDate: '2026-05-02',
    placeId: village.id,
    reason: '02',
    staff: '买买提·艾力',
  });
  const { employer } = await callApi<{ employer: { id: string } }>(app, 'employers.create', {
    name: EMPLOYER,
    nature: '3',
    regionId: town.id,
  });
  const { post } = await callApi<{ post: { id: string } }>(app, 'posts.create', {
    postCode: POST.code,
    employerId: employer.id,
    title: POST.title,
    postType: 'U02',
    areaType: 'urban',
    workRegionId: village.id,
    approvedCount: 1,
    siSubsidy: true,
    contractType: '1',
    fullTime: true,
    createdDate: '2026-11-01',
  });
  return { person: { ...person, phone: APPLICANT.phone }, postId: post.id };
}
