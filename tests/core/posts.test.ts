import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { call, makeCore, must, snapshot } from './harness';
import { county } from './persons-fixtures';
import { USCC_1, addEmployer, place, postCounty, postInput, urbanPerson } from './posts-fixtures';
import { refusedAs, refusedBadInput, refusedTaken, refusedWith } from './refusals';

// Posts (DOMAIN §3.7): E17 by area, E18 per BR-16, CFG-01/CFG-02 default standard from the effective-dated
// minimum wage, unique code, live vacancies (BR-17), list filters, update and revoke rules.

async function withEmployer() {
  const c = await county(makeCore());
  return { c, employerId: await addEmployer(c, '乌帕尔镇人民政府', '1', c.town1, { uscc: USCC_1 }) };
}

describe('posts (§3.7)', () => {
  it('CFG-02: the default standard is the tier-1 minimum wage in force on the 开发日期 (CFG-01, effective-dated)', async () => {
    const { c, employerId } = await withEmployer();
    const p2026 = await must(c.core, 'posts.create', postInput(c, employerId, { createdDate: '2026-03-01' }));
    expect(p2026.post).toMatchObject({
      monthlyStandardFen: 190_000,
      standardSource: 'default',
      onPost: 0,
      vacancies: 2,
      openSlots: 2,
    });
    const p2019 = await must(
      c.core,
      'posts.create',
      postInput(c, employerId, { postCode: 'GY-009', createdDate: '2019-05-01' }),
    );
    expect(p2019.post).toMatchObject({ monthlyStandardFen: 182_000, currentStandardFen: 190_000 }); // BR-19: follows the minimum wage
    const std = await must(c.core, 'posts.defaultStandard', { areaType: 'urban' });
    expect(std).toMatchObject({
      fen: 190_000,
      tier: 1,
      minWageMonthlyFen: 190_000,
      basis: '一类区月最低工资标准 1900.00 元/月（2021-04-01 起）',
    });
  });

  it('CFG-01: the county tier (office.minWageTier) and a newer county wage row change the default from their dates', async () => {
    const { c, employerId } = await withEmployer();
    const db = c.core.ctx.db;
    writeSetting(db, POST_SETTING_KEYS.minWageTier, 3, '古丽', 'x');
    writeSetting(
      db,
      POST_SETTING_KEYS.minWage,
      { monthly: { 1: 200_000, 2: 180_000, 3: 170_000, 4: 160_000 } },
      '古丽',
      'x',
      '2026-06-01',
    );
    expect((await must(c.core, 'posts.defaultStandard', { areaType: 'urban', onDate: '2026-05-31' })).fen).toBe(
      162_000,
    );
    expect((await must(c.core, 'posts.defaultStandard', { areaType: 'urban', onDate: '2026-06-01' })).fen).toBe(
      170_000,
    );
    expect(
      (await must(c.core, 'posts.defaultStandard', { areaType: 'urban', fullTime: false, monthlyHours: 100 })).fen,
    ).toBe(162_000);
    const r = await must(c.core, 'posts.create', postInput(c, employerId, { createdDate: '2026-07-01' }));
    expect(r.post.monthlyStandardFen).toBe(170_000);
    const custom = await must(
      c.core,
      'posts.create',
      postInput(c, employerId, { postCode: 'GY-002', monthlyStandardFen: 80_000, createdDate: '2026-07-01' }),
    );
    expect(custom.post.standardSource).toBe('custom');
    expect(custom.warnings.monthlyStandardFen).toContain('1000 元/月的下限');
  });

  it('E17/E18 by area (BR-16) and the non-full-time rules are BAD_INPUT with the field; nothing written', async () => {
    const { c, employerId } = await withEmployer();
    const before = snapshot(c.core);
    const wrongType = await call(c.core, 'posts.create', postInput(c, employerId, { postType: 'V01' }));
    expect(wrongType).toMatchObject(refusedBadInput({ postType: '岗位类别应从城镇岗位类别中选择' }));
    const wrongContract = await call(c.core, 'posts.create', postInput(c, employerId, { contractType: '2' }));
    expect(wrongContract).toMatchObject({
      ok: false,
      error: { fields: { contractType: '城镇公益性岗位的用工方式应为劳动合同或非全日制用工' } },
    });
    const rural3 = await call(
      c.core,
      'posts.create',
      postInput(c, employerId, {
        areaType: 'rural',
        postType: 'V01',
        contractType: '3',
        fullTime: false,
        monthlyHours: 80,
      }),
    );
    expect(rural3).toMatchObject({
      ok: false,
      error: { fields: { contractType: '乡村公益性岗位的用工方式应为劳动合同或劳务协议' } },
    });
    const partTime = await call(c.core, 'posts.create', postInput(c, employerId, { contractType: '3' }));
    expect(partTime).toMatchObject({ ok: false, error: { fields: { fullTime: '非全日制用工的岗位不是全日制岗位' } } });
    const zero = await call(c.core, 'posts.create', postInput(c, employerId, { approvedCount: 0 }));
    expect(zero).toMatchObject({ ok: false, error: { fields: { approvedCount: '核定岗位数不能小于1' } } });
    expect(snapshot(c.core)).toBe(before);
  });

  it('post_code is unique in the county (CONFLICT naming the other post)', async () => {
    const { c, employerId } = await withEmployer();
    const { post } = await must(c.core, 'posts.create', postInput(c, employerId));
    const r = await call(c.core, 'posts.create', postInput(c, employerId, { title: '护林员' }));
    expect(r).toMatchObject(refusedTaken('岗位编号 GY-001 已用于岗位“保洁员”，本县内岗位编号不能重复', post.id));
  });

  it('list: filters by employer, 乡镇, area, vacancies and status; vacancies are live (BR-17)', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const b = await urbanPerson(c, '19790101');
    await place(c.core, a, c.urbanPostId);
    await place(c.core, b, c.urbanPostId);
    const all = await must(c.core, 'posts.list', {});
    expect(all.items.map((i) => [i.postCode, i.onPost, i.vacancies])).toEqual([
      ['GY-001', 2, 0],
      ['GY-002', 0, 2],
    ]);
    expect((await must(c.core, 'posts.list', { hasVacancies: true })).items.map((i) => i.postCode)).toEqual(['GY-002']);
    expect((await must(c.core, 'posts.list', { areaType: 'urban' })).total).toBe(1);
    expect((await must(c.core, 'posts.list', { employerId: c.employerId })).total).toBe(2);
    expect((await must(c.core, 'posts.list', { townshipId: c.town2 })).total).toBe(0);
    expect((await must(c.core, 'posts.list', { q: '护林' })).items[0].title).toBe('护林员');
    await must(c.core, 'posts.revoke', { id: c.ruralPostId, revokedDate: '2026-11-20', reason: '合并岗位' });
    expect((await must(c.core, 'posts.list', {})).total).toBe(1);
    expect((await must(c.core, 'posts.list', { status: 'all' })).total).toBe(2);
    expect((await must(c.core, 'posts.list', { status: 'revoked' })).items[0].status).toBe('revoked');
  });

  it('update: approvedCount may not go below the persons on post from today on (BR-17); revoke waits for leavers', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const b = await urbanPerson(c, '19790101');
    await place(c.core, a, c.urbanPostId);
    const { placement } = await place(c.core, b, c.urbanPostId, { startDate: '2027-01-01', contractEnd: '2027-12-31' });
    const post = await must(c.core, 'posts.get', { id: c.urbanPostId });
    expect(post).toMatchObject({ onPost: 1, vacancies: 1, openSlots: 0, upcoming: 1 });
    const { employerId, workRegionId, ...rest } = post;
    const base = {
      id: post.id,
      expectedUpdatedAt: post.updatedAt,
      postCode: rest.postCode,
      employerId,
      title: rest.title,
      postType: rest.postType,
      areaType: rest.areaType,
      workRegionId,
      siSubsidy: rest.siSubsidy,
      contractType: rest.contractType,
      fullTime: rest.fullTime,
      createdDate: rest.createdDate,
      approvedCount: 1,
    };
    const before = snapshot(c.core);
    const low = await call(c.core, 'posts.update', base);
    expect(low).toMatchObject(
      refusedAs('RULE_VIOLATION', '岗位“保洁员”2026-11-28 起最多有 2 人同时在岗，核定岗位数不能少于 2'),
    );
    const area = await call(c.core, 'posts.update', {
      ...base,
      approvedCount: 3,
      areaType: 'rural',
      postType: 'V01',
      contractType: '2',
    });
    expect(area).toMatchObject({ ok: false, error: { fields: { areaType: '已有安置记录，不能更改' } } });
    const revoke = await call(c.core, 'posts.revoke', { id: post.id, revokedDate: '2026-11-28', reason: '撤销' });
    expect(revoke).toMatchObject(refusedWith(expect.stringContaining('仍有 2 人在岗或将上岗')));
    expect(snapshot(c.core)).toBe(before);
    const up = await must(c.core, 'posts.update', { ...base, approvedCount: 3, title: '保洁员（社区）' });
    expect(up.post).toMatchObject({ approvedCount: 3, openSlots: 1 });
    const audit = await must(c.core, 'audit.list', { entity: 'post', entityId: post.id });
    expect(audit.items[0].summary).toBe('修改岗位 GY-001“保洁员（社区）”：岗位名称、核定岗位数');
    expect(placement.status).toBe('onPost');
  });
});
