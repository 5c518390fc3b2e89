// Issue 19, CFG-25 (DOMAIN §8, BR-08): a registration cancelled with C03 (有稳定收入的劳动且月收入不低于标准) needs the
// monthly income, refused — naming 月收入, nothing written — when missing or below the standard in force on the
// cancellation date: the county's monthly minimum wage (its tier), or the 低保 standard, urban or rural by the person.
import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import { setup } from './registrations-fixtures';
import { fieldsOf, refusedBadInput, refusedRuleFields } from './refusals';

type Core = Parameters<typeof must>[0];
const set = (core: Core, key: string, effectiveFrom: string, values: Record<string, string | number | boolean>) =>
  must(core, 'ruleSettings.set', { key, effectiveFrom, values, note: null });
const cancelled = (core: Core, id: string) =>
  core.ctx.db.prepare('SELECT status, cancel_income FROM registrations WHERE id = ?').get(id);
const c03 = (id: string, cancelIncome?: number, cancelDate = '2026-11-25') => ({
  id,
  cancelDate,
  cancelReason: 'C03' as const,
  ...(cancelIncome === undefined ? {} : { cancelIncome }),
});

describe('CFG-25 income of a C03 cancellation', () => {
  it('minimum wage (default): refused when missing or below 1,900.00, stored and audited when not below', async () => {
    const s = await setup();
    const id = await s.register(await s.person());
    expect(await must(s.core, 'registrations.cancelIncomeStandard', { id, date: '2026-11-25' })).toEqual({
      fen: 190_000,
      basis: '当地最低工资标准',
    });
    expect(await call(s.core, 'registrations.cancel', c03(id))).toMatchObject(
      refusedBadInput({ cancelIncome: '请填写月收入（不低于 1,900.00 元，当地最低工资标准）' }),
    );
    expect(await call(s.core, 'registrations.cancel', c03(id, 189_999))).toMatchObject({
      ok: false,
      error: {
        message: '月收入低于当地最低工资标准，不能按“有稳定收入的劳动”注销失业登记',
        fields: { cancelIncome: '月收入 1,899.99 元低于当地最低工资标准 1,900.00 元（2026-11-25）' },
      },
    });
    expect(cancelled(s.core, id)).toEqual({ status: 'active', cancel_income: null });
    const r = await must(s.core, 'registrations.cancel', c03(id, 190_000));
    expect(r.registration).toMatchObject({ status: 'cancelled', cancelReason: 'C03', cancelIncome: 190_000 });
    const audit = await must(s.core, 'audit.search', { entity: 'registration', entityId: id });
    expect(audit.items[0].summary).toContain('有稳定收入的劳动');
    expect(audit.items[0].summary).toContain('月收入 1,900.00 元');
  });

  it('the tier in force on the cancellation date; other reasons store no income', async () => {
    const s = await setup();
    await set(s.core, 'office.minWageTier', '2026-11-20', { value: '4' });
    const early = await s.register(await s.person());
    // 2026-11-19: tier 1 still (1,900.00); from 2026-11-20 tier 4 (1,540.00).
    expect(await call(s.core, 'registrations.cancel', c03(early, 160_000, '2026-11-19'))).toMatchObject({ ok: false });
    expect(
      (await must(s.core, 'registrations.cancel', c03(early, 160_000, '2026-11-20'))).registration.cancelIncome,
    ).toBe(160_000);
    const other = await s.register(await s.person());
    const r = await must(s.core, 'registrations.cancel', {
      id: other,
      cancelDate: '2026-11-25',
      cancelReason: 'C01',
      cancelIncome: 100,
    });
    expect(r.registration.cancelIncome).toBeNull();
    expect(cancelled(s.core, other)).toEqual({ status: 'cancelled', cancel_income: null });
  });

  it('低保 basis: urban or rural standard by the person; refused while the county has set none', async () => {
    const s = await setup();
    await set(s.core, 'registrations.cancelIncomeBasis', '2026-11-01', { value: 'dibao' });
    const rural = await s.register(await s.person()); // lives in village1, 城乡分类 220 (村庄)
    const urban = await s.register(await s.person({ residenceRegionId: s.village2 })); // 121 (镇中心区)
    // The person's own 城乡属性 decides before the village's.
    const ownUrban = await s.register(await s.person({ urbanRural: '111' }));
    const none = await call(s.core, 'registrations.cancel', c03(rural, 500_000));
    expect(none).toMatchObject(refusedRuleFields({ cancelIncome: '还没有设置当地农村最低生活保障标准' }));
    expect(none.ok ? '' : none.error.message).toContain('规则设置');

    await set(s.core, 'registrations.dibaoStandard', '2026-11-01', { urban: 78_000, rural: 60_000 });
    const standard = (id: string) => must(s.core, 'registrations.cancelIncomeStandard', { id, date: '2026-11-25' });
    expect(await standard(rural)).toEqual({ fen: 60_000, basis: '当地农村最低生活保障标准' });
    expect(await standard(urban)).toEqual({ fen: 78_000, basis: '当地城市最低生活保障标准' });
    expect(await standard(ownUrban)).toEqual({ fen: 78_000, basis: '当地城市最低生活保障标准' });
    // Before the basis changed, the minimum wage.
    expect(await must(s.core, 'registrations.cancelIncomeStandard', { id: rural, date: '2026-10-31' })).toEqual({
      fen: 190_000,
      basis: '当地最低工资标准',
    });

    expect((await must(s.core, 'registrations.cancel', c03(rural, 60_000))).registration.cancelIncome).toBe(60_000);
    expect(await call(s.core, 'registrations.cancel', c03(urban, 70_000))).toMatchObject({
      ok: false,
      error: { fields: { cancelIncome: '月收入 700.00 元低于当地城市最低生活保障标准 780.00 元（2026-11-25）' } },
    });
    expect((await must(s.core, 'registrations.cancel', c03(urban, 78_000))).registration.cancelIncome).toBe(78_000);
  });

  it('a 低保 standard outside its range is refused, naming the field', async () => {
    const core = makeCore();
    const r = await call(core, 'ruleSettings.set', {
      key: 'registrations.dibaoStandard',
      effectiveFrom: '2026-11-01',
      values: { urban: 1_000_001, rural: -1 },
      note: null,
    });
    expect(fieldsOf(r)).toEqual({
      'values.urban': '“最低生活保障标准（城市低保标准）”应在 0.00–10000.00元/月 之间',
      'values.rural': '“最低生活保障标准（农村低保标准）”应在 0.00–10000.00元/月 之间',
    });
  });
});
