import { describe, expect, it } from 'vitest';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { call, callUnchanged, makeCore, must, snapshot } from './harness';
import {
  addPerson,
  place,
  placeInput,
  postCounty,
  ruralPerson,
  urbanPerson,
  ZERO_EMPLOYMENT_HOUSEHOLD,
  type PostCounty,
} from './posts-fixtures';

// Placements (DOMAIN §3.8): BR-17 capacity on every day, VR-13 overlap, BR-16 eligibility with a recorded basis,
// BR-03 working age, BR-22 leaving, and the person's flags (on_post, E09 24) kept in the same transaction.

const personFlags = (core: Awaited<ReturnType<typeof postCounty>>['core'], id: string) =>
  core.ctx.db.prepare('SELECT on_post AS onPost, employment_status AS status FROM persons WHERE id = ?').get(id);

// An internship of the person at the county's employer, 2026-05-01 to 2026-10-31, written straight to the table.
const internshipMayToOctober = (c: PostCounty, personId: string) =>
  c.core.ctx.db
    .prepare(
      `INSERT INTO internships (id, person_id, host_id, position, intern_type, agreement_start, agreement_end, allowance_standard,
      allowance_source, min_wage_fen, host_allowance, insurance_policy, created_at, updated_at, created_by, updated_by)
      VALUES ('i1', ?, ?, '文员', '2', '2026-05-01', '2026-10-31', 190000, 'default', 190000, 95000, 'PA-1', 'x', 'x', 'y', 'y')`,
    )
    .run(personId, c.employerId);

describe('placements: capacity (BR-17) and overlap (VR-13)', () => {
  it('BR-17: a third person on a post for 2 is refused with the post, its count and the day; nothing written', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId);
    await place(c.core, b, c.urbanPostId, { startDate: '2026-11-15' });
    const r = await callUnchanged(
      c.core,
      'placements.create',
      placeInput(d, c.urbanPostId, { startDate: '2026-11-20' }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: '岗位“保洁员”核定 2 人，2026-11-20 起已有 2 人在岗',
        fields: { startDate: '岗位“保洁员”核定 2 人，2026-11-20 起已有 2 人在岗' },
        details: { rule: 'BR-17', overridable: true },
      },
    });
  });

  it('BR-17 on a FUTURE day: free today, but from next month two persons are already booked', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId, { startDate: '2026-10-01' });
    await place(c.core, b, c.urbanPostId, { startDate: '2026-12-01', contractEnd: '2027-11-30' });
    expect(await must(c.core, 'posts.get', { id: c.urbanPostId })).toMatchObject({
      onPost: 1,
      vacancies: 1,
      openSlots: 0,
      upcoming: 1,
    });
    const before = snapshot(c.core);
    const r = await call(c.core, 'placements.create', placeInput(d, c.urbanPostId, { startDate: '2026-11-15' }));
    expect(r).toMatchObject({ ok: false, error: { message: '岗位“保洁员”核定 2 人，2026-12-01 起已有 2 人在岗' } });
    expect(snapshot(c.core)).toBe(before);
    // A placement that ends before the booked one starts fits (back-filled, already left).
    const fits = await place(c.core, d, c.urbanPostId, {
      startDate: '2026-11-02',
      leaveDate: '2026-11-20',
      leaveReason: 'L09',
      contractEnd: '2027-11-01',
    });
    expect(fits.placement.status).toBe('left');
    // The leave day still counts as on post: a start on 2026-11-20 next to a and d is over capacity.
    const e = await urbanPerson(c, '19770101');
    const sameDay = await call(
      c.core,
      'placements.create',
      placeInput(e, c.urbanPostId, { startDate: '2026-11-20', leaveDate: '2026-11-25', leaveReason: 'L09' }),
    );
    expect(sameDay).toMatchObject({
      ok: false,
      error: { message: '岗位“保洁员”核定 2 人，2026-11-20 起已有 2 人在岗' },
    });
  });

  it('VR-15: an over-capacity placement may be saved with a reason; it is stored and audited', async () => {
    const c = await postCounty(makeCore());
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(c.core, a, c.urbanPostId);
    await place(c.core, b, c.urbanPostId);
    const r = await place(c.core, d, c.urbanPostId, { override: { reason: '县人社局批准临时增岗' } });
    expect(r.placement.override).toEqual({ rules: ['BR-17'], reason: '县人社局批准临时增岗', by: '古丽' });
    const audit = await must(c.core, 'audit.list', { entity: 'placement', entityId: r.placement.id });
    expect(audit.items[0].summary).toContain('强制保存（超过核定岗位数），原因：县人社局批准临时增岗');
  });

  it('VR-13: a person already on a post cannot be placed on another overlapping period; nothing written', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800101', '1', { dibao: true, povertyStatus: '1', residenceRegionId: c.village1 });
    await place(c.core, a, c.urbanPostId, { startDate: '2026-06-01' });
    const before = snapshot(c.core);
    const r = await call(
      c.core,
      'placements.create',
      placeInput(a, c.ruralPostId, {
        basisList: 'E24',
        basisCode: '1',
        startDate: '2026-11-01',
        contractEnd: '2027-10-31',
        accidentInsurance: 'PA-1',
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: expect.stringMatching(
          /^该人员 2026-06-01 至 今 已安置在岗位“保洁员”（GY-001），与本次安置时间重叠.*$/,
        ),
      },
    });
    expect(snapshot(c.core)).toBe(before);
  });

  it('VR-13 / BR-28: a placement may not overlap an internship of the person (the internships module’s check)', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    internshipMayToOctober(c, a);
    const r = await callUnchanged(
      c.core,
      'placements.create',
      placeInput(a, c.urbanPostId, { startDate: '2026-10-15' }),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('参加就业见习，与本次安置时间重叠'), details: { rule: 'VR-13' } },
    });
    expect(
      await call(c.core, 'placements.create', placeInput(a, c.urbanPostId, { startDate: '2026-11-01' })),
    ).toMatchObject({ ok: true });
  });

  it('VR-13 / BR-28: a closed (back-filled) placement may not overlap an internship either', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    internshipMayToOctober(c, a);
    const before = snapshot(c.core);
    const closed = placeInput(a, c.urbanPostId, {
      startDate: '2026-03-01',
      leaveDate: '2026-05-10',
      leaveReason: 'L01',
    });
    const r = await call(c.core, 'placements.create', closed);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: expect.stringContaining('参加就业见习，与本次安置时间重叠'),
        details: { rule: 'VR-13' },
      },
    });
    expect(snapshot(c.core)).toBe(before);
    const earlier = placeInput(a, c.urbanPostId, {
      startDate: '2026-03-01',
      leaveDate: '2026-04-30',
      leaveReason: 'L01',
    });
    expect(await call(c.core, 'placements.create', earlier)).toMatchObject({ ok: true });
  });

  it('VR-13: no placement while the person is recorded as 单位就业 (E09 21)', async () => {
    const c = await postCounty(makeCore());
    const a = await addPerson(c, '19800101', '1', {
      dibao: true,
      employmentStatus: '21',
      residenceRegionId: c.village2,
    });
    const r = await call(c.core, 'placements.create', placeInput(a, c.urbanPostId));
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('当前就业状态为“单位就业”') } });
  });
});

describe('placements: eligibility (BR-16, BR-03) with a recorded basis', () => {
  it('BR-16: an urban post needs an E06 category; a recorded category must fit the person record; nothing written', async () => {
    const c = await postCounty(makeCore());
    const plain = await addPerson(c, '19900101', '1', { residenceRegionId: c.village2 });
    const before = snapshot(c.core);
    const e24 = await call(
      c.core,
      'placements.create',
      placeInput(plain, c.urbanPostId, { basisList: 'E24', basisCode: '1' }),
    );
    expect(e24).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: expect.stringContaining('请选择就业困难人员类别作为安置依据') },
    });
    const k03 = await call(c.core, 'placements.create', placeInput(plain, c.urbanPostId, { basisCode: 'K03' }));
    expect(k03).toMatchObject({
      ok: false,
      error: {
        message: '登记的安置类别“低保对象”与人员信息不符：人员信息中未标记低保',
        fields: { basisCode: expect.any(String) },
      },
    });
    const k01 = await call(c.core, 'placements.create', placeInput(plain, c.urbanPostId, { basisCode: 'K01' }));
    expect(k01).toMatchObject({
      ok: false,
      error: { message: '登记的安置类别“大龄失业人员”与人员信息不符：2026-01-10时36周岁，未达到男性55周岁' },
    });
    expect(snapshot(c.core)).toBe(before);
    // Issue 11: K04 零就业家庭成员 no longer rests on the clerk's word: the household members must show it (BR-15).
    const k04 = await call(c.core, 'placements.create', placeInput(plain, c.urbanPostId, { basisCode: 'K04' }));
    expect(k04).toMatchObject({
      ok: false,
      error: { message: '登记的安置类别“零就业家庭成员”与人员信息不符：未录入家庭成员，无法核对零就业家庭' },
    });
    const working = await addPerson(c, '19900101', '1', {
      residenceRegionId: c.village2,
      householdMembers: [{ memberName: '阿依努尔', relation: '配偶', status: '务工', worksAgeAble: true }],
    });
    const k04b = await call(c.core, 'placements.create', placeInput(working, c.urbanPostId, { basisCode: 'K04' }));
    expect(k04b).toMatchObject({
      ok: false,
      error: { message: '登记的安置类别“零就业家庭成员”与人员信息不符：家庭成员阿依努尔（配偶）目前状况为“务工”' },
    });
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

  it('BR-16 rural: rural residents only, basis equal to the person’s E24 status, age cap CFG-14; accident insurance warned', async () => {
    const c = await postCounty(makeCore());
    const townPerson = await addPerson(c, '19850101', '2', { povertyStatus: '1', residenceRegionId: c.village2 });
    const urbanR = await call(
      c.core,
      'placements.create',
      placeInput(townPerson, c.ruralPostId, { basisList: 'E24', basisCode: '1' }),
    );
    expect(urbanR).toMatchObject({
      ok: false,
      error: { message: '该人员城乡属性为城镇，乡村公益性岗位只安置农村居民' },
    });
    const poor = await ruralPerson(c);
    const mismatch = await call(
      c.core,
      'placements.create',
      placeInput(poor, c.ruralPostId, { basisList: 'E24', basisCode: '2' }),
    );
    expect(mismatch).toMatchObject({
      ok: false,
      error: { message: '安置依据“监测对象-脱贫不稳定户”与人员信息不符：人员脱贫/监测状态为“脱贫人口(脱贫享受政策)”' },
    });
    // With the 2025 reform men retire a few months after 60, so the cap bites when a county sets it lower (CFG-14).
    writeSetting(c.core.ctx.db, POST_SETTING_KEYS.ruralMaxAge, 55, '古丽', 'x');
    const old = await addPerson(c, '19680301', '1', { povertyStatus: '1', residenceRegionId: c.village1 });
    const tooOld = await call(
      c.core,
      'placements.create',
      placeInput(old, c.ruralPostId, { basisList: 'E24', basisCode: '1' }),
    );
    expect(tooOld).toMatchObject({
      ok: false,
      error: { message: '乡村公益性岗位新上岗人员年龄不超过55周岁，该人员上岗时58周岁' },
    });
    const term = await call(
      c.core,
      'placements.create',
      placeInput(poor, c.ruralPostId, { basisList: 'E24', basisCode: '1', contractEnd: '2027-11-01' }),
    );
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
    const r1 = await call(c.core, 'placements.create', placeInput(young, c.urbanPostId, { basisCode: 'K04' }));
    expect(r1).toMatchObject({
      ok: false,
      error: { message: '上岗日期当天该人员15周岁，未满16周岁，不能安置到公益性岗位' },
    });
    const retired = await addPerson(c, '19640105', '1', { dibao: true, residenceRegionId: c.village2 });
    const r2 = await call(c.core, 'placements.create', placeInput(retired, c.urbanPostId));
    expect(r2).toMatchObject({
      ok: false,
      error: { message: '该人员已于2024-01-05达到法定退休年龄，不能安置到公益性岗位' },
    });
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

describe('placements: leaving (BR-22) and the person flags', () => {
  it('on_post and E09 24 while placed; leaving sets the status by reason; the vacancy report is due in 5 days', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '10' });
    await must(c.core, 'registrations.create', {
      personId: a,
      regDate: '2026-03-02',
      regPlaceId: c.village2,
      reason: '02',
      jobWish: '1',
      responsibleStaff: '古丽',
    });
    const created = await place(c.core, a, c.urbanPostId, { startDate: '2026-10-01' });
    expect(created.warnings.registration).toBe(
      '该人员有有效的失业登记（2026-03-02 登记），上岗后请按规定办理注销失业登记',
    );
    const placement = created.placement;
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    expect((await must(c.core, 'persons.get', { id: a })).onPost).toBe(true);

    const early = await callUnchanged(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-09-30',
      leaveReason: 'L09',
    });
    expect(early).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: '离岗日期不能早于上岗日期 2026-10-01',
        fields: { leaveDate: '离岗日期不能早于上岗日期 2026-10-01' },
      },
    });

    const left = await must(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-11-20',
      leaveReason: 'L01',
    });
    expect(left).toMatchObject({
      status: 'left',
      leaveDate: '2026-11-20',
      vacancyReportDueDate: '2026-11-25',
      vacancyReportLate: true,
    });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '21' });
    const late = await must(c.core, 'placements.reportVacancy', { id: placement.id, reportDate: '2026-11-27' });
    expect(late).toMatchObject({ vacancyReportDate: '2026-11-27', vacancyReportLate: true });
    const audit = await must(c.core, 'audit.list', { entity: 'placement', entityId: placement.id });
    expect(audit.items.map((i) => i.summary)).toEqual([
      expect.stringMatching(
        /^岗位 GY-001“保洁员”空岗报告：2026-11-27（.+ 2026-11-20 离岗，逾期（应于 2026-11-25 前））$/,
      ),
      expect.stringContaining(
        '于 2026-11-20 离开岗位 GY-001“保洁员”（通过其他渠道实现就业）；空岗报告应于 2026-11-25 前报送',
      ),
      expect.stringContaining('到岗位 GY-001“保洁员”，2026-10-01 上岗，依据：低保对象（登记，2026-01-10）'),
    ]);
  });

  it('a leave date in the future is refused (VR-06); deleting and restoring a placement re-syncs the flags', async () => {
    const c = await postCounty(makeCore());
    const a = await urbanPerson(c);
    const { placement } = await place(c.core, a, c.urbanPostId);
    const future = await call(c.core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-12-01',
      leaveReason: 'L09',
    });
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { leaveDate: '离岗日期不能晚于今天（2026-11-28）' } },
    });
    await must(c.core, 'placements.delete', { id: placement.id, reason: '录错人员' });
    expect(personFlags(c.core, a)).toEqual({ onPost: 0, status: '10' });
    expect((await must(c.core, 'placements.listByPost', { postId: c.urbanPostId })).items).toHaveLength(0);
    expect(
      (await must(c.core, 'placements.listByPost', { postId: c.urbanPostId, includeDeleted: true })).items[0]
        .deleteReason,
    ).toBe('录错人员');
    await must(c.core, 'placements.restore', { id: placement.id });
    expect(personFlags(c.core, a)).toEqual({ onPost: 1, status: '24' });
    expect((await must(c.core, 'placements.listByPerson', { personId: a })).items.map((p) => p.id)).toEqual([
      placement.id,
    ]);
  });

  it('suggestForPost lists free, eligible persons of the post’s 乡镇, nearest retirement first', async () => {
    const c = await postCounty(makeCore());
    const near = await addPerson(c, '19680101', '1', { dibao: true, residenceRegionId: c.village2 });
    const young = await urbanPerson(c, '19950101');
    const placed = await urbanPerson(c, '19900101');
    await addPerson(c, '19900202', '1', { residenceRegionId: c.village2 }); // no category on record
    await addPerson(c, '19700101', '1', { dibao: true, residenceRegionId: c.village3 }); // other 乡镇
    await place(c.core, placed, c.urbanPostId);
    const r = await must(c.core, 'placements.suggestForPost', { postId: c.urbanPostId });
    expect(r.items.map((i) => i.personId)).toEqual([near, young]);
    expect(r.items[0]).toMatchObject({
      basisList: 'E06',
      basisCode: 'K03',
      priority: 2,
      reasons: ['距法定退休不足5年', '低保', '大龄'],
    });
  });
});
