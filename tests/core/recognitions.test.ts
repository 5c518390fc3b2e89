// 就业困难人员认定 through dispatch on real SQLite files (DOMAIN §3.5, BR-10..BR-15): the workflow of BR-13 step by
// step, exit (BR-14), the live check, and every refusal naming its field with nothing written.
import { describe, expect, it } from 'vitest';
import { call, makeCore, must, refusesEach, snapshot } from './harness';
import { place, tryPlace } from './posts-fixtures';
import { applicationAt, applyInput, recCounty, walk, type Stop } from './recognitions-fixtures';
import { messageOf, refusedBadInput, refusedRule } from './refusals';

/** An applicant of a new county walked to `stop`, and the tables as they are then. */
async function walkedTo(stop: Stop) {
  const w = await applicationAt(stop);
  return { ...w, before: snapshot(w.c.core) };
}

describe('recognitions: the workflow (BR-13)', () => {
  it('walks 待初审 → 公示中 → 待乡镇审核 → 待县级确认 → 已认定 with a step row each; is_difficult follows; audit rows written', async () => {
    const c = await recCounty(makeCore());
    const { personId, registrationId } = await c.applicant();
    const applied = await must(c.core, 'recognitions.apply', applyInput(personId));
    expect(applied).toMatchObject({
      status: '01',
      stage: 'village',
      stageLabel: '待初审',
      registrationId,
      applyDate: '2026-11-05',
      primaryLabel: '大龄失业人员',
      backfilled: false,
    });
    const id = applied.id;
    const v = await must(c.core, 'recognitions.villageReview', {
      id,
      date: '2026-11-06',
      reviewer: '村委会 吐尔逊',
      opinion: '情况属实',
      decision: 'pass',
      noticeStart: '2026-11-26',
      noticeEnd: '2026-11-28',
    });
    expect(v).toMatchObject({
      status: '02',
      stage: 'notice',
      stageLabel: '公示中',
      noticeStart: '2026-11-26',
      noticeEnd: '2026-11-28',
    });
    // On the last notice day the township may not review yet.
    const early = await call(c.core, 'recognitions.townshipReview', {
      id,
      date: '2026-11-28',
      reviewer: '热依拉',
      decision: 'pass',
    });
    expect(early).toMatchObject(refusedRule('date', '公示期至2026-11-28结束，乡镇(街道)审核须在公示期满之后'));

    const c2 = await recCounty(makeCore(undefined, '2026-12-03'));
    const b = await c2.applied('township');
    const rid = b.id;
    expect((await must(c2.core, 'recognitions.get', { id: rid })).stageLabel).toBe('待乡镇审核');
    await must(c2.core, 'recognitions.townshipReview', {
      id: rid,
      date: '2026-11-10',
      reviewer: '乡镇 热依拉',
      opinion: '同意',
      decision: 'pass',
    });
    expect((await must(c2.core, 'recognitions.get', { id: rid })).stageLabel).toBe('待县级确认');
    const done = await must(c2.core, 'recognitions.countyConfirm', {
      id: rid,
      date: '2026-11-12',
      reviewer: '县就业局 努尔',
      opinion: '予以认定',
      decision: 'pass',
    });
    expect(done).toMatchObject({
      status: '03',
      stage: 'recognised',
      statusLabel: '已认定',
      recognitionDate: '2026-11-12',
    });
    expect(done.steps.map((s) => [s.stepLabel, s.date, s.reviewer, s.opinion])).toEqual([
      ['申请', '2026-11-05', null, null],
      ['村(社区)初审', '2026-11-06', '村委会 吐尔逊', '情况属实'],
      ['乡镇(街道)审核', '2026-11-10', '乡镇 热依拉', '同意'],
      ['县级确认', '2026-11-12', '县就业局 努尔', '予以认定'],
    ]);
    expect((await must(c2.core, 'persons.get', { id: b.personId })).isDifficult).toBe(true);
    const audit = await must(c2.core, 'audit.list', { entity: 'recognition', entityId: rid });
    expect(audit.items.map((a) => a.summary)).toEqual(
      expect.arrayContaining([expect.stringContaining('县级确认，认定为就业困难人员（2026-11-12，县就业局 努尔）')]),
    );
    // The reviewer is a typed name: the 操作记录 says which account entered it.
    expect(audit.items.map((a) => a.summary)).toContainEqual(expect.stringMatching(/努尔），由账号“古丽”录入$/));
    const history = await must(c2.core, 'recognitions.listByPerson', { personId: b.personId });
    expect(history.items.map((h) => h.id)).toEqual([rid]);
  });

  it('不予认定 at any review with the reason the applicant is told; the reason is required', async () => {
    const { c, personId, id } = await walkedTo('county');
    const noReason = await call(c.core, 'recognitions.countyConfirm', {
      id,
      date: '2026-11-12',
      reviewer: '努尔',
      decision: 'refuse',
    });
    expect(noReason).toMatchObject(refusedBadInput({ refuseReason: '不予认定须填写理由（将告知申请人）' }));
    const r = await must(c.core, 'recognitions.countyConfirm', {
      id,
      date: '2026-11-12',
      reviewer: '努尔',
      decision: 'refuse',
      refuseReason: '经核实已在外地务工',
    });
    expect(r).toMatchObject({
      status: '04',
      stageLabel: '不予认定',
      refuseDate: '2026-11-12',
      refuseReason: '经核实已在外地务工',
      recognitionDate: null,
    });
    expect(r.steps.at(-1)).toMatchObject({ stepLabel: '不予认定', opinion: '经核实已在外地务工' });
    // A refused application is closed: a new one may be made.
    expect((await call(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-11-20' }))).ok).toBe(true);
  });
});

describe('recognitions: refusals name the field, say the rule in Chinese and write nothing', () => {
  it('a category the records contradict (8 days registered is not 长期失业; 36 is not 大龄)', async () => {
    const c = await recCounty(makeCore());
    const { personId } = await c.applicant('19900315', '2026-11-20');
    const before = snapshot(c.core);
    const r = await call(
      c.core,
      'recognitions.apply',
      applyInput(personId, { applyDate: '2026-11-28', categories: ['K01', 'K05', 'K08'], primaryCategory: 'K05' }),
    );
    expect(r).toMatchObject(
      refusedRule(
        'categories',
        '所选认定类别与人员信息不符：“大龄失业人员”2026-11-28时36周岁，未达到男性55周岁；“长期失业人员”登记失业至2026-11-28为0个月，不满12个月',
      ),
    );
    expect(messageOf(r)).not.toMatch(/BR-|CFG-|K0/);
    expect(snapshot(c.core)).toBe(before);
    // The drawer's live check says the same per category, K08 left to the reviewers.
    const check = await must(c.core, 'recognitions.check', {
      personId,
      applyDate: '2026-11-28',
      categories: ['K01', 'K05', 'K08'],
    });
    expect(check.categories.map((x) => [x.label, x.outcome])).toEqual([
      ['大龄失业人员', 'fail'],
      ['长期失业人员', 'fail'],
      ['失地农民', 'manual'],
    ]);
    expect(check.prerequisites).toEqual([]);
  });

  it('BR-10: no registration; applying before the registration date', async () => {
    const c = await recCounty(makeCore());
    const { personId } = await c.applicant();
    const before = snapshot(c.core);
    expect(await call(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-11-01' }))).toMatchObject(
      refusedRule('registrationId', '申请认定须先办理失业登记：该人员没有有效的失业登记'),
    );
    expect(snapshot(c.core)).toBe(before);
  });

  it('a notice shorter than the setting (CFG-12 3 days, then 5 when the county sets it)', async () => {
    const { c, id, before } = await walkedTo('village');
    // The village review of 2026-11-06, passing, with the notice from 2026-11-07 to `noticeEnd`.
    const reviewWithNoticeTo = (noticeEnd: string) =>
      call(c.core, 'recognitions.villageReview', {
        id,
        date: '2026-11-06',
        reviewer: '吐尔逊',
        decision: 'pass',
        noticeStart: '2026-11-07',
        noticeEnd,
      });
    const short = await reviewWithNoticeTo('2026-11-08');
    expect(short).toMatchObject(refusedRule('noticeEnd', '公示期不少于3天：2026-11-07至2026-11-08只有2天'));
    c.core.ctx.db
      .prepare(
        "INSERT INTO settings (key, effective_from, value, updated_at, updated_by) VALUES ('recognition.noticeDays', '2026-01-01', '5', 'x', 'y')",
      )
      .run();
    const before5 = snapshot(c.core);
    const three = await reviewWithNoticeTo('2026-11-09');
    expect(three).toMatchObject(refusedRule('noticeEnd', '公示期不少于5天：2026-11-07至2026-11-09只有3天'));
    expect(snapshot(c.core)).toBe(before5);
    expect(before5).not.toBe(before);
  });

  it('a step out of order', async () => {
    const { c, id, before } = await walkedTo('village');
    expect(
      await call(c.core, 'recognitions.townshipReview', {
        id,
        date: '2026-11-10',
        reviewer: '热依拉',
        decision: 'pass',
      }),
    ).toMatchObject(
      refusedRule(
        'date',
        '该认定当前为“待初审”，不能进行乡镇(街道)审核：认定须依次经过村(社区)初审、公示、乡镇(街道)审核、县级确认，不能跳过或重复',
      ),
    );
    expect(
      await call(c.core, 'recognitions.countyConfirm', { id, date: '2026-11-12', reviewer: '努尔', decision: 'pass' }),
    ).toMatchObject(refusedRule('date', /^该认定当前为“待初审”，不能进行县级确认/));
    expect(await call(c.core, 'recognitions.exit', { id, exitDate: '2026-11-12', exitReason: 'R01' })).toMatchObject(
      refusedRule('exitDate', '该认定当前为“待初审”，只有认定有效的人员才能办理退出'),
    );
    expect(snapshot(c.core)).toBe(before);
  });

  it('a second active recognition (in progress, recognised, back-filled)', async () => {
    const { c, personId, before } = await walkedTo('notice');
    const msg = '该人员已有正在办理的认定申请，同一人同一时间只能有一条有效认定；如情况有变，请先办结或退出原认定';
    expect(await call(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-11-20' }))).toMatchObject(
      refusedRule('personId', msg),
    );
    expect(
      await call(c.core, 'recognitions.backfill', {
        personId,
        categories: ['K01'],
        primaryCategory: 'K01',
        recognitionDate: '2024-05-01',
      }),
    ).toMatchObject(refusedRule('personId', msg));
    expect(snapshot(c.core)).toBe(before);
  });

  it('an exit before the recognition date; then a valid exit (BR-14) clears is_difficult', async () => {
    const { c, personId, id } = await walkedTo('recognised');
    await refusesEach(c.core, 'recognitions.exit', [
      [
        { id, exitDate: '2026-11-11', exitReason: 'R01' },
        refusedRule('exitDate', '退出日期不能早于认定日期2026-11-12'),
      ],
      [
        { id, exitDate: '2026-11-29', exitReason: 'R01' },
        refusedBadInput({ exitDate: '退出日期不能晚于今天（2026-11-28）' }),
      ],
    ]);
    const out = await must(c.core, 'recognitions.exit', {
      id,
      exitDate: '2026-11-20',
      exitReason: 'R01',
      exitNote: '在喀什市某公司就业',
    });
    expect(out).toMatchObject({
      status: '05',
      stageLabel: '已退出',
      exitDate: '2026-11-20',
      exitReasonLabel: '实现稳定就业(市场渠道)',
    });
    expect((await must(c.core, 'persons.get', { id: personId })).isDifficult).toBe(false);
    expect(await call(c.core, 'recognitions.exit', { id, exitDate: '2026-11-21', exitReason: 'R01' })).toMatchObject(
      refusedRule('exitDate', /^该认定当前为“已退出”/),
    );
  });
});

describe('recognitions and placements (BR-16, BR-14)', () => {
  it('a recognition is the placement basis (认定, not 登记) for a category no record confirms; an exited one no longer is', async () => {
    const c = await recCounty(makeCore());
    const { personId, registrationId } = await c.applicant('19900315', '2026-11-02');
    // A placement from 2026-11-20 as 失地农民 (K08), the category dated `basisDate`.
    const asK08 = (basisDate: string) => ({
      basisCode: 'K08' as const,
      basisDate,
      startDate: '2026-11-20',
      contractEnd: '2027-11-19',
    });
    // Wave 18 (BR-16): without a recognition a new urban placement is refused, whatever the category.
    const refused = await tryPlace(c.core, personId, c.urbanPostId, asK08('2026-11-15'));
    expect(refused).toMatchObject(
      refusedRule(
        'basisCode',
        '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员在 2026-11-15 没有有效的就业困难人员认定',
      ),
    );
    const id = await walk(c.core, personId, 'recognised', { categories: ['K08'] });
    // Before the recognition date the recognition does not count.
    const tooEarly = await tryPlace(c.core, personId, c.urbanPostId, asK08('2026-11-11'));
    expect(tooEarly.ok).toBe(false);
    const placed = await place(c.core, personId, c.urbanPostId, asK08('2026-11-12'));
    expect(placed.placement).toMatchObject({ basisSource: 'recognition', basisCode: 'K08' });
    // On a post: still recognised, and not on the 应退出 list even once the registration is cancelled (BR-14).
    await must(c.core, 'registrations.cancel', { id: registrationId, cancelDate: '2026-11-21', cancelReason: 'C12' });
    expect((await must(c.core, 'recognitions.get', { id })).status).toBe('03');
    expect((await must(c.core, 'recognitionWorklists.counts', {})).shouldExit).toBe(0);
  });
});
