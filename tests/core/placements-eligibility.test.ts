import { describe, expect, it } from 'vitest';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must, snapshot } from './harness';
import {
  addPerson,
  dibaoPerson,
  place,
  placeInput,
  placementAudit,
  postCounty,
  recognise,
  ruralPerson,
  tryPlace,
  urbanPerson,
  ZERO_EMPLOYMENT_HOUSEHOLD,
} from './posts-fixtures';
import { onboardPlacement } from './onboard-placements';
import { refusedAs, refusedWith } from './refusals';

// Placements (DOMAIN §3.8): BR-16 eligibility with a recorded basis, BR-03 working age, the preview of a placement,
// and the post's suggestions (free, eligible persons).

describe('placements: eligibility (BR-16, BR-03) with a recorded basis', () => {
  it('BR-16: an urban post needs an E06 category and a recognition (or K04 by the household); nothing written', async () => {
    const c = await postCounty(makeCore());
    const plain = await addPerson(c, '19900101', '1', { residenceRegionId: c.village2 });
    const dibao = await dibaoPerson(c);
    const before = snapshot(c.core);
    const e24 = await tryPlace(c.core, plain, c.urbanPostId, { basisList: 'E24', basisCode: '1' });
    expect(e24).toMatchObject(
      refusedAs('RULE_VIOLATION', expect.stringContaining('请选择就业困难人员类别作为安置依据')),
    );
    // Wave 18 (BR-16 as written): a new urban placement needs a recognition in force on the basis date (or K04 by
    // the household); a category on record no longer stands in for it, even one the record confirms (低保).
    const noRecognition =
      '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员在 2026-01-10 没有有效的就业困难人员认定';
    const k03 = await tryPlace(c.core, plain, c.urbanPostId, { basisCode: 'K03' });
    expect(k03).toMatchObject({
      ok: false,
      error: { message: noRecognition, fields: { basisCode: noRecognition } },
    });
    const k01 = await tryPlace(c.core, plain, c.urbanPostId, { basisCode: 'K01' });
    expect(k01).toMatchObject(refusedWith(noRecognition));
    const recorded = await tryPlace(c.core, dibao, c.urbanPostId, { basisCode: 'K03' });
    expect(recorded).toMatchObject(refusedWith(noRecognition));
    expect(snapshot(c.core)).toBe(before);
    // Issue 11: K04 零就业家庭成员 no longer rests on the clerk's word: the household members must show it (BR-15).
    const k04 = await tryPlace(c.core, plain, c.urbanPostId, { basisCode: 'K04' });
    expect(k04).toMatchObject(
      refusedWith('登记的安置类别“零就业家庭成员”与人员信息不符：未录入家庭成员，无法核对零就业家庭'),
    );
    const working = await addPerson(c, '19900101', '1', {
      residenceRegionId: c.village2,
      householdMembers: [{ memberName: '阿依努尔', relation: '配偶', status: '务工', worksAgeAble: true }],
    });
    const k04b = await tryPlace(c.core, working, c.urbanPostId, { basisCode: 'K04' });
    expect(k04b).toMatchObject(
      refusedWith('登记的安置类别“零就业家庭成员”与人员信息不符：家庭成员阿依努尔（配偶）目前状况为“务工”'),
    );
    const zero = await addPerson(c, '19900101', '1', {
      residenceRegionId: c.village2,
      householdMembers: ZERO_EMPLOYMENT_HOUSEHOLD,
    });
    const ok = await place(c.core, zero, c.urbanPostId, { basisCode: 'K04' });
    expect(ok.placement).toMatchObject({
      basisList: 'E06',
      basisCode: 'K04',
      basisLabel: '零就业家庭成员',
      basisSource: 'recorded',
    });
  });

  it('BR-16 urban: the recognition in force on the basis date must hold the category; saved marked 认定', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800315', '1', { dibao: true, residenceRegionId: c.village2 });
    await recognise(c.core, a, ['K05'], '2026-01-01');
    const before = snapshot(c.core);
    const other = await tryPlace(c.core, a, c.urbanPostId, { basisCode: 'K03' });
    expect(other).toMatchObject({
      ok: false,
      error: {
        message:
          '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员 2026-01-10 有效的认定类别为“长期失业人员”，不含“低保对象”',
        fields: { basisCode: expect.stringContaining('不含“低保对象”') },
      },
    });
    const early = await tryPlace(c.core, a, c.urbanPostId, { basisCode: 'K05', basisDate: '2025-12-31' });
    expect(early).toMatchObject(
      refusedWith(
        '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员在 2025-12-31 没有有效的就业困难人员认定',
      ),
    );
    expect(snapshot(c.core)).toBe(before);
    const { placement } = await place(c.core, a, c.urbanPostId, { basisCode: 'K05' });
    expect(placement).toMatchObject({ basisCode: 'K05', basisSource: 'recognition' });
    expect((await placementAudit(c.core, placement.id))[0]).toContain('依据：长期失业人员（认定，2026-01-10）');
  });

  it('BR-16 urban: the roster import keeps the recorded path (placements made on paper); a restore is not refused', async () => {
    const c = await postCounty(makeCore());
    const d = await dibaoPerson(c);
    const paper = { personId: d, postId: c.urbanPostId, basis: '低保对象', basisDate: '2026-01-10' };
    const id = await onboardPlacement(c.core, { ...paper, startDate: '2026-11-01', contractEnd: '2027-10-31' });
    expect(await must(c.core, 'placements.get', { id })).toMatchObject({ basisCode: 'K03', basisSource: 'recorded' });
    await must(c.core, 'placements.delete', { id, reason: '误删' });
    const restored = await must(c.core, 'placements.restore', { id });
    expect(restored).toMatchObject({ basisCode: 'K03', basisSource: 'recorded', status: 'onPost' });
  });

  it('BR-16 rural: rural residents only, basis equal to the person’s E24 status, age cap CFG-14; accident insurance warned', async () => {
    const c = await postCounty(makeCore());
    const townPerson = await addPerson(c, '19850101', '2', { povertyStatus: '1', residenceRegionId: c.village2 });
    const urbanR = await tryPlace(c.core, townPerson, c.ruralPostId, { basisList: 'E24', basisCode: '1' });
    expect(urbanR).toMatchObject(refusedWith('该人员城乡属性为城镇，乡村公益性岗位只安置农村居民'));
    const poor = await ruralPerson(c);
    const mismatch = await tryPlace(c.core, poor, c.ruralPostId, { basisList: 'E24', basisCode: '2' });
    expect(mismatch).toMatchObject(
      refusedWith('安置依据“监测对象-脱贫不稳定户”与人员信息不符：人员脱贫/监测状态为“脱贫人口(脱贫享受政策)”'),
    );
    // With the 2025 reform men retire a few months after 60, so the cap bites when a county sets it lower (CFG-14).
    writeSetting(c.core.ctx.db, POST_SETTING_KEYS.ruralMaxAge, 55, '古丽', 'x');
    const old = await addPerson(c, '19680301', '1', { povertyStatus: '1', residenceRegionId: c.village1 });
    const tooOld = await tryPlace(c.core, old, c.ruralPostId, { basisList: 'E24', basisCode: '1' });
    expect(tooOld).toMatchObject(refusedWith('乡村公益性岗位新上岗人员年龄不超过55周岁，该人员上岗时58周岁'));
    const term = await tryPlace(c.core, poor, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      contractEnd: '2027-11-01',
    });
    expect(term).toMatchObject({
      ok: false,
      error: { fields: { contractEnd: expect.stringContaining('截止日期最晚为 2027-10-31') } },
    });
    const ok = await place(c.core, poor, c.ruralPostId, { basisList: 'E24', basisCode: '1' });
    expect(ok.warnings.accidentInsurance).toContain('人身意外伤害保险');
    expect(ok.placement.basisLabel).toBe('脱贫人口(脱贫享受政策)');
  });

  it('BR-03: under 16 or past statutory retirement on the start date is refused', async () => {
    const c = await postCounty(makeCore());
    const young = await addPerson(c, '20110101', '1', { residenceRegionId: c.village2 });
    const r1 = await tryPlace(c.core, young, c.urbanPostId, { basisCode: 'K04' });
    expect(r1).toMatchObject(refusedWith('上岗日期当天该人员15周岁，未满16周岁，不能安置到公益性岗位'));
    const retired = await addPerson(c, '19640105', '1', { dibao: true, residenceRegionId: c.village2 });
    const r2 = await tryPlace(c.core, retired, c.urbanPostId);
    expect(r2).toMatchObject(refusedWith('该人员已于2024-01-05达到法定退休年龄，不能安置到公益性岗位'));
  });

  it('placements.preview reports the first refusal as data and the BR-18 period when it can be saved', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const ok = await must(c.core, 'placements.preview', placeInput(a, c.urbanPostId));
    expect(ok).toMatchObject({
      blocking: null,
      subsidy: { firstMonth: '2026-11', endMonth: '2029-10', capMonths: 36, monthsLeft: 35 },
    });
    const bad = await must(c.core, 'placements.preview', placeInput(a, c.urbanPostId, { basisCode: 'K02' }));
    expect(bad).toMatchObject({
      blocking: { rule: 'BR-16', overridable: false, fields: { basisCode: expect.any(String) } },
      subsidy: null,
    });
  });
});

describe('placements: suggestions for a post', () => {
  it('suggestForPost (urban) lists free recognised persons and zero-employment household members of the post’s 乡镇 in BR-16 order', async () => {
    const c = await postCounty(makeCore());
    const near = await urbanPerson(c, '19680101'); // recognised (低保), < 5 years from retirement
    const young = await urbanPerson(c, '19950101'); // recognised (低保)
    const placed = await urbanPerson(c, '19900101');
    const zero = await addPerson(c, '19920101', '1', {
      residenceRegionId: c.village2,
      householdMembers: ZERO_EMPLOYMENT_HOUSEHOLD,
    });
    const disabled = await addPerson(c, '19970101', '2', { disabilityType: '4', residenceRegionId: c.village2 });
    await recognise(c.core, disabled, ['K02']);
    // Not listed: a disabled person and a 低保 person not recognised, a household with a member at work, another 乡镇.
    await addPerson(c, '19850101', '1', { disabilityType: '4', residenceRegionId: c.village2 });
    await dibaoPerson(c, '19700101');
    const atWork = [{ ...ZERO_EMPLOYMENT_HOUSEHOLD[0], status: '务工' }];
    await addPerson(c, '19880101', '1', { residenceRegionId: c.village2, householdMembers: atWork });
    await recognise(c.core, await addPerson(c, '19700101', '1', { dibao: true, residenceRegionId: c.village3 }));
    // Nor a recognised person now in market employment (灵活就业: on 应退出), though near retirement.
    const flexible = { dibao: true, residenceRegionId: c.village2, employmentStatus: '22' as const };
    await recognise(c.core, await addPerson(c, '19670101', '1', flexible));
    await place(c.core, placed, c.urbanPostId);
    const r = await must(c.core, 'placements.suggestForPost', { postId: c.urbanPostId });
    expect(r.items.map((i) => i.personId)).toEqual([near, zero, disabled, young]);
    expect(r.items.map((i) => [i.basisCode, i.priority, i.reasons])).toEqual([
      ['K03', 4, ['距法定退休不足5年', '已认定为就业困难人员', '低保', '大龄']],
      ['K04', 2, ['零就业家庭成员']],
      ['K02', 1, ['残疾人', '已认定为就业困难人员']],
      ['K03', 0, ['已认定为就业困难人员', '低保']],
    ]);
  });
});
