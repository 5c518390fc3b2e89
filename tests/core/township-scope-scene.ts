// The county of the township-scope tests (issue 19): townships A (乌帕尔镇, town1) and B (塔什米里克乡, town2), each
// with persons who have everything a person can have — registration, contact, recognition (one recognised, one
// waiting), placement with attendance and a subsidy batch, internship, training enrolment — and a 乡镇经办 of A.
// B's persons carry names, ID numbers and phones that appear nowhere else, so a leak is a plain text match.
import ExcelJS from 'exceljs';
import { beforeEach } from 'vitest';
import type { JobStatus } from '../../shared/contract/system';
import { makeCore, must, signedInAs, waitJob } from './harness';
import { makeId } from './persons-fixtures';
import { addEmployer, place } from './posts-fixtures';
import { gradInput, internshipBase } from './internships-fixtures';
import { walk } from './recognitions-fixtures';
import { CALENDAR_2026, COUNTY_WAGES } from './subsidies-fixtures';
import { enrolInput, trainingCounty, type TrainingCounty } from './training-fixtures';
import { successfulContact } from './registrations-fixtures';
import { writeSetting } from '../../electron/core/modules/settings/queries';

/** A 失业登记 roster row (tests/roster-columns.ts REGISTRATION_ROSTER_HEAD) of a new person living in A. */
export const A_REGISTRATION_ROW = [
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

export interface ScopedPerson {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
}

export interface ScopeScene {
  core: ReturnType<typeof makeCore>;
  c: TrainingCounty;
  /** Session of the 乡镇经办 of A. */
  clerkA: string;
  a: Record<'reg' | 'rec' | 'placed' | 'intern' | 'waiting', ScopedPerson>;
  b: Record<'reg' | 'rec' | 'placed' | 'intern' | 'waiting', ScopedPerson>;
  ids: {
    aRegistration: string;
    bRegistration: string;
    bContact: string;
    bRecognition: string;
    bPlacement: string;
    bInternship: string;
    bEnrolment: string;
    aPlacement: string;
    classId: string;
    hostId: string;
    batchId: string;
  };
}

type Side = 'a' | 'b';
const NAMES: Record<Side, string[]> = {
  a: ['甲镇艾力', '甲镇古丽', '甲镇买买提', '甲镇热依拉', '甲镇努尔'],
  b: ['乙乡吐尔逊', '乙乡帕提古丽', '乙乡玉苏普', '乙乡米娜', '乙乡阿迪力'],
};

export async function scopeScene(core = makeCore()): Promise<ScopeScene> {
  const c = await trainingCounty(core);
  writeSetting(core.ctx.db, 'calendar.workingDays', CALENDAR_2026, '古丽', '2026-01-01T00:00:00.000Z');
  writeSetting(core.ctx.db, 'wages.minimum', COUNTY_WAGES, '古丽', '2026-01-01T00:00:00.000Z', '2026-01-01');
  const hostId = await addEmployer(c, '疏附县见习基地', '4', c.town1, internshipBase('2025-01-01', '2028-12-31'));
  const classId = await c.filedClass();

  let seq = 0;
  const person = async (side: Side, i: number, birth: string, over: Record<string, unknown> = {}) => {
    seq += 1;
    const idNumber = makeId('653121', birth, `${String(50 + seq).padStart(2, '0')}${(seq % 5) * 2 + 1}`);
    const phone = `13${side === 'a' ? '7' : '9'}0000${String(1000 + seq)}`;
    const name = NAMES[side][i];
    const residenceRegionId = side === 'a' ? c.village2 : c.village3;
    const { person: p } = await must(core, 'persons.create', {
      idNumber,
      name,
      ethnicity: '05',
      education: '70',
      phone,
      residenceRegionId,
      address: `${name}家`,
      employmentStatus: '10',
      ...over,
    });
    return { id: p.id, name, idNumber, phone };
  };
  const register = async (p: ScopedPerson, side: Side) =>
    (
      await must(core, 'registrations.create', {
        personId: p.id,
        regDate: '2026-11-02',
        regPlaceId: side === 'a' ? c.town1 : c.town2,
        reason: '02',
        receivesUi: false,
        jobWish: '1',
        jobIntent: '电焊工',
        needs: [],
        responsibleStaff: '买买提·艾力',
      })
    ).registration.id;

  const side = async (s: Side) => {
    const reg = await person(s, 0, '19800315');
    const registrationId = await register(reg, s);
    const { contact } = await must(core, 'contacts.create', successfulContact(registrationId));
    const rec = await person(s, 1, '19700316');
    await register(rec, s);
    const recognitionId = await walk(core, rec.id, 'recognised');
    const waiting = await person(s, 4, '19690101');
    await register(waiting, s);
    await walk(core, waiting.id, 'village');
    const placed = await person(s, 2, '19850610', {
      povertyStatus: '1',
      residenceRegionId: s === 'a' ? c.village1 : c.village3,
    });
    const { placement } = await place(core, placed.id, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      startDate: '2026-10-16',
      contractEnd: '2027-10-15',
    });
    const intern = await person(s, 3, '20030510');
    const internship = await must(core, 'internships.create', gradInput(intern.id, hostId));
    const enrolled = await must(core, 'training.enrol', enrolInput(classId, reg.id));
    const enrolment = enrolled.trainees.find((t) => t.personId === reg.id)!;
    return {
      people: { reg, rec, placed, intern, waiting },
      registrationId,
      contactId: contact.id,
      recognitionId,
      placementId: placement.id,
      internshipId: internship.id,
      enrolmentId: enrolment.id,
    };
  };
  const A = await side('a');
  const B = await side('b');
  await must(core, 'attendance.generate', { month: '2026-11' });
  await must(core, 'allowances.generate', { month: '2026-11' });
  const batch = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
  const clerkA = signedInAs(core, 'clerk-a', 'clerk', { townshipIds: [c.town1], displayName: '甲镇经办' });
  return {
    core,
    c,
    clerkA,
    a: A.people,
    b: B.people,
    ids: {
      aRegistration: A.registrationId,
      bRegistration: B.registrationId,
      bContact: B.contactId,
      bRecognition: B.recognitionId,
      bPlacement: B.placementId,
      bInternship: B.internshipId,
      bEnrolment: B.enrolmentId,
      aPlacement: A.placementId,
      classId,
      hostId,
      batchId: batch.id,
    },
  };
}

/**
 * A new scene before each test of the file that calls it (the harness closes every core after each test): registers
 * the beforeEach and answers a getter of the running test's scene.
 */
export function scenePerTest(): () => ScopeScene {
  let scene: ScopeScene | undefined;
  beforeEach(async () => {
    scene = await scopeScene();
  }, 30_000);
  return () => {
    if (!scene) throw new Error('the scene is made before each test');
    return scene;
  };
}

/** Waits for a job as `session` sees it through jobs.status; the status once it is no longer running. */
export const waitJobAs = (s: Pick<ScopeScene, 'core'>, session: string, jobId: string): Promise<JobStatus> =>
  waitJob(s.core, jobId, session);

/** Every cell of a written file `session` takes through files.take, joined by |; the refusal's JSON if it cannot. */
export async function workbookText(s: ScopeScene, session: string, fileId: string): Promise<string> {
  const r = await s.core.invoke('files.take', { fileId }, session);
  if (!r.ok) return JSON.stringify(r);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    Buffer.from((r.data as { contentBase64: string }).contentBase64, 'base64') as unknown as ArrayBuffer,
  );
  const cells: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => cells.push(typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value))),
    ),
  );
  return cells.join('|');
}
