import { describe, expect, it } from 'vitest';
import { rpt01Rows } from '../../electron/core/modules/reports/rpt01-query';
import { call, makeCore, must, snapshot } from './harness';
import { successfulContact } from './registrations-fixtures';
import { certifiedOne, enrolInput, trainingCounty } from './training-fixtures';

// BR-39: a 职业培训推荐 contact may name a class; an enrolment dated within a registration shows in its contact
// history; RPT-01's 享受政策 shows 培训 once the person's training is on a reviewed 培训补贴 roster.
describe('training links', () => {
  it('a contact names a class only with 职业培训推荐, and the class must exist', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const classId = await c.newClass();
    const { registrationId } = await c.applicant('19800315');
    const before = snapshot(core);
    const bad = await call(
      core,
      'contacts.create',
      successfulContact(registrationId, { services: ['SV2'], trainingClassId: classId }),
    );
    expect(bad.ok ? null : bad.error.fields?.trainingClassId).toBe('只有提供职业培训推荐时才能填写推荐的培训班');
    const missing = await call(
      core,
      'contacts.create',
      successfulContact(registrationId, { services: ['SV5'], trainingClassId: 'nope' }),
    );
    expect(missing.ok ? null : missing.error.fields?.trainingClassId).toBe('找不到推荐的培训班');
    expect(snapshot(core)).toBe(before);
    const ok = await must(
      core,
      'contacts.create',
      successfulContact(registrationId, { services: ['SV5'], trainingClassId: classId }),
    );
    expect(ok.contact.trainingClassId).toBe(classId);
  });

  it('the contact history lists the enrolments dated within the registration, read without writing', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const { personId, registrationId } = await c.applicant('19800315'); // registered 2026-11-02
    const within = await c.filedClass(); // 2026-11-16 … 2026-11-25
    const later = await c.newClass({ startDate: '2026-12-07', endDate: '2026-12-16' });
    await must(core, 'training.enrol', enrolInput(within, personId));
    const declared = { category: '04' as const, categoryNote: '返乡务工' };
    await must(core, 'training.enrol', enrolInput(later, personId, { ...declared, enrolDate: '2026-10-20' }));
    // The registration ends on 2026-11-14: an enrolment after it is not part of its history either.
    await must(core, 'registrations.cancel', { id: registrationId, cancelDate: '2026-11-14', cancelReason: 'C01' });
    const after = await c.newClass({ startDate: '2026-12-21', endDate: '2026-12-30' });
    await must(core, 'training.enrol', enrolInput(after, personId, { ...declared, enrolDate: '2026-11-20' }));
    const before = snapshot(core);
    const { items } = await must(core, 'contacts.enrolmentsByRegistration', { registrationId });
    expect(snapshot(core)).toBe(before);
    expect(items).toEqual([
      {
        enrolmentId: expect.any(String),
        classId: within,
        classCode: expect.any(String),
        occupation: '家政服务员',
        enrolDate: '2026-11-12',
        classStatus: '02',
        result: null,
      },
    ]);
    const missing = await call(core, 'contacts.enrolmentsByRegistration', { registrationId: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('RPT-01 享受政策 lists 培训 for a subsidised trainee', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    const id = await c.newClass({ targetCertificate: '05' });
    const b = await c.recognised();
    await certifiedOne(core, id, b, {
      filed: '2026-11-10',
      enrol: { category: '02' },
      opened: '2026-11-16',
      hours: 100,
      cert: { certType: '05', certNo: 'P1', certDate: '2026-11-26' },
    });
    const policies = () => [...rpt01Rows(core.ctx.db, {}, '2026-11-30')].map((r) => r.policies);
    const batch = await must(core, 'training.generateBatch', { month: '2026-11' });
    expect(policies()).toEqual([null]);
    await must(core, 'subsidies.review', { id: batch.id, reviewedBy: '努尔' });
    expect(policies()).toEqual(['培训']);
  });
});
