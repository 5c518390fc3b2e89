import { describe, expect, it } from 'vitest';
import {
  isHigher,
  shouldAutoRaise,
  suggestServiceLevel,
  type ServiceLevelFacts,
} from '../../shared/domain/service-level';
import {
  CANCEL_STATUS,
  EMPLOYED_CANCEL_REASON,
  employedWhileRegistered,
  statusAfterCancel,
} from '../../shared/domain/registration-cancel';
import {
  CANCEL_REASON_CODES,
  CONTACT_METHODS,
  CONTACT_RESULTS,
  JOB_WISHES,
  SERVICE_ITEMS,
  SERVICE_LEVELS,
  UNEMPLOYMENT_REASONS,
  type CancelReasonCode,
} from '../../shared/enums/registration-codes';
import { EMPLOYMENT_STATUS_CODES } from '../../shared/enums';

const base: ServiceLevelFacts = {
  isDifficult: false,
  povertyStatus: '0',
  regDate: '2026-05-10',
  onDate: '2026-05-10',
  jobWish: '1',
  needs: [],
};

describe('BR-09 service level (CFG-24)', () => {
  it.each([
    ['plain', {}, 'C', ['无重点帮扶或关注服务情形']],
    ['recognised 就业困难人员', { isDifficult: true }, 'A', ['已认定就业困难人员']],
    ['零就业家庭成员', { zeroEmploymentHousehold: true }, 'A', ['零就业家庭成员']],
    ['6 completed months registered', { onDate: '2026-11-10' }, 'A', ['失业登记已满6个月']],
    ['5 completed months registered', { onDate: '2026-11-09' }, 'C', ['无重点帮扶或关注服务情形']],
    ['监测对象 (E24 3)', { povertyStatus: '3' }, 'A', ['脱贫人口或防止返贫监测对象']],
    ['poverty status not recorded', { povertyStatus: null }, 'C', ['无重点帮扶或关注服务情形']],
    ['wishes to work, asked for 职业指导', { needs: ['SV2'] }, 'B', ['有就业意愿且需要职业培训或职业指导']],
    ['wishes to work, asked for 培训推荐', { needs: ['SV5', 'SV1'] }, 'B', ['有就业意愿且需要职业培训或职业指导']],
    ['no wish to work, asked for training', { jobWish: '3', needs: ['SV5'] }, 'C', ['无重点帮扶或关注服务情形']],
    [
      'several A reasons',
      { isDifficult: true, povertyStatus: '1', onDate: '2027-05-10' },
      'A',
      ['已认定就业困难人员', '失业登记已满6个月', '脱贫人口或防止返贫监测对象'],
    ],
  ] as const)('%s → %s', (_what, over, level, reasons) => {
    expect(suggestServiceLevel({ ...base, ...over })).toEqual({ level, reasons });
  });

  it('thresholds are settings (CFG-24 longTermMonths)', () => {
    expect(suggestServiceLevel({ ...base, onDate: '2026-08-10' }, { longTermMonths: 3 })).toEqual({
      level: 'A',
      reasons: ['失业登记已满3个月'],
    });
  });

  it.each([
    ['C', 'A', null, true],
    ['B', 'A', null, true],
    ['A', 'A', null, false],
    ['B', 'C', null, false],
    ['A', 'B', null, false],
    // after a clerk lowered A → C while the rule said A, the rule raises only for a higher suggestion than A (none)
    ['C', 'A', 'A', false],
    // after a clerk lowered B → C while the rule said B, a new A reason raises
    ['C', 'A', 'B', true],
    ['C', 'B', 'B', false],
  ] as const)(
    'policy: current %s, suggested %s, last manual decision made against %s → raise %s',
    (current, suggested, manual, raise) => {
      expect(shouldAutoRaise(current, suggested, manual ? { suggestedLevel: manual } : null)).toBe(raise);
    },
  );

  it('orders A > B > C', () => {
    expect([isHigher('A', 'B'), isHigher('B', 'C'), isHigher('C', 'A'), isHigher('B', 'B')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('BR-08 cancellation → employment status, and the code lists E10–E16', () => {
  it('maps every E11 reason to an E09 status', () => {
    expect(Object.keys(CANCEL_STATUS).sort()).toEqual([...CANCEL_REASON_CODES].sort());
    for (const status of Object.values(CANCEL_STATUS)) expect(EMPLOYMENT_STATUS_CODES).toContain(status);
    const cases: [CancelReasonCode, string, string][] = [
      ['C01', '10', '21'],
      ['C04', '10', '50'],
      ['C06', '10', '30'],
      ['C07', '10', '40'],
      ['C11', '10', '80'],
      ['C13', '10', '99'],
      ['C12', '23', '23'],
      ['C12', '10', '21'],
      ['C12', '50', '21'],
    ];
    for (const [reason, before, after] of cases)
      expect([reason, before, statusAfterCancel(reason, before)]).toEqual([reason, before, after]);
  });

  it('VR-13: an employed status names the reason that gives it back; only 21 and 23 warn on an open registration', () => {
    for (const [status, reason] of Object.entries(EMPLOYED_CANCEL_REASON))
      expect([reason, CANCEL_STATUS[reason]]).toEqual([reason, status]);
    const warned = EMPLOYMENT_STATUS_CODES.map((s) => [s, employedWhileRegistered(s)]).filter(([, r]) => r !== null);
    expect(warned).toEqual([
      ['21', 'C01'],
      ['23', 'C02'],
    ]);
  });

  it('E10–E16 have DOMAIN’s codes', () => {
    const codes = (l: readonly { code: string }[]) => l.map((i) => i.code);
    expect(codes(UNEMPLOYMENT_REASONS)).toEqual(['01', '02', '03', '04', '05', '06', '99']);
    expect(CANCEL_REASON_CODES).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
      'C08',
      'C09',
      'C10',
      'C11',
      'C12',
      'C13',
      'C99',
    ]);
    expect(codes(CONTACT_METHODS)).toEqual(['1', '2', '3', '4', '5', '9']);
    expect(CONTACT_RESULTS.map((r) => r.label)).toEqual([
      '联系成功',
      '无人接听/关机/空号',
      '拒绝沟通',
      '本人外出由家属代答',
    ]);
    expect(SERVICE_ITEMS.map((s) => s.short).slice(0, 5)).toEqual([
      '职业介绍',
      '职业指导',
      '创业服务',
      '政策推介',
      '培训推荐',
    ]);
    expect(codes(SERVICE_ITEMS)).toEqual(['SV1', 'SV2', 'SV3', 'SV4', 'SV5', 'SV6', 'SV7', 'SV8', 'SV9']);
    expect(codes(JOB_WISHES)).toEqual(['1', '2', '3']);
    expect(SERVICE_LEVELS.map((l) => `${l.code}${l.label}${l.colour}`)).toEqual([
      'A重点帮扶红',
      'B关注服务黄',
      'C常规服务绿',
    ]);
  });
});
