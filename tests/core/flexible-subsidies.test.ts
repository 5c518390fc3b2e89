// BR-30 灵活就业社会保险补贴 through dispatch on a real SQLite file (today 2026-11-28): the default end (36 months, or
// to the month before retirement when less than 5 years from it at the first approval), the 36 months counted over
// all periods, no overlap, the 险种 by 享受类别, 终止 and 删除, each refusal leaving the register unchanged, the township
// scope, the audit rows and the archive purge.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { purgePersons } from '../../electron/core/modules/archive/purge';
import { callUnchanged, must, signedInAs } from './harness';
import { insertBackfilledRecognition } from './migration-fixtures';
import { flexPeriod, flexScene, type FlexPeriodInput } from './flexible-subsidies-fixtures';
import { type County } from './persons-fixtures';
import { addPerson } from './posts-fixtures';
import { refusedBadInput, refusedAs, refusedRule } from './refusals';

/** Saves a period (must succeed). */
const create = (core: Core, input: FlexPeriodInput) => must(core, 'flexibleSubsidies.create', input);
/** Tries to save a period that must be refused with nothing written; the refusal. */
const createRefused = (core: Core, input: FlexPeriodInput) => callUnchanged(core, 'flexibleSubsidies.create', input);

const list = (c: County, personId: string) => must(c.core, 'flexibleSubsidies.listByPerson', { personId });

describe('灵活就业社会保险补贴 (BR-30)', () => {
  it('plans 36 months from the start, pension only for others; saves with an audit row and lists the period', async () => {
    const { c, core, young } = await flexScene();
    expect(await must(core, 'flexibleSubsidies.plan', { personId: young, startMonth: '2025-01' })).toEqual({
      endMonth: '2027-12',
      extendedToRetirement: false,
      limitMonth: '2053-02',
      usedMonths: 0,
      difficult: false,
      target: '9',
      insurance: 'P',
    });
    const saved = await create(core, flexPeriod(young));
    expect(saved).toMatchObject({
      months: 36,
      status: 'active',
      targetLabel: '其他灵活就业人员',
      insuranceLabel: '养老保险',
    });
    const l = await list(c, young);
    expect([l.items.map((i) => i.id), l.usedMonths, l.extendedToRetirement]).toEqual([[saved.id], 36, false]);
    const log = await must(core, 'audit.list', { personId: young });
    expect(log.items.map((i) => i.summary)[0]).toMatch(
      /^登记灵活就业社会保险补贴：.+（653121\*+\d{3}[\dX]），2025-01 至 2027-12，其他灵活就业人员，养老保险$/,
    );
    expect(log.items[0].entity).toBe('flexibleSubsidy');
  });

  it('counts 36 months over all periods; an early end frees the months after it', async () => {
    const { c, core, young } = await flexScene();
    const first = await create(core, flexPeriod(young, { startMonth: '2024-01', endMonth: '2025-06' }));
    expect((await must(core, 'flexibleSubsidies.plan', { personId: young, startMonth: '2026-01' })).endMonth).toBe(
      '2027-06',
    );
    const over = await createRefused(core, flexPeriod(young, { startMonth: '2026-01' }));
    expect(over).toMatchObject(
      refusedRule(
        'endMonth',
        '补贴期限累计不能超过36个月：其他补贴期已享受18个月，本次最多18个月，截止年月最晚为 2027-06',
      ),
    );
    await must(core, 'flexibleSubsidies.terminate', {
      id: first.id,
      terminatedOn: '2024-06-10',
      terminateReason: '1',
    });
    expect((await must(core, 'flexibleSubsidies.plan', { personId: young, startMonth: '2026-01' })).endMonth).toBe(
      '2028-06',
    );
    await create(core, flexPeriod(young, { startMonth: '2026-01', endMonth: '2028-06' }));
    expect((await list(c, young)).usedMonths).toBe(36);
    const full = await createRefused(core, flexPeriod(young, { startMonth: '2023-01', endMonth: '2023-03' }));
    expect(full).toMatchObject(refusedRule('endMonth', '补贴期限已满36个月（其他补贴期已享受36个月），不能再登记'));
    expect(
      (await must(core, 'flexibleSubsidies.plan', { personId: young, startMonth: '2023-01' })).endMonth,
    ).toBeNull();
  });

  it('less than 5 years from retirement at the first approval: runs to the month before retirement, not past it', async () => {
    const { c, core, near } = await flexScene();
    const plan = await must(core, 'flexibleSubsidies.plan', { personId: near, startMonth: '2026-01' });
    expect([plan.endMonth, plan.extendedToRetirement, plan.limitMonth]).toEqual(['2029-04', true, '2029-04']);
    const past = await createRefused(core, flexPeriod(near, { startMonth: '2026-01', endMonth: '2029-05' }));
    expect(past).toMatchObject(refusedRule('endMonth', '截止年月不能晚于法定退休年月的前一个月（2029-04）'));
    const saved = await create(core, flexPeriod(near, { startMonth: '2026-01', endMonth: '2029-04' }));
    expect(saved.months).toBe(40);
    expect((await list(c, near)).extendedToRetirement).toBe(true);
  });

  it('refuses an overlap, a start after this month or at retirement, and 就业困难人员 without a recognition in force', async () => {
    const { c, core, young } = await flexScene();
    await create(core, flexPeriod(young, { startMonth: '2025-01', endMonth: '2025-12' }));
    const cases: [Partial<FlexPeriodInput>, string, string][] = [
      [
        { startMonth: '2025-12', endMonth: '2026-03' },
        'startMonth',
        '与已登记的补贴期（2025-01 至 2025-12）重叠，同一人的补贴期不能重叠',
      ],
      [{ startMonth: '2026-12', endMonth: '2027-03' }, 'startMonth', '起始年月不能晚于本月（2026-11）'],
      [
        { startMonth: '2026-01', target: '1', insurance: 'PMU' },
        'target',
        '该人员在2026-01没有有效的就业困难人员认定，不能按就业困难人员享受',
      ],
    ];
    for (const [over, field, message] of cases) {
      const r = await createRefused(core, flexPeriod(young, { endMonth: '2026-12', ...over }));
      expect(r, message).toMatchObject(refusedRule(field, message));
    }
    const retired = await addPerson(c, '19600315', '1');
    expect(
      await createRefused(core, flexPeriod(retired, { startMonth: '2025-01', endMonth: '2025-03' })),
    ).toMatchObject(refusedRule('startMonth', '起始年月已到法定退休年月（2020-03），不能享受灵活就业社会保险补贴'));

    // Recognised on 2026-01-10: from January 2026 on, the three insurances as 就业困难人员.
    insertBackfilledRecognition(core.ctx.db, 'rec1', young, 'K01');
    const plan = await must(core, 'flexibleSubsidies.plan', { personId: young, startMonth: '2026-01' });
    expect([plan.difficult, plan.target, plan.insurance]).toEqual([true, '1', 'PMU']);
    await create(
      core,
      flexPeriod(young, { startMonth: '2026-01', endMonth: '2026-12', target: '1', insurance: 'PMU' }),
    );
  });

  it('the contract refuses three insurances for others and an end before the start, naming the field', async () => {
    const { core, young } = await flexScene();
    expect(await createRefused(core, flexPeriod(young, { insurance: 'PMU' }))).toMatchObject(
      refusedBadInput({ insurance: '其他灵活就业人员只补贴养老保险' }),
    );
    expect(await createRefused(core, flexPeriod(young, { startMonth: '2025-05', endMonth: '2025-04' }))).toMatchObject(
      refusedBadInput({ endMonth: '截止年月不能早于起始年月' }),
    );
    expect(await createRefused(core, flexPeriod(young, { startMonth: '2025-13', handler: '' }))).toMatchObject(
      refusedBadInput({ startMonth: '起始年月应为 YYYY-MM 格式的月份', handler: '请填写经办人' }),
    );
  });

  it('修改 checks like a new period without counting itself; a stale edit is refused; 终止 and 删除 have their own refusals', async () => {
    const { c, core, young } = await flexScene();
    const a = await create(core, flexPeriod(young, { startMonth: '2024-01', endMonth: '2024-12' }));
    const b = await create(core, flexPeriod(young, { startMonth: '2025-01', endMonth: '2026-12' }));
    const edit = {
      id: b.id,
      expectedUpdatedAt: b.updatedAt,
      ...flexPeriod(young, { startMonth: '2025-01', endMonth: '2026-12', remark: '按月到账' }),
    };
    const { personId: _p, ...update } = edit;
    const edited = await must(core, 'flexibleSubsidies.update', update);
    expect(edited.remark).toBe('按月到账');
    expect(await callUnchanged(core, 'flexibleSubsidies.update', { ...update, remark: '再改' })).toMatchObject(
      refusedAs('CONFLICT', '该补贴记录已被他人修改，请刷新后再改'),
    );
    expect(
      await callUnchanged(core, 'flexibleSubsidies.update', {
        ...update,
        expectedUpdatedAt: edited.updatedAt,
        endMonth: '2027-01',
      }),
    ).toMatchObject(refusedRule('endMonth', /补贴期限累计不能超过36个月/));

    const end = { id: a.id, terminateReason: '5' as const, terminateNote: '本人书面申请' };
    for (const [terminatedOn, message] of [
      ['2023-12-31', '终止日期不能早于补贴起始年月（2024-01）'],
      ['2025-01-01', '终止日期不能晚于补贴截止年月（2024-12）'],
    ]) {
      expect(await callUnchanged(core, 'flexibleSubsidies.terminate', { ...end, terminatedOn })).toMatchObject(
        refusedBadInput({ terminatedOn: message }),
      );
    }
    const ended = await must(core, 'flexibleSubsidies.terminate', { ...end, terminatedOn: '2024-03-20' });
    expect([ended.status, ended.lastMonth, ended.months, ended.terminateReasonLabel]).toEqual([
      'terminated',
      '2024-03',
      3,
      '本人申请',
    ]);
    expect(
      await callUnchanged(core, 'flexibleSubsidies.terminate', { ...end, id: b.id, terminatedOn: '2026-11-29' }),
    ).toMatchObject(refusedBadInput({ terminatedOn: '终止日期不能晚于今天（2026-11-28）' }));
    expect(
      await callUnchanged(core, 'flexibleSubsidies.terminate', {
        ...end,
        terminatedOn: '2024-04-01',
      }),
    ).toMatchObject(refusedRule('terminatedOn', '该补贴已于 2024-03-20 终止'));

    await must(core, 'flexibleSubsidies.remove', { id: ended.id });
    expect((await list(c, young)).items.map((i) => i.id)).toEqual([b.id]);
    expect(await callUnchanged(core, 'flexibleSubsidies.remove', { id: ended.id })).toMatchObject(
      refusedAs('NOT_FOUND', '找不到该补贴记录。'),
    );
    const actions = (await must(core, 'audit.list', { entity: 'flexibleSubsidy' })).items.map((i) =>
      i.summary.slice(0, 6),
    );
    expect(actions).toEqual(['删除灵活就业', '终止灵活就业', '修改灵活就业', '登记灵活就业', '登记灵活就业']);
  });

  it('a 乡镇经办 of another township can neither read nor write the person’s periods; a reader cannot write', async () => {
    const { c, core, young } = await flexScene();
    const saved = await create(core, flexPeriod(young));
    const other = signedInAs(core, 'u-clerk2', 'clerk', { townshipIds: [c.town2] });
    const own = signedInAs(core, 'u-clerk1', 'clerk', { townshipIds: [c.town1] });
    const reader = signedInAs(core, 'u-read', 'readonly');
    const before = JSON.stringify(await list(c, young));
    const refused = await core.invoke('flexibleSubsidies.listByPerson', { personId: young }, other);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_FOUND');
    const writes: [string, unknown][] = [
      ['flexibleSubsidies.create', flexPeriod(young, { startMonth: '2020-01', endMonth: '2020-02' })],
      ['flexibleSubsidies.terminate', { id: saved.id, terminatedOn: '2025-02-01', terminateReason: '1' }],
      ['flexibleSubsidies.remove', { id: saved.id }],
    ];
    for (const [channel, input] of writes) {
      for (const session of [other, reader]) {
        const r = await core.invoke(channel, input, session);
        expect([channel, r.ok ? 'ok' : r.error.code]).toEqual([channel, 'FORBIDDEN']);
      }
    }
    expect(JSON.stringify(await list(c, young))).toBe(before);
    const mine = await core.invoke('flexibleSubsidies.listByPerson', { personId: young }, own);
    expect(mine.ok).toBe(true);
  });

  it('档案到期 counts a period as activity: listed only when its end (or early end) is past the retention cutoff', async () => {
    const { c, core, young, near } = await flexScene();
    const later = await addPerson(c, '19920315', '1');
    const old = await create(core, flexPeriod(young, { startMonth: '2018-01', endMonth: '2019-12' }));
    await create(core, flexPeriod(near, { startMonth: '2019-01', endMonth: '2021-12' }));
    await create(core, flexPeriod(later, { startMonth: '2018-01', endMonth: '2020-12' }));
    const expired = async () =>
      (await must(core, 'archive.list', {})).persons.map((p) => [p.id, p.lastActivity]).filter(([id]) => id !== later);
    expect(await expired()).toEqual([[young, '2019-12-31']]);
    await must(core, 'flexibleSubsidies.terminate', { id: old.id, terminatedOn: '2018-06-10', terminateReason: '1' });
    expect(await expired()).toEqual([[young, '2018-06-10']]);
  });

  it('the archive purge deletes the periods with the person', async () => {
    const { core, young, near } = await flexScene();
    await create(core, flexPeriod(young));
    await create(core, flexPeriod(near, { startMonth: '2026-01', endMonth: '2026-06' }));
    const db = core.ctx.db;
    const idNumber = db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(young) as string;
    const r = db.transaction(() => purgePersons(db, [{ id: young, idNumber }]))();
    expect(r.deleted.flexible_subsidies).toBe(1);
    expect(db.prepare('SELECT person_id FROM flexible_subsidies').pluck().all()).toEqual([near]);
  });
});
