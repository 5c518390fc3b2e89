// Township scope (issue 19), the refusals: a 乡镇经办 of A cannot change anything of a person or place of B (nothing
// written), cannot pick B as a filter, cannot run county-wide operations or export county-only reports, and an import
// row for B is refused by row and column. Their own township's work goes through.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/contract';
import type { PersonImportCheck } from '../../shared/contract/imports';
import type { JobStatus } from '../../shared/contract/system';
import { COUNTY_ONLY_CHANNELS } from '../../shared/contract/permissions';
import { SCOPE_RULES } from '../../electron/core/scope/rules';
import { lastAuditSummary, snapshot } from './harness';
import { base64, workbook, type Cell } from './import-workbooks';
import { REGISTRATION_ROSTER_HEAD } from '../roster-columns';
import { makeId } from './persons-fixtures';
import { registrationInput, successfulContact } from './registrations-fixtures';
import { scopeScene, waitJobAs, workbookText, type ScopedPerson, type ScopeScene } from './township-scope-scene';

const PERSON_REFUSED = '该人员不属于您负责的乡镇（乌帕尔镇），不能修改。';
const PLACE_REFUSED = '该地点不属于您负责的乡镇（乌帕尔镇），不能修改。';
const FILTER_REFUSED = '您只能查看和办理自己负责的乡镇（乌帕尔镇）的数据，不能选择“塔什米里克乡”。';

// One scene per test: the harness closes every core after each test.
let s: ScopeScene;
beforeEach(async () => {
  s = await scopeScene();
}, 30_000);

/** A parse-valid persons.update input (the township check runs before the handler reads expectedUpdatedAt). */
const personUpdate = (p: ScopedPerson, residenceRegionId: string) => ({
  id: p.id,
  expectedUpdatedAt: '2026-11-28T00:00:00.000Z',
  idNumber: p.idNumber,
  name: p.name,
  ethnicity: '05',
  education: '70',
  phone: p.phone,
  residenceRegionId,
  employmentStatus: '10',
});

const asClerk = (channel: Channel, input: unknown) => s.core.invoke(channel, input, s.clerkA);

async function jobAs(session: string, channel: Channel, input: unknown): Promise<JobStatus> {
  const r = await s.core.invoke(channel, input, session);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return waitJobAs(s, session, (r.data as { jobId: string }).jobId);
}

const jobAsClerk = (channel: Channel, input: unknown) => jobAs(s.clerkA, channel, input);

describe('writes for another township are refused, nothing written', () => {
  it('each write naming a person or place of B, and county-wide operations; their own go through', async () => {
    const before = snapshot(s.core);
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
    const cases: [Channel, unknown, string][] = [
      ['persons.update', personUpdate(b.reg, s.c.village3), PERSON_REFUSED],
      ['persons.delete', { id: b.reg.id }, PERSON_REFUSED],
      ['registrations.create', registrationInput(s.c, b.intern.id, { regPlaceId: s.c.town2 }), PERSON_REFUSED],
      [
        'registrations.cancel',
        { id: s.ids.bRegistration, cancelDate: '2026-11-20', cancelReason: 'C01' },
        PERSON_REFUSED,
      ],
      ['contacts.create', successfulContact(s.ids.bRegistration), PERSON_REFUSED],
      ['contacts.delete', { id: s.ids.bContact }, PERSON_REFUSED],
      ['registrations.delete', { id: s.ids.bRegistration, reason: '登记错了人' }, PERSON_REFUSED],
      ['recognitions.delete', { id: s.ids.bRecognition, reason: '申请人录错' }, PERSON_REFUSED],
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
      ['recognitions.exit', { id: s.ids.bRecognition, exitDate: '2026-11-20', exitReason: 'R01' }, PERSON_REFUSED],
      [
        'recognitions.updateHelp',
        { id: s.ids.bRecognition, expectedUpdatedAt: '2026-11-01T00:00:00.000Z', helper: '阿依古丽' },
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
      [
        'persons.create',
        {
          idNumber: makeId('653121', '19880808', '031'),
          name: '新人',
          ethnicity: '01',
          education: '70',
          residenceRegionId: s.c.village3,
          employmentStatus: '10',
        },
        PLACE_REFUSED,
      ],
      ['persons.update', personUpdate(s.a.reg, s.c.village3), PLACE_REFUSED],
      ['employers.create', { name: '乙乡某单位', nature: '7', regionId: s.c.town2 }, PLACE_REFUSED],
    ];
    for (const [channel, input, message] of cases) {
      const r = await asClerk(channel, input);
      expect(r, channel).toEqual({ ok: false, error: { code: 'FORBIDDEN', message } });
    }
    expect(snapshot(s.core)).toBe(before);

    // County-wide operations are not a township clerk's.
    for (const [channel, input] of [
      ['subsidies.generateBatch', { kind: 'si', month: '2026-11' }],
      ['attendance.generate', { month: '2026-11' }],
      ['training.generateBatch', { month: '2026-11' }],
    ] as [Channel, unknown][]) {
      const r = await asClerk(channel, input);
      expect(r, channel).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: '这是全县范围的操作，乡镇经办（乌帕尔镇）不能执行：请由县级经办或审核员办理。',
        },
      });
    }
    expect(snapshot(s.core)).toBe(before);

    // Their own township's persons are theirs to change.
    const a = await s.core.invoke('persons.get', { id: s.a.reg.id });
    const updatedAt = a.ok ? (a.data as { updatedAt: string }).updatedAt : '';
    const r = await asClerk('persons.update', { ...personUpdate(s.a.reg, s.c.village2), expectedUpdatedAt: updatedAt });
    expect(r.ok).toBe(true);
    const created = await asClerk('persons.create', {
      idNumber: makeId('653121', '19880808', '041'),
      name: '甲镇新人',
      ethnicity: '01',
      education: '70',
      residenceRegionId: s.c.village1,
      employmentStatus: '10',
    });
    expect(created.ok).toBe(true);
  });
});

describe('filters, records and reports outside the townships', () => {
  it('a 乡镇 or 村 filter of B is refused, a record of B is 找不到, a county-only report is refused', async () => {
    for (const [channel, input, place] of [
      ['persons.list', { townshipId: s.c.town2 }],
      ['persons.list', { villageId: s.c.village3 }, '库木巴格村'],
      ['contactWorklists.toContact', { month: '2026-11', townshipId: s.c.town2 }],
      ['recognitions.list', { townshipId: s.c.town2 }],
      ['home.overview', { townshipId: s.c.town2 }],
      ['reports.export', { report: 'RPT-01', month: '2026-11', full: false, townshipId: s.c.town2 }],
    ] as [Channel, unknown, string?][]) {
      expect(await asClerk(channel, input), channel).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: FILTER_REFUSED.replace('塔什米里克乡', place ?? '塔什米里克乡') },
      });
    }

    // A record of B is 找不到; the administrator still opens it.
    for (const [channel, input] of [
      ['persons.get', { id: s.b.reg.id }],
      ['registrations.get', { id: s.ids.bRegistration }],
      ['placements.get', { id: s.ids.bPlacement }],
      ['internships.get', { id: s.ids.bInternship }],
      ['recognitions.get', { id: s.ids.bRecognition }],
      ['attendance.ofPerson', { personId: s.b.placed.id }],
    ] as [Channel, unknown][]) {
      expect(await asClerk(channel, input), channel).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '找不到该记录：它不属于您负责的乡镇（乌帕尔镇）。' },
      });
      expect((await s.core.invoke(channel, input)).ok, `admin ${channel}`).toBe(true);
    }

    // A county-only report is refused; a township report is made for theirs.
    const county = await jobAsClerk('reports.export', { report: 'RPT-11', month: '2026-11', full: false });
    expect(county.result).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '该报表按全县汇总上报，乡镇经办（乌帕尔镇）不能导出：请由县级经办或审核员导出。',
      },
    });
    const own = await jobAsClerk('reports.export', { report: 'RPT-01', month: '2026-11', full: false });
    expect(own.result?.ok).toBe(true);
    expect(lastAuditSummary(s.core, { channel: 'reports.export' })).toMatch(
      /^导出 RPT-01 就业困难人员实名制台账 2026-11 乌帕尔镇（隐藏号码，\d+ 行）$/,
    );
  });
});

describe('imports for another township', () => {
  const HEAD: Cell[] = ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态'];
  it('a row living in B, or naming a registered person of B, is refused by row and column', async () => {
    const before = snapshot(s.core);
    const rows: Cell[][] = [
      HEAD,
      ['甲镇导入', makeId('653121', '19900101', '051'), '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
      ['乙乡导入', makeId('653121', '19900101', '061'), '汉族', '塔什米里克乡', '库木巴格村', '失业'],
      [s.b.reg.name, s.b.reg.idNumber, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
      ['随便写', s.b.rec.idNumber, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
    ];
    const st = await jobAsClerk('imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect(st.result?.ok).toBe(true);
    const r = (st.result as { ok: true; data: PersonImportCheck }).data;
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'D', '乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入'],
      [4, 'B', '该人员不属于您负责的乡镇（乌帕尔镇），不能导入'],
      [5, 'B', '该人员不属于您负责的乡镇（乌帕尔镇），不能导入'],
    ]);
    expect(r.newCount).toBe(1);
    // The refusal names no one of B (row 5's typed name does not match and is not corrected from the register).
    expect(JSON.stringify(r)).not.toContain(s.b.rec.name);
    expect(snapshot(s.core)).toBe(before);
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

/** Every cell of a report the session exports (a refused export: the job result's JSON), joined. */
async function exportText(session: string, input: Record<string, unknown>): Promise<string> {
  const st = await jobAs(session, 'reports.export', { full: false, ...input });
  if (!st.result?.ok) return JSON.stringify(st.result);
  return workbookText(s, session, (st.result.data as { fileId: string }).fileId);
}

describe('a locked month’s frozen reports', () => {
  it('RPT-04 and RPT-05 of township A, frozen at the lock, leave out the B resident placed on A’s post for A’s clerk', async () => {
    const admin = s.core.adminSession;
    expect((await s.core.invoke('attendance.generate', { month: '2026-10' }, admin)).ok).toBe(true);
    const locked = await jobAs(admin, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(locked.result?.ok).toBe(true);
    // The lock froze copies of both reports (county and per 乡镇); the exports below write those copies.
    const frozenCount = s.core.ctx.db
      .prepare("SELECT count(*) FROM period_lock_reports WHERE month = '2026-10' AND report IN ('RPT-04', 'RPT-05')")
      .pluck()
      .get() as number;
    expect(frozenCount).toBeGreaterThan(2);
    const bResident = s.b.placed;
    const aResident = s.a.placed;
    for (const report of ['RPT-04', 'RPT-05']) {
      const input = { report, month: '2026-10', townshipId: s.c.town1 };
      const county = await exportText(admin, input);
      // The administrator's frozen copy of A has both (B's person works on A's post), so the test can fail …
      expect([report, county.includes(bResident.name), county.includes(aResident.name)]).toEqual([report, true, true]);
      // … the clerk's has A's resident only, from the same frozen copy.
      const clerk = await exportText(s.clerkA, input);
      expect([report, clerk.includes(bResident.name), clerk.includes(aResident.name)]).toEqual([report, false, true]);
    }
  });
});

describe('an import commit is checked against the committer’s townships again', () => {
  const tokenOf = (st: JobStatus) => {
    if (!st.result?.ok) throw new Error(JSON.stringify(st.result));
    return (st.result.data as { token: string; acceptedCount?: number; newCount?: number }).token;
  };

  it('a persons file checked by the administrator (a row living in B) cannot be committed by A’s clerk', async () => {
    const admin = s.core.adminSession;
    const rows: Cell[][] = [
      ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态'],
      ['乙乡新人', makeId('653121', '19900101', '071'), '汉族', '塔什米里克乡', '库木巴格村', '失业'],
    ];
    const checked = await jobAs(admin, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect((checked.result as { ok: true; data: PersonImportCheck }).data.newCount).toBe(1);
    const before = snapshot(s.core);
    const st = await jobAsClerk('imports.persons.commit', {
      token: tokenOf(checked),
      updateMatched: [],
      skipInvalidRows: false,
    });
    expect(st.result).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message:
          '第 2 行：乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入。未导入任何数据，请重新检查文件。',
      },
    });
    expect(snapshot(s.core)).toBe(before);
  });

  it('a 失业登记 roster checked by the administrator (a new person living in B) cannot be committed by A’s clerk; A’s own row can', async () => {
    const admin = s.core.adminSession;
    const bRow = [
      '乙乡登记',
      makeId('653121', '19910101', '081'),
      '汉族',
      '塔什米里克乡',
      '库木巴格村',
      '2026.11.20',
      '单位失业',
      '有',
      '买买提·艾力',
    ];
    const aRow = [
      '甲镇登记',
      makeId('653121', '19910101', '091'),
      '汉族',
      '乌帕尔镇',
      '阿亚格曼干村',
      '2026.11.20',
      '单位失业',
      '有',
      '买买提·艾力',
    ];
    const file = async (...rows: Cell[][]) => ({
      fileName: 'r.xlsx',
      contentBase64: base64(await workbook([REGISTRATION_ROSTER_HEAD, ...rows])),
    });
    const checked = await jobAs(admin, 'imports.registrations.check', await file(bRow, aRow));
    expect(JSON.stringify((checked.result as { ok: true; data: { errors: unknown } }).data.errors)).toBe('[]');
    expect((checked.result as { ok: true; data: { acceptedCount: number } }).data.acceptedCount).toBe(2);
    const before = snapshot(s.core);
    const st = await jobAsClerk('imports.registrations.commit', { token: tokenOf(checked), skipInvalidRows: false });
    expect(st.result).toMatchObject({
      ok: false,
      error: {
        message:
          '第 2 行（D列 乡镇(街道)）：该人员尚未登记，将按本行新建：乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入。未导入任何数据，请重新检查文件。',
      },
    });
    expect(snapshot(s.core)).toBe(before);
    // The clerk's own check of A's row commits.
    const own = await jobAsClerk('imports.registrations.check', await file(aRow));
    const done = await jobAsClerk('imports.registrations.commit', { token: tokenOf(own), skipInvalidRows: false });
    expect(done.result).toMatchObject({ ok: true, data: { created: 1 } });
  });
});
