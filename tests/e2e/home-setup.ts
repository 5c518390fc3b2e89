import { callApi, placesNamed, type RunningApp } from './app';
import { makePersons } from './posts-setup';
import { APPLICANT, setUpRecognitionScene } from './recognitions-setup';
import { setUpRegistrations } from './registrations-setup';
import { createPerson, registerUnemployed } from './scene-api';

// Scene of the 首页 walk (tests/e2e/home.test.ts), built through the HTTP API after setUpCounty (TODAY 2026-11-28):
// - 乌帕尔镇: two registered persons (setUpRegistrations, setUpRecognitionScene), the second applying for
//   recognition (待初审); one 低保 person placed on the scene's post since 2026-11-05;
// - 塔什米里克乡: one person of 库木巴格村 registered on 2026-11-02.
// So 本月待联系 is 3 for the county and 1 for 塔什米里克乡, 待初审 is 1, and one person is on a post.

export const TOWN2_PERSON = { name: '努尔艾力·阿不都', birth: '19920618', seq: '035' } as const;

export async function setUpHomeScene(app: RunningApp): Promise<void> {
  await setUpRegistrations(app);
  const scene = await setUpRecognitionScene(app);
  await callApi(app, 'recognitions.apply', {
    personId: scene.person.id,
    applyDate: '2026-11-20',
    categories: ['K03'],
    primaryCategory: 'K03',
    pledgeSigned: true,
    helper: '买买提·艾力',
  });
  const [worker] = await makePersons(app, [{ name: '古再丽努尔·艾则孜', birth: '19870402', seq: '048' }]);
  await callApi(app, 'placements.create', {
    personId: worker.id,
    postId: scene.postId,
    basisList: 'E06',
    basisCode: 'K03',
    basisDate: '2026-11-01',
    startDate: '2026-11-05',
    contractEnd: '2027-11-04',
  });

  const { 库木巴格村: village2 } = await placesNamed(app, '库木巴格村');
  const person = await createPerson(app, TOWN2_PERSON, { villageId: village2.id, address: '库木巴格村1组' });
  await registerUnemployed(app, person.id, {
    regDate: '2026-11-02',
    placeId: village2.id,
    reason: '02',
    staff: '阿依努尔',
  });
}

export { APPLICANT };
