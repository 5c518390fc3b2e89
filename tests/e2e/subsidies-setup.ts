import { computeUsccCheckChar } from '../../shared/domain/uscc';
import { callApi, placesNamed, type RunningApp } from './app';
import { makePersons } from './posts-setup';
import type { MadePerson } from './scene-api';

// Scene of the 补贴发放 walk (tests/e2e/subsidies.test.ts), built through the HTTP API after setUpCounty: one employer
// with a 公益性岗位 for 3 (with the social-insurance subsidy) and three persons on it since 2026-10-01.

export const SUB_EMPLOYER = '乌帕尔镇社区服务中心';

export interface SubsidyScene {
  employerId: string;
  persons: MadePerson[];
}

export async function setUpSubsidyScene(app: RunningApp): Promise<SubsidyScene> {
  const { 乌帕尔镇: town, 乌帕尔村: village } = await placesNamed(app, '乌帕尔镇', '乌帕尔村');
  const first17 = '12653121MB0000002';
  const { employer } = await callApi<{ employer: { id: string } }>(app, 'employers.create', {
    name: SUB_EMPLOYER,
    uscc: first17 + computeUsccCheckChar(first17),
    nature: '1',
    regionId: town.id,
  });
  const { post } = await callApi<{ post: { id: string } }>(app, 'posts.create', {
    postCode: 'GY-101',
    employerId: employer.id,
    title: '社区保洁员',
    postType: 'U02',
    areaType: 'urban',
    workRegionId: village.id,
    approvedCount: 3,
    siSubsidy: true,
    contractType: '1',
    fullTime: true,
    createdDate: '2020-01-01',
  });
  const persons = await makePersons(app, [
    { name: '阿依古丽·买买提', birth: '19850312', seq: '024' },
    { name: '热依汗古丽·吐尔逊', birth: '19900705', seq: '046' },
    { name: '买买提江·艾力', birth: '19880120', seq: '113' },
  ]);
  for (const p of persons) {
    await callApi(app, 'placements.create', {
      personId: p.id,
      postId: post.id,
      basisList: 'E06',
      basisCode: 'K03',
      basisDate: '2026-09-10',
      startDate: '2026-10-01',
      contractEnd: '2027-09-30',
    });
  }
  return { employerId: employer.id, persons };
}
