// Township scope (issue 19), employment and subsidies: a 乡镇经办 of A cannot change a placement, attendance month,
// internship, 见习补贴 month, training enrolment or 灵活就业 subsidy of a person of B (nothing written), nor run the
// county-wide operations; the screens hide exactly the buttons of those operations.
import { describe, expect, it } from 'vitest';
import { COUNTY_ONLY_CHANNELS } from '../../shared/contract/permissions';
import { SCOPE_RULES } from '../../electron/core/scope/rules';
import { COUNTY_REFUSED, expectClerkRefusals, PERSON_REFUSED } from './township-scope-clerk';
import { scenePerTest } from './township-scope-scene';

const scene = scenePerTest();

describe('writes of placements, internships, training and subsidies for another township are refused', () => {
  it('each write naming a person of B, and county-wide operations, nothing written', async () => {
    const s = scene();
    const b = s.b;
    const attendanceB = s.core.ctx.db
      .prepare(
        'SELECT a.id FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id WHERE pl.person_id = ?',
      )
      .pluck()
      .get(b.placed.id) as string;
    const allowanceB = s.core.ctx.db
      .prepare('SELECT id FROM internship_allowances WHERE internship_id = ?')
      .pluck()
      .get(s.ids.bInternship) as string;
    await expectClerkRefusals(s, [
      ['placements.leave', { id: s.ids.bPlacement, leaveDate: '2026-11-20', leaveReason: 'L09' }, PERSON_REFUSED],
      [
        'placements.assess',
        { placementId: s.ids.bPlacement, year: 2026, result: 'pass', assessedOn: '2026-11-20' },
        PERSON_REFUSED,
      ],
      [
        'placements.renew',
        { id: s.ids.bPlacement, expectedUpdatedAt: '2026-11-01T00:00:00.000Z', contractEnd: '2028-12-31' },
        PERSON_REFUSED,
      ],
      ['internships.end', { id: s.ids.bInternship, endDate: '2026-11-20', endType: '4' }, PERSON_REFUSED],
      ['internships.delete', { id: s.ids.bInternship }, PERSON_REFUSED],
      ['internships.restore', { id: s.ids.bInternship }, PERSON_REFUSED],
      [
        'internships.update',
        {
          id: s.ids.bInternship,
          expectedUpdatedAt: '2026-11-01T00:00:00.000Z',
          hostId: s.c.employerId,
          position: '文秘',
          internType: '2',
          agreementStart: '2026-09-01',
          agreementEnd: '2027-02-28',
          hostAllowanceFen: 95_000,
          insurancePolicy: 'PICC-1',
        },
        PERSON_REFUSED,
      ],
      [
        'training.enrol',
        { classId: s.ids.classId, personId: b.rec.id, category: '02', enrolDate: '2026-11-12' },
        PERSON_REFUSED,
      ],
      ['training.unenrol', { enrolmentId: s.ids.bEnrolment }, PERSON_REFUSED],
      [
        'flexibleSubsidies.create',
        {
          personId: b.reg.id,
          startMonth: '2026-01',
          endMonth: '2026-12',
          target: '9',
          insurance: 'P',
          handler: '甲镇经办',
        },
        PERSON_REFUSED,
      ],
      [
        'attendance.save',
        {
          month: '2026-11',
          employerId: s.c.employerId,
          rows: [
            {
              id: attendanceB,
              requiredDays: 10,
              attendedDays: 10,
              deductionFen: 0,
              siPensionFen: 0,
              siMedicalFen: 0,
              siUnemploymentFen: 0,
              siInjuryFen: 0,
            },
          ],
        },
        PERSON_REFUSED,
      ],
      [
        'allowances.save',
        {
          id: allowanceB,
          expectedUpdatedAt: '2026-11-30T00:00:00.000Z',
          deductionFen: 100,
          deductionReason: '旷岗',
          hostAllowanceVerified: true,
        },
        PERSON_REFUSED,
      ],
      // County-wide operations are not a township clerk's.
      ['subsidies.generateBatch', { kind: 'si', month: '2026-11' }, COUNTY_REFUSED],
      ['attendance.generate', { month: '2026-11' }, COUNTY_REFUSED],
      ['training.generateBatch', { month: '2026-11' }, COUNTY_REFUSED],
    ]);
  });
});

describe('the screens and the core agree on county-wide operations', () => {
  it('COUNTY_ONLY_CHANNELS (the buttons a 乡镇经办 does not see) are exactly the channels the scope refuses as county-wide', () => {
    const county = Object.entries(SCOPE_RULES)
      .filter(([, rule]) => rule === 'county')
      .map(([c]) => c)
      .sort();
    expect([...COUNTY_ONLY_CHANNELS].sort()).toEqual(county);
    expect(county.length).toBeGreaterThan(5);
  });
});
