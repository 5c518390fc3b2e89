import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, setUpOffice } from './harness';
import { refusedAs, refusedRuleFields, refusedTaken, refusedWith } from './refusals';

async function county() {
  const core = makeCore();
  await setUpOffice(core);
  const town = await must(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
  return { core, town };
}

describe('regions (DOMAIN §3.12)', () => {
  it('needs the office county code first', async () => {
    const core = makeCore();
    const r = await callUnchanged(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
    expect(r).toMatchObject(
      refusedAs('RULE_VIOLATION', '请先在“设置 → 单位信息”中填写本县的区划代码，再录入乡镇和村。'),
    );
  });

  it('adds a township and villages, lists them in code order with levels and parents', async () => {
    const { core, town } = await county();
    const v1 = await must(core, 'regions.create', {
      parentId: town.id,
      code: '653121101002',
      name: '阿亚格曼干村',
      urbanRuralCode: '220',
    });
    await must(core, 'regions.create', {
      parentId: town.id,
      code: '653121101001',
      name: '乌帕尔村',
      urbanRuralCode: '210',
    });
    const { items } = await must(core, 'regions.list', {});
    expect(items.map((r) => [r.code, r.name, r.level, r.parentId === town.id])).toEqual([
      ['653121101000', '乌帕尔镇', 4, false],
      ['653121101001', '乌帕尔村', 5, true],
      ['653121101002', '阿亚格曼干村', 5, true],
    ]);
    expect(v1.urbanRuralCode).toBe('220');
  });

  it.each([
    [null, '653122101000', '乡镇(街道)代码应以本县代码 653121 开头'],
    [null, '653121000000', '乡镇(街道)代码第7–9位不能为 000'],
    [null, '653121101005', '乡镇(街道)代码最后3位应为 000'],
    ['town', '653121102001', '村(社区)代码应以所属乡镇代码 653121101 开头'],
    ['town', '653121101000', '村(社区)代码最后3位不能为 000'],
  ])('checks codes against the parent (%s, %s)', async (parent, code, message) => {
    const { core, town } = await county();
    const r = await callUnchanged(core, 'regions.create', { parentId: parent ? town.id : null, code, name: '某地' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: `输入有误：${message}`, fields: { code: message } },
    });
  });

  it('refuses a code already used, naming the place', async () => {
    const { core, town } = await county();
    const r = await call(core, 'regions.create', { parentId: null, code: '653121101000', name: '另一个镇' });
    expect(r).toMatchObject(refusedTaken('区划代码 653121101000 已被“乌帕尔镇”使用。', town.id));
  });

  it('refuses a second sibling of the same name', async () => {
    const { core, town } = await county();
    await must(core, 'regions.create', { parentId: town.id, code: '653121101001', name: '乌帕尔村' });
    const r = await call(core, 'regions.create', { parentId: town.id, code: '653121101002', name: '乌帕尔村' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: '已有同名区划（653121101001）' } },
    });
  });

  it('renames, retires and restores, with an audit row for each', async () => {
    const { core, town } = await county();
    const v = await must(core, 'regions.create', { parentId: town.id, code: '653121101001', name: '乌帕尔村' });
    await must(core, 'regions.rename', { id: v.id, name: '乌帕尔社区' });
    const retired = await must(core, 'regions.retire', { id: v.id });
    expect(retired.retiredOn).toBe('2026-11-28');
    expect((await must(core, 'regions.list', {})).items.map((r) => r.name)).toEqual(['乌帕尔镇']);
    expect((await must(core, 'regions.list', { includeRetired: true })).items.map((r) => r.name)).toEqual([
      '乌帕尔镇',
      '乌帕尔社区',
    ]);
    await must(core, 'regions.restore', { id: v.id });
    const { items } = await must(core, 'audit.list', { entity: 'region', entityId: v.id });
    expect(items.map((i) => i.summary)).toEqual([
      '恢复村(社区)“乌帕尔社区”（653121101001）',
      '撤销村(社区)“乌帕尔社区”（653121101001），撤销日期 2026-11-28',
      '村(社区)“乌帕尔村”更名为“乌帕尔社区”（653121101001）',
      '新增村(社区)“乌帕尔村”（653121101001）',
    ]);
  });

  it('refuses to retire a township with villages in use, and to add under a retired township', async () => {
    const { core, town } = await county();
    const v = await must(core, 'regions.create', { parentId: town.id, code: '653121101001', name: '乌帕尔村' });
    const r = await call(core, 'regions.retire', { id: town.id });
    expect(r).toMatchObject(refusedAs('RULE_VIOLATION', '“乌帕尔镇”下还有 1 个村(社区)在用，请先撤销或调整它们。'));
    await must(core, 'regions.retire', { id: v.id });
    await must(core, 'regions.retire', { id: town.id, date: '2026-10-01' });
    const r2 = await call(core, 'regions.create', { parentId: town.id, code: '653121101003', name: '新村' });
    expect(r2).toMatchObject(refusedAs('RULE_VIOLATION', '所属乡镇“乌帕尔镇”已撤销，不能在其下新增村(社区)。'));
    const r3 = await call(core, 'regions.restore', { id: v.id });
    expect(r3).toMatchObject(refusedWith('所属乡镇“乌帕尔镇”已撤销，请先恢复乡镇。'));
  });

  it('refuses to change the county code once townships exist', async () => {
    const { core } = await county();
    const r = await call(core, 'settings.setOffice', { name: '某局', countyName: '疏勒县', countyCode: '653122' });
    expect(r).toMatchObject(refusedRuleFields({ countyCode: '已有乡镇(街道)使用区划代码 653121，不能改为 653122' }));
  });
});
