// K04 零就业家庭成员 (BR-15) when a household member's 目前状况 is text the rule cannot read (old rows: 务农, 其他：…):
// it is never taken for unemployed. A new urban placement resting on K04 alone and a training enrolment as category
// 03 are refused naming the member, nothing written; a recognition application goes on with K04 left to the review
// of materials (as K08–K14 are), and its check says why. A status read as employed fails as before.
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { addPerson, postCounty, tryPlaceUnchanged } from './posts-fixtures';
import { applyInput } from './recognitions-fixtures';
import { enrolInput, trainingCounty } from './training-fixtures';
import { refusedRule, refusedWith } from './refusals';

const member = (status: string) => [{ memberName: '阿依努尔', relation: '配偶', status, worksAgeAble: true }];
const unread = (status: string) => `家庭成员阿依努尔（配偶）目前状况为“${status}”，无法核对是否就业，须经认定`;

describe('K04 with a member status the records cannot read', () => {
  it.each(['务农', '其他：照顾老人', '不详'])(
    'a new urban placement on K04 with a member “%s” is refused, nothing written',
    async (status) => {
      const c = await postCounty(makeCore());
      const p = await addPerson(c, '19900101', '1', {
        residenceRegionId: c.village2,
        householdMembers: member(status),
      });
      const r = await tryPlaceUnchanged(c.core, p, c.urbanPostId, { basisCode: 'K04' });
      expect(r).toMatchObject(
        refusedWith(`安置类别“零就业家庭成员”不能按人员信息确认：${unread(status)}后才能作为安置依据`),
      );
    },
  );

  it('a member whose status reads as employed (教师) fails the placement as a mismatch', async () => {
    const c = await postCounty(makeCore());
    const p = await addPerson(c, '19900101', '1', { residenceRegionId: c.village2, householdMembers: member('教师') });
    const r = await tryPlaceUnchanged(c.core, p, c.urbanPostId, { basisCode: 'K04' });
    expect(r).toMatchObject(
      refusedWith('登记的安置类别“零就业家庭成员”与人员信息不符：家庭成员阿依努尔（配偶）目前状况为“教师”'),
    );
  });

  it('a training enrolment as 零就业家庭成员 (03) is refused naming 人员类别, nothing written', async () => {
    const c = await trainingCounty(makeCore());
    const classId = await c.filedClass();
    const { personId } = await c.applicant('19800315', '2026-11-02', { householdMembers: member('务农') });
    const r = await callUnchanged(c.core, 'training.enrol', enrolInput(classId, personId, { category: '03' }));
    expect(r).toMatchObject(
      refusedRule(
        'category',
        `人员类别“零就业家庭成员”不能按台账确认：${unread('务农')}后才能按此类别报名（按开班日期 2026-11-16 核对）`,
      ),
    );
  });

  it('a recognition application goes on with K04 left to the review; the check says why', async () => {
    const c = await trainingCounty(makeCore());
    const { personId } = await c.applicant('19800315', '2026-11-02', { householdMembers: member('务农') });
    const check = await must(c.core, 'recognitions.check', {
      personId,
      applyDate: '2026-11-05',
      categories: ['K04'],
      householdBusinessIncome: false,
    });
    expect(check.categories.map((x) => [x.outcome, x.why])).toEqual([['manual', unread('务农')]]);
    const k04 = { categories: ['K04' as const], primaryCategory: 'K04' as const, householdBusinessIncome: false };
    expect(await must(c.core, 'recognitions.apply', applyInput(personId, k04))).toMatchObject({ status: '01' });
    const audit = await must(c.core, 'audit.list', { entity: 'recognition' });
    expect(audit.items[0].summary).toMatch(/“零就业家庭成员”须审核证明材料$/);
  });
});
