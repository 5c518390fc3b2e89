// 灵活就业社会保险补贴 恢复 (BR-30; uiaudit item 8) through dispatch on a real SQLite file (today 2026-11-28): a deleted
// period is listed with 已删除 only, never counted; restoring it re-runs the create checks against the person's
// live periods today (overlap, 36 months, the month before retirement), a refusal naming the field and the period with
// nothing written; the restore is audited and scoped like the delete.
import { describe, expect, it } from 'vitest';
import { flexPeriod, flexScene, type FlexPeriodInput } from './flexible-subsidies-fixtures';
import { callUnchanged, must, signedInAs } from './harness';
import { refusedAs, refusedRule } from './refusals';

/** flexPeriod from 2024-01 to 2025-06. */
const period = (personId: string, over: Partial<FlexPeriodInput> = {}) =>
  flexPeriod(personId, { startMonth: '2024-01', endMonth: '2025-06', ...over });

describe('灵活就业社会保险补贴 恢复', () => {
  it('lists a deleted period only with includeDeleted, uncounted; restores it with an audit row', async () => {
    const { core, young } = await flexScene();
    const a = await must(core, 'flexibleSubsidies.create', period(young));
    await must(core, 'flexibleSubsidies.remove', { id: a.id });
    const live = await must(core, 'flexibleSubsidies.listByPerson', { personId: young });
    expect([live.items.length, live.usedMonths]).toEqual([0, 0]);
    const all = await must(core, 'flexibleSubsidies.listByPerson', { personId: young, includeDeleted: true });
    expect(all.items.map((i) => [i.id, i.deletedAt !== null])).toEqual([[a.id, true]]);
    expect(all.usedMonths).toBe(0);

    const back = await must(core, 'flexibleSubsidies.restore', { id: a.id });
    expect([back.id, back.deletedAt, back.months]).toEqual([a.id, null, 18]);
    const after = await must(core, 'flexibleSubsidies.listByPerson', { personId: young });
    expect([after.items.map((i) => i.id), after.usedMonths]).toEqual([[a.id], 18]);
    const log = await must(core, 'audit.list', { entity: 'flexibleSubsidy' });
    expect(log.items[0].summary).toMatch(/^恢复灵活就业社会保险补贴：.+（653121\*+\d{3}[\dX]），2024-01 至 2025-06$/);
    expect(await callUnchanged(core, 'flexibleSubsidies.restore', { id: a.id })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该补贴记录未删除，无需恢复。'),
    );
  });

  it('refuses a restore that would overlap a period entered since, naming the field; nothing written', async () => {
    const { core, young } = await flexScene();
    const a = await must(core, 'flexibleSubsidies.create', period(young));
    await must(core, 'flexibleSubsidies.remove', { id: a.id });
    await must(core, 'flexibleSubsidies.create', period(young, { startMonth: '2025-01', endMonth: '2025-12' }));
    expect(await callUnchanged(core, 'flexibleSubsidies.restore', { id: a.id })).toMatchObject(
      refusedRule(
        'startMonth',
        '不能恢复 2024-01 至 2025-06 的补贴记录：与已登记的补贴期（2025-01 至 2025-12）重叠，同一人的补贴期不能重叠',
      ),
    );
  });

  it('refuses a restore past 36 months over the live periods, and at retirement', async () => {
    const { core, young, near } = await flexScene();
    const a = await must(core, 'flexibleSubsidies.create', period(young));
    await must(core, 'flexibleSubsidies.remove', { id: a.id });
    await must(core, 'flexibleSubsidies.create', period(young, { startMonth: '2025-07', endMonth: '2027-06' }));
    const over = await callUnchanged(core, 'flexibleSubsidies.restore', { id: a.id });
    expect(over).toMatchObject(refusedRule('endMonth', /^不能恢复 2024-01 至 2025-06 的补贴记录：补贴期限/));

    // Born 1968-06-15 as 男职工 (M60) retires 2029-05: a period from 2026-01 is allowed; after the 退休类别 is
    // corrected to 女职工 55 (retired before 2026), restoring it would start at or after retirement.
    const b = await must(
      core,
      'flexibleSubsidies.create',
      period(near, { startMonth: '2026-01', endMonth: '2029-04' }),
    );
    await must(core, 'flexibleSubsidies.remove', { id: b.id });
    const db = core.ctx.db;
    db.prepare("UPDATE persons SET retirement_category = 'F55' WHERE id = ?").run(near);
    const late = await callUnchanged(core, 'flexibleSubsidies.restore', { id: b.id });
    expect(late).toMatchObject(
      refusedRule('startMonth', /^不能恢复 2026-01 至 2029-04 的补贴记录：起始年月已到法定退休年月/),
    );
  });

  it('a 乡镇经办 of another township or a reader cannot restore', async () => {
    const { c, core, young } = await flexScene();
    const a = await must(core, 'flexibleSubsidies.create', period(young));
    await must(core, 'flexibleSubsidies.remove', { id: a.id });
    const other = signedInAs(core, 'u-clerk2', 'clerk', { townshipIds: [c.town2] });
    const reader = signedInAs(core, 'u-read', 'readonly');
    for (const session of [other, reader]) {
      const r = await core.invoke('flexibleSubsidies.restore', { id: a.id }, session);
      expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
    }
    const own = signedInAs(core, 'u-clerk1', 'clerk', { townshipIds: [c.town1] });
    expect((await core.invoke('flexibleSubsidies.restore', { id: a.id }, own)).ok).toBe(true);
  });
});
