import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import { certifiedOne, classInput, enrolInput, refused, trainingCounty } from './training-fixtures';

// DOMAIN §11: classes, trainees, results, 培训补贴 on the shared rosters. Every refusal names the field in Chinese
// and writes nothing.

describe('training classes', () => {
  it('a class outside the provider designation is refused on the date field (§11.1)', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const e1 = await refused(core, () =>
      call(
        core,
        'training.classes.create',
        classInput(c, c.providerId, { startDate: '2025-12-20', endDate: '2026-01-05' }),
      ),
    );
    expect(e1.fields?.startDate).toBe(
      '“疏附县鑫达职业培训学校”于 2026-01-01 认定为定点培训机构，培训开始日期不能早于认定日期',
    );
    const e2 = await refused(core, () =>
      call(
        core,
        'training.classes.create',
        classInput(c, c.providerId, { startDate: '2027-06-20', endDate: '2027-07-05' }),
      ),
    );
    expect(e2.fields?.endDate).toBe('“疏附县鑫达职业培训学校”定点资质有效期至 2027-06-30，培训结束日期不能晚于有效期');
    const e3 = await refused(core, () => call(core, 'training.classes.create', classInput(c, c.employerId)));
    expect(e3.fields?.providerId).toBe('“乌帕尔镇人民政府”不是定点培训机构，请先认定');
  });

  it('an occupation outside the provider list needs a reason; the code defaults to PX{YYYY}-{seq}', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const e = await refused(core, () =>
      call(core, 'training.classes.create', classInput(c, c.providerId, { occupation: '电工' })),
    );
    expect(e.fields?.occupation).toContain(
      '“电工”不在“疏附县鑫达职业培训学校”的可培训工种（家政服务员、养老护理员）中',
    );
    const a = await must(
      core,
      'training.classes.create',
      classInput(c, c.providerId, { occupation: '电工', occupationReason: '县重点项目急需' }),
    );
    const b = await must(core, 'training.classes.create', classInput(c, c.providerId));
    expect([a.code, b.code]).toEqual(['PX2026-001', 'PX2026-002']);
    expect(a.occupationReason).toBe('县重点项目急需');
    expect(a.statusLabel).toBe('计划');
  });

  it('filing too late is refused with the latest day; on time it files (CFG-37, working days)', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.newClass();
    const e = await refused(core, () => call(core, 'training.classes.act', { id, action: 'file', date: '2026-11-11' }));
    expect(e.fields?.date).toBe(
      '培训班应在开班前至少3个工作日备案：开班日期 2026-11-16，最晚应于 2026-11-10 备案，现为 2026-11-11。' +
        '如仍要开班，请先修改培训班，把培训开始日期推迟到 2026-11-17 或以后，再备案',
    );
    const d = await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' });
    expect([d.statusLabel, d.filedDate, d.latestFilingDate]).toEqual(['已备案', '2026-11-10', '2026-11-10']);
    const again = await refused(core, () =>
      call(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' }),
    );
    expect(again.fields?.action).toBe('培训班当前为“已备案”，不能备案');
  });

  it('cancel needs a reason and is refused once closed', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.newClass();
    const e = await refused(core, () =>
      call(core, 'training.classes.act', { id, action: 'cancel', date: '2026-11-10' }),
    );
    expect(e.fields?.reason).toBe('请填写撤销原因');
    const d = await must(core, 'training.classes.act', {
      id,
      action: 'cancel',
      date: '2026-11-10',
      reason: '报名人数不足',
    });
    expect([d.status, d.cancelReason]).toEqual(['09', '报名人数不足']);
  });
});

describe('trainees, results and the 培训补贴 roster', () => {
  it('walks a class from plan to a reviewed roster with every refusal on the way', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.filedClass();

    const a = await c.registered('19800315');
    const b = await c.recognised('19700316');
    const stranger = await c.registered('19850101');
    const unregistered = await (async () => {
      const { personId } = await c.applicant('19900101');
      return personId;
    })();
    // BR-33: the register contradicts the category (no recognition for 02; no registration needed for the check).
    const e1 = await refused(core, () => call(core, 'training.enrol', enrolInput(id, a, { category: '02' })));
    expect(e1.fields?.category).toBe(
      '人员类别“就业困难人员”与台账不符：开班时该人员不是在册的就业困难人员（按开班日期 2026-11-16 核对）',
    );
    const e2 = await refused(core, () => call(core, 'training.enrol', enrolInput(id, stranger, { category: '04' })));
    expect(e2.fields?.categoryNote).toBe('人员类别“农村转移就业劳动者”凭本人申报，请在类别说明中写明依据');
    await must(core, 'training.enrol', enrolInput(id, a));
    await must(core, 'training.enrol', enrolInput(id, b, { category: '02' }));
    const d0 = await must(
      core,
      'training.enrol',
      enrolInput(id, unregistered, { category: '04', categoryNote: '返乡务工' }),
    );
    expect(d0.trainees.map((t) => t.categoryLabel)).toEqual(['城镇登记失业人员', '就业困难人员', '农村转移就业劳动者']);

    // BR-34: a second class on overlapping dates.
    const other = await c.newClass({ startDate: '2026-11-20', endDate: '2026-11-30' });
    const e3 = await refused(core, () => call(core, 'training.enrol', enrolInput(other, a)));
    expect(e3.fields?.personId).toMatch(/已报名培训班 PX2026-001（2026-11-16 至 2026-11-25），与本班培训时间重叠$/);

    const opened = await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    const [ta, tb, tc] = opened.trainees;
    // Results: hours above the class hours, a duplicate certificate number.
    const e4 = await refused(core, () =>
      call(core, 'training.results.save', {
        classId: id,
        rows: [{ enrolmentId: ta.id, attendedHours: 120, result: '1' }],
      }),
    );
    expect(e4.fields?.['rows.0.attendedHours']).toMatch(/出勤学时 120 超过课程学时 100$/);
    const cert = (no: string) => ({ certType: '01' as const, certNo: no, certDate: '2026-11-26' });
    const e5 = await refused(core, () =>
      call(core, 'training.results.save', {
        classId: id,
        rows: [
          { enrolmentId: ta.id, attendedHours: 96, result: '1', ...cert('Z001') },
          { enrolmentId: tb.id, attendedHours: 70, result: '1', ...cert('Z001') },
        ],
      }),
    );
    expect(e5.fields?.['rows.1.certNo']).toMatch(/职业技能等级证书\(五级\/初级工\)编号 Z001 已登记给/);
    await must(core, 'training.results.save', {
      classId: id,
      rows: [
        { enrolmentId: ta.id, attendedHours: 96, result: '1', ...cert('Z001') },
        { enrolmentId: tb.id, attendedHours: 70, result: '1', ...cert('Z002') },
        { enrolmentId: tc.id, attendedHours: 100, result: '2', certType: '00' },
      ],
    });
    const early = await refused(core, () =>
      call(core, 'training.classes.act', { id, action: 'close', date: '2026-11-24' }),
    );
    expect(early.fields?.date).toBe('结业日期不能早于培训结束日期 2026-11-25');
    const closed = await must(core, 'training.classes.act', { id, action: 'close', date: '2026-11-26' });
    const byName = new Map(closed.trainees.map((t) => [t.id, t.subsidy]));
    expect(byName.get(ta.id)).toEqual({
      eligible: true,
      reason: null,
      standardFen: 100_000,
      subsidyFen: 100_000,
      livingFen: 0,
    });
    expect(byName.get(tb.id)?.reason).toBe('出勤学时 70 不足课程学时 100 的80%（至少 80 学时）');
    expect(byName.get(tc.id)?.reason).toBe('考核结果不是合格');

    const batch = await must(core, 'training.generateBatch', { month: '2026-11' });
    expect([batch.name, batch.persons, batch.totalFen]).toEqual(['2026年11月职业培训补贴申领花名册', 1, 100_000]);
    expect(batch.items.map((i) => [i.employerName, i.position, i.amountFen])).toEqual([
      ['疏附县鑫达职业培训学校', '家政服务员', 100_000],
    ]);
    await must(core, 'subsidies.review', { id: batch.id, reviewedBy: '县就业局 努尔' });
    const claimed = await must(core, 'training.classes.get', { id });
    expect(claimed.statusLabel).toBe('已申领补贴');
    expect(claimed.trainees.find((t) => t.id === ta.id)?.locked).toBe(true);

    // A write to a reviewed roster's trainee.
    const e6 = await refused(core, () =>
      call(core, 'training.results.save', {
        classId: id,
        rows: [{ enrolmentId: ta.id, attendedHours: 90, result: '1', ...cert('Z001') }],
      }),
    );
    expect(e6.message).toBe(
      '学员' +
        claimed.trainees[0].personName +
        '已列入“2026年11月职业培训补贴申领花名册”（已审核），已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。',
    );
    // The ordinary subsidies channel does not make training rosters.
    const e7 = await refused(core, () => call(core, 'subsidies.generateBatch', { kind: 'training', month: '2026-11' }));
    expect(e7.fields?.kind).toBe('请在职业技能培训中编制');

    // Taking the review back returns the class to 结业.
    await must(core, 'subsidies.unreview', { id: batch.id, reason: '核对证书' });
    expect((await must(core, 'training.classes.get', { id })).statusLabel).toBe('结业');
  });

  it('the same occupation and level is subsidised once; the refusal says why (BR-35)', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const a = await c.registered();
    const first = await c.newClass({ startDate: '2026-11-02', endDate: '2026-11-06', hours: 40 });
    const second = await c.newClass({ startDate: '2026-11-16', endDate: '2026-11-20', hours: 40 });
    // Each class opens on its first day (no 开班 before the start).
    for (const [id, filed, no, opened] of [
      [first, '2026-10-27', 'A1', '2026-11-02'],
      [second, '2026-11-10', 'A2', '2026-11-16'],
    ] as const) {
      await certifiedOne(core, id, a, {
        filed,
        enrol: { enrolDate: '2026-10-26' },
        opened,
        hours: 40,
        cert: { certType: '01', certNo: no, certDate: '2026-11-21' },
      });
    }
    const batch = await must(core, 'training.generateBatch', { month: '2026-11' });
    expect(batch.persons).toBe(1);
    const d2 = await must(core, 'training.classes.get', { id: second });
    expect(d2.trainees[0].subsidy.reason).toBe(
      '同一工种“家政服务员”同一等级（职业技能等级证书(五级/初级工)）已于2026年享受过培训补贴',
    );
    const mine = await must(core, 'training.person', { personId: a });
    expect(mine.items.map((i) => [i.classCode, i.subsidyFen])).toEqual([
      ['PX2026-002', 0],
      ['PX2026-001', 100_000],
    ]);
  });

  it('living allowance for 就业困难人员 and the follow-up list of employment after training (BR-37, BR-38)', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.filedClass();
    const b = await c.recognised();
    const a = await c.registered('19810101');
    await must(core, 'training.enrol', enrolInput(id, b, { category: '02' }));
    const d = await must(core, 'training.enrol', enrolInput(id, a));
    await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    await must(core, 'training.results.save', {
      classId: id,
      rows: d.trainees.map((t, i) => ({
        enrolmentId: t.id,
        attendedHours: 90,
        result: '1' as const,
        certType: '05' as const,
        certNo: `H${i}`,
        certDate: '2026-11-26',
      })),
    });
    const closed = await must(core, 'training.classes.act', { id, action: 'close', date: '2026-11-26' });
    const rec = closed.trainees.find((t) => t.personId === b)!;
    expect([rec.subsidy.subsidyFen, rec.subsidy.livingFen]).toEqual([40_000, 11 * 3_000]);
    expect(closed.totals).toEqual({ eligible: 2, subsidyFen: 80_000, livingFen: 33_000 });

    const f1 = await must(core, 'training.followUps', {});
    expect(f1.items.map((i) => i.personId).sort()).toEqual([a, b].sort());
    const bad = await refused(core, () =>
      call(core, 'training.employment.record', {
        enrolmentId: rec.id,
        employedDate: '2026-11-20',
        employedUnit: '某公司',
        employedStatus: '21',
      }),
    );
    expect(bad.fields?.employedDate).toBe('就业日期应晚于培训结束日期 2026-11-25');
    await must(core, 'training.employment.record', {
      enrolmentId: rec.id,
      employedDate: '2026-11-27',
      employedUnit: '疏附县家政公司',
      employedStatus: '21',
    });
    // A registration cancelled for employment counts by itself.
    const reg = core.ctx.db.prepare('SELECT id FROM registrations WHERE person_id = ?').pluck().get(a) as string;
    await must(core, 'registrations.cancel', { id: reg, cancelDate: '2026-11-27', cancelReason: 'C01' });
    expect((await must(core, 'training.followUps', {})).items).toEqual([]);
  });
});

describe('providers', () => {
  it('designation lists with days left; a designation that no longer covers a class is refused', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    await c.newClass();
    const list = await must(core, 'training.providers.list', { expiringWithinDays: null });
    expect(list.items.map((p) => [p.name, p.kindLabel, p.validUntil, p.daysLeft, p.classes])).toEqual([
      ['疏附县鑫达职业培训学校', '民办职业培训机构', '2027-06-30', 214, 1],
    ]);
    expect((await must(core, 'training.providers.list', { expiringWithinDays: 60 })).items).toEqual([]);
    const e = await refused(core, () =>
      call(core, 'training.providers.designate', {
        employerId: c.providerId,
        kind: '03',
        designatedDate: '2026-01-01',
        validUntil: '2026-11-20',
        occupations: ['家政服务员'],
      }),
    );
    expect(e.fields?.validUntil).toBe(
      '培训班 PX2026-001（2026-11-16 至 2026-11-25）不在新的定点资质期限内，请调整认定日期或有效期',
    );
  });
});
