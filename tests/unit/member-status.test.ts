import { describe, expect, it } from 'vitest';
import {
  MEMBER_STATUS_CHOICES,
  otherMemberNote,
  otherMemberStatus,
  readMemberStatus,
} from '../../shared/domain/member-status';
import { checkZeroEmploymentHousehold } from '../../shared/domain/zero-employment-household';
import { checkCategory } from '../../shared/domain/category-checks';

// BR-15 reads a household member's 目前状况 (DOMAIN §3.2: E09 or text) as employed, not employed, or unknown; an
// unknown status is never taken for unemployed.

describe('a household member’s 目前状况', () => {
  it.each([
    // E09 codes and labels, and the form's choices.
    ['10', 'not-employed'],
    ['21', 'employed'],
    ['24', 'employed'],
    ['99', 'unknown'],
    ['失业(未就业)', 'not-employed'],
    ['单位就业', 'employed'],
    ['灵活就业', 'employed'],
    ['自主创业(个体/企业)', 'employed'],
    ['就业见习中(不视为就业)', 'not-employed'],
    ['退休/领取养老金', 'not-employed'],
    ['丧失劳动能力', 'not-employed'],
    ['在校学生', 'not-employed'],
    ['学龄前儿童', 'not-employed'],
    ['退休', 'not-employed'],
    ['其他', 'unknown'],
    ['其他：照顾老人', 'unknown'],
    // Free text of old rows: known words, negations, and what the rule cannot read.
    ['务工', 'employed'],
    ['在外打工', 'employed'],
    ['教师', 'employed'],
    ['公务员', 'employed'],
    ['司机', 'employed'],
    ['在职', 'employed'],
    ['打零工', 'employed'],
    ['个体经营', 'employed'],
    ['失业', 'not-employed'],
    ['待业', 'not-employed'],
    ['未就业', 'not-employed'],
    ['无工作', 'not-employed'],
    ['没有工作', 'not-employed'],
    ['学生', 'not-employed'],
    ['上学', 'not-employed'],
    ['料理家务', 'not-employed'],
    ['服兵役', 'not-employed'],
    ['务农', 'unknown'],
    ['放牧', 'unknown'],
    ['在家', 'unknown'],
    ['不详', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (status, reading) => expect(readMemberStatus(status)).toBe(reading));

  it('offers the E09 labels with 其他 last, and the three statuses outside the labour force', () => {
    expect(MEMBER_STATUS_CHOICES).toEqual([
      '失业(未就业)',
      '单位就业',
      '灵活就业',
      '自主创业(个体/企业)',
      '公益性岗位安置',
      '就业见习中(不视为就业)',
      '入学',
      '服兵役',
      '退休/领取养老金',
      '丧失劳动能力',
      '迁出',
      '失联',
      '在校学生',
      '学龄前儿童',
      '退休',
      '其他',
    ]);
  });

  it('stores 其他 with its description and reads it back', () => {
    expect(otherMemberStatus('照顾老人')).toBe('其他：照顾老人');
    expect(otherMemberStatus(' ')).toBe('其他');
    expect(otherMemberNote('其他：照顾老人')).toBe('照顾老人');
    expect(otherMemberNote('其他')).toBe('');
    expect(otherMemberNote('其他(注明)：照顾老人')).toBe('照顾老人');
    expect(otherMemberNote('务农')).toBeNull();
    expect(otherMemberNote('其他人')).toBeNull();
  });
});

describe('K04 with a member status the rule cannot read', () => {
  const spouse = { name: '阿依努尔', relation: '配偶', status: '教师', worksAgeAble: true };
  const unread = { ...spouse, status: '务农' };
  const why = '家庭成员阿依努尔（配偶）目前状况为“务农”，无法核对是否就业，须经认定';

  it('is not taken for unemployed: the household check is left to the review', () => {
    expect(checkZeroEmploymentHousehold('10', [spouse])).toEqual({
      ok: false,
      why: '家庭成员阿依努尔（配偶）目前状况为“教师”',
    });
    expect(checkZeroEmploymentHousehold('10', [unread])).toEqual({ ok: false, manual: true, why });
    // A member unable to work is not read at all.
    expect(checkZeroEmploymentHousehold('10', [{ ...unread, worksAgeAble: false }]).ok).toBe(true);
    // The application's declared income still fails first, naming its field.
    expect(checkZeroEmploymentHousehold('10', [unread], true)).toMatchObject({
      ok: false,
      field: 'householdBusinessIncome',
    });
  });

  it('is a manual category on a recognition (reviewed on the materials)', () => {
    const facts = {
      sex: '1' as const,
      birthDate: '1980-01-01',
      education: null,
      disabilityType: null,
      disabilityCertNo: null,
      dibao: false,
      povertyStatus: '0',
      registrations: [],
      employment: { events: [], placements: [], current: '10' },
      referrals: [],
      household: [unread],
      rural: false,
    };
    const rules = {} as Parameters<typeof checkCategory>[3];
    expect(checkCategory('K04', facts as never, '2026-11-01', rules, { householdBusinessIncome: false })).toEqual({
      code: 'K04',
      label: '零就业家庭成员',
      outcome: 'manual',
      why,
    });
  });
});
