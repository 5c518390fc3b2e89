import { describe, expect, it } from 'vitest';
import { call, makeCore, must, snapshot } from './harness';
import { county } from './persons-fixtures';
import { USCC_1, addEmployer, postInput, uscc } from './posts-fixtures';
import { refusedAs, refusedBadInput } from './refusals';

// Employers (DOMAIN §3.6): VR-08 unified social credit code, E27 nature, place, masked account (VR-09), internship
// base dates, search, soft delete / restore.

describe('employers (§3.6, VR-08)', () => {
  it('creates a unit with a normalised USCC, masks the account and derives the 乡镇 of a village place', async () => {
    const c = await county(makeCore());
    const spaced = `${USCC_1.slice(0, 9)} ${USCC_1.slice(9).toLowerCase()}`;
    const r = await must(c.core, 'employers.create', {
      name: '乌帕尔镇幸福路社区居委会',
      uscc: spaced,
      nature: '6',
      regionId: c.village2,
      bankAccount: '6228 4800 1234 5678 901',
      bankName: '农行疏附支行',
    });
    expect(r.employer).toMatchObject({
      uscc: USCC_1,
      nature: '6',
      townshipId: c.town1,
      townshipName: '乌帕尔镇',
      regionName: '幸福路社区',
      bankAccountMasked: '**** 8901',
      isInternshipBase: false,
      postCount: 0,
    });
    expect(r.warnings).toEqual({});
    expect(JSON.stringify(r)).not.toContain('6228480012345678901');
    const audit = await must(c.core, 'audit.list', { entity: 'employer' });
    expect(audit.items[0].summary).toBe(`新增用人单位“乌帕尔镇幸福路社区居委会”（${USCC_1}）`);
  });

  it('VR-08: a wrong check character is BAD_INPUT naming the step; nothing written', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const bad = USCC_1.slice(0, 17) + (USCC_1[17] === '0' ? '1' : '0');
    const r = await call(c.core, 'employers.create', { name: '某公司', uscc: bad, nature: '4', regionId: c.town1 });
    expect(r).toMatchObject(refusedBadInput({ uscc: `统一社会信用代码校验位错误，应为 ${USCC_1[17]}` }));
    const short = await call(c.core, 'employers.create', {
      name: '某公司',
      uscc: '91650100',
      nature: '4',
      regionId: c.town1,
    });
    expect(short).toMatchObject({ ok: false, error: { fields: { uscc: '统一社会信用代码应为18位，当前为8位' } } });
    expect(snapshot(c.core)).toBe(before);
  });

  it('VR-08: the code is optional — a village committee saves quietly, another nature with a warning', async () => {
    const c = await county(makeCore());
    const village = await must(c.core, 'employers.create', {
      name: '阿亚格曼干村村民委员会',
      uscc: '',
      nature: '6',
      regionId: c.village1,
    });
    expect(village.warnings).toEqual({});
    expect(village.employer.uscc).toBeNull();
    const firm = await must(c.core, 'employers.create', { name: '疏附县某物业公司', nature: '4', regionId: c.town1 });
    expect(firm.warnings.uscc).toContain('未填写统一社会信用代码');
  });

  it('a USCC already used is CONFLICT with the existing unit, deleted units included', async () => {
    const c = await county(makeCore());
    const firstId = await addEmployer(c, '甲单位', '2', c.town1, { uscc: USCC_1 });
    await must(c.core, 'employers.delete', { id: firstId });
    const r = await call(c.core, 'employers.create', { name: '乙单位', uscc: USCC_1, nature: '2', regionId: c.town1 });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { existingId: firstId, deleted: true } },
    });
  });

  it('internship base dates only for a base, valid-until not before recognised (§3.6)', async () => {
    const c = await county(makeCore());
    const notBase = await call(c.core, 'employers.create', {
      name: '甲',
      nature: '2',
      regionId: c.town1,
      baseRecognisedDate: '2025-01-01',
    });
    expect(notBase).toMatchObject({
      ok: false,
      error: { fields: { baseRecognisedDate: '不是见习基地的单位不填写见习基地认定日期' } },
    });
    const order = await call(c.core, 'employers.create', {
      name: '甲',
      nature: '2',
      regionId: c.town1,
      isInternshipBase: true,
      baseRecognisedDate: '2025-01-01',
      baseValidUntil: '2024-12-31',
    });
    expect(order).toMatchObject({ ok: false, error: { fields: { baseValidUntil: '见习基地有效期不能早于认定日期' } } });
    const ok = await must(c.core, 'employers.create', {
      name: '疏附县人民医院',
      uscc: uscc('12653121MB0000001'),
      nature: '2',
      regionId: c.town1,
      isInternshipBase: true,
      baseRecognisedDate: '2025-01-01',
      baseValidUntil: '2027-12-31',
    });
    expect(ok.employer).toMatchObject({
      isInternshipBase: true,
      baseRecognisedDate: '2025-01-01',
      baseValidUntil: '2027-12-31',
    });
    // The list carries the base dates too (the 见习基地 tab shows them without reading each unit).
    expect((await must(c.core, 'employers.list', { isInternshipBase: true })).items).toEqual([
      expect.objectContaining({
        name: '疏附县人民医院',
        isInternshipBase: true,
        baseRecognisedDate: '2025-01-01',
        baseValidUntil: '2027-12-31',
      }),
    ]);
  });

  it('update keeps the account when left out, checks the stamp, and lists changes in the audit row', async () => {
    const c = await county(makeCore());
    const { employer } = await must(c.core, 'employers.create', {
      name: '甲单位',
      nature: '2',
      regionId: c.town1,
      bankAccount: '6228480012345678901',
    });
    const r = await must(c.core, 'employers.update', {
      id: employer.id,
      expectedUpdatedAt: employer.updatedAt,
      name: '甲单位（新）',
      nature: '2',
      regionId: c.village3,
    });
    expect(r.employer).toMatchObject({ name: '甲单位（新）', bankAccountMasked: '**** 8901', townshipId: c.town2 });
    const stale = await call(c.core, 'employers.update', {
      id: employer.id,
      expectedUpdatedAt: employer.updatedAt,
      name: '丙',
      nature: '2',
      regionId: c.town1,
    });
    expect(stale).toMatchObject(refusedAs('CONFLICT'));
    const audit = await must(c.core, 'audit.list', { entity: 'employer', entityId: employer.id });
    expect(audit.items[0].summary).toBe('修改用人单位“甲单位（新）”：单位名称、所在地');
  });

  it('list: search by name part or code start, filters, deleted view; delete refused while a post is 有效', async () => {
    const c = await county(makeCore());
    const a = await addEmployer(c, '乌帕尔镇人民政府', '1', c.town1, { uscc: USCC_1 });
    await addEmployer(c, '塔什米里克乡卫生院', '2', c.town2);
    await addEmployer(c, '库木巴格村村民委员会', '6', c.village3);
    expect((await must(c.core, 'employers.list', { q: '乌帕尔' })).items.map((i) => i.name)).toEqual([
      '乌帕尔镇人民政府',
    ]);
    expect((await must(c.core, 'employers.list', { q: USCC_1.slice(0, 6).toLowerCase() })).total).toBe(1);
    expect((await must(c.core, 'employers.list', { townshipId: c.town2 })).total).toBe(2);
    expect((await must(c.core, 'employers.list', { nature: '6' })).items[0].name).toBe('库木巴格村村民委员会');

    const { post } = await must(c.core, 'posts.create', postInput(c, a));
    const refused = await call(c.core, 'employers.delete', { id: a });
    expect(refused).toMatchObject(
      refusedAs('RULE_VIOLATION', '“乌帕尔镇人民政府”还有 1 个有效岗位，请先撤销这些岗位再删除单位。'),
    );
    await must(c.core, 'posts.revoke', { id: post.id, revokedDate: '2026-11-01', reason: '岗位调整' });
    await must(c.core, 'employers.delete', { id: a });
    expect((await must(c.core, 'employers.list', {})).total).toBe(2);
    expect((await must(c.core, 'employers.list', { deleted: true })).items.map((i) => i.name)).toEqual([
      '乌帕尔镇人民政府',
    ]);
    const restored = await must(c.core, 'employers.restore', { id: a });
    expect(restored.deletedAt).toBeNull();
  });
});
