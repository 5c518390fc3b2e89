import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { enrolInput, filedClassOfTwo } from './training-fixtures';

// training.results.save audits what changed per trainee: one row per enrolment whose results changed (entity
// 培训学员, its id), naming each change before → after, so that the person's 操作记录 shows it; a save that changes
// nothing is one row for the class.

describe('the results grid audit', () => {
  it('writes one row per changed trainee, naming the change, and shows in the person history', async () => {
    const core = makeCore();
    const { id, a, b } = await filedClassOfTwo(core);
    await must(core, 'training.enrol', enrolInput(id, a));
    await must(core, 'training.enrol', enrolInput(id, b));
    const opened = await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    const [ta, tb] = opened.trainees;
    const cert = { certType: '01' as const, certNo: 'Z001', certDate: '2026-11-26' };
    const entries = async () =>
      (await must(core, 'audit.search', { channel: 'training.results.save' })).items.map((i) => [
        i.entity,
        i.entityId,
        i.summary,
      ]);

    await must(core, 'training.results.save', {
      classId: id,
      rows: [
        { enrolmentId: ta.id, attendedHours: 96, result: '1', ...cert },
        { enrolmentId: tb.id, attendedHours: 80 },
      ],
    });
    const first = await entries();
    expect(first).toHaveLength(2);
    expect(first).toContainEqual([
      'trainingEnrolment',
      ta.id,
      `培训班 ${opened.code} 学员${ta.personName}考核结果：出勤学时 （空） → 96，考核结果 （空） → 合格，` +
        '证书类型 （空） → 职业技能等级证书(五级/初级工)，证书编号 （空） → Z001，发证日期 （空） → 2026-11-26',
    ]);
    expect(first).toContainEqual([
      'trainingEnrolment',
      tb.id,
      `培训班 ${opened.code} 学员${tb.personName}考核结果：出勤学时 （空） → 80`,
    ]);

    // Saving the grid again with one trainee changed: one more row, for that trainee only.
    await must(core, 'training.results.save', {
      classId: id,
      rows: [
        { enrolmentId: ta.id, attendedHours: 96, result: '1', ...cert },
        { enrolmentId: tb.id, attendedHours: 90, result: '2' },
      ],
    });
    const second = await entries();
    expect(second).toHaveLength(3);
    expect(second[0]).toEqual([
      'trainingEnrolment',
      tb.id,
      `培训班 ${opened.code} 学员${tb.personName}考核结果：出勤学时 80 → 90，考核结果 （空） → 不合格`,
    ]);

    // The person's 操作记录 lists their own result changes and no one else's.
    const history = await must(core, 'audit.search', { personId: b, channel: 'training.results.save' });
    expect(history.items.map((i) => i.entityId)).toEqual([tb.id, tb.id]);

    // Nothing changed: one row for the class.
    await must(core, 'training.results.save', {
      classId: id,
      rows: [{ enrolmentId: tb.id, attendedHours: 90, result: '2' }],
    });
    const third = await entries();
    expect(third).toHaveLength(4);
    expect(third[0]).toEqual(['trainingEnrolment', id, `培训班 ${opened.code} 录入考核结果 1 人：无改动`]);
  });
});
