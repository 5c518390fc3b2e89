import { describe, expect, it } from 'vitest';
import { call, makeCore, must, setUpOffice, snapshot } from './harness';

describe('settings', () => {
  it('starts with no office, then keeps it', async () => {
    const core = makeCore();
    expect(await must(core, 'settings.get', {})).toEqual({ office: null });
    await setUpOffice(core);
    expect(await must(core, 'settings.get', {})).toEqual({
      office: { name: '疏附县人力资源和社会保障局', countyName: '疏附县', countyCode: '653121000000' },
    });
  });

  it('refuses a bad county code with a Chinese field message and writes nothing', async () => {
    const core = makeCore();
    const before = snapshot(core);
    const r = await call(core, 'settings.setOffice', { name: '', countyName: '疏附县', countyCode: '6531' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.fields).toEqual({
      name: '请填写单位名称',
      countyCode: '区划代码应为6位县级代码（如 653101）或以 000000 结尾的12位代码',
    });
    expect(snapshot(core)).toBe(before);
  });

  it('refuses a prefecture-level code', async () => {
    const core = makeCore();
    const r = await call(core, 'settings.setOffice', { name: '某局', countyName: '喀什地区', countyCode: '653100' });
    expect(!r.ok && r.error.fields?.countyCode).toBe('区划代码第5–6位不能为 00（那是地州级代码，请填写县级代码）');
  });

  it('audits each write with operator, channel, entity and summary', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const { items } = await must(core, 'audit.list', { entity: 'settings' });
    expect(items.map((i) => [i.operator, i.channel, i.entityId, i.summary])).toEqual([
      ['古丽', 'settings.setOffice', 'office', '单位信息：疏附县人力资源和社会保障局，疏附县（653121000000）'],
    ]);
  });
});
