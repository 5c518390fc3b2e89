// Set-up for the training core tests (today = 2026-11-28): the recognition county with a 定点培训机构 (designated
// 2026-01-01 … 2027-06-30, 家政服务员 / 养老护理员), and a class plan 2026-11-16 … 2026-11-25 (100 学时) that
// files on 2026-11-10 — the latest day three working days ahead of a Monday start.
import { expect } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { must, snapshot } from './harness';
import { addEmployer } from './posts-fixtures';
import { recCounty, walk, type RecCounty } from './recognitions-fixtures';

export interface TrainingCounty extends RecCounty {
  providerId: string;
  /** A class in 计划 with the default dates. */
  newClass(over?: Partial<ChannelInput<'training.classes.create'>>): Promise<string>;
  /** A class of newClass, filed (备案) on 2026-11-10. */
  filedClass(): Promise<string>;
  /** A person registered unemployed on 2026-11-02 (category 01 holds). */
  registered(birth?: string): Promise<string>;
  /** A person recognised 就业困难人员 on 2026-11-12 (category 02 holds). */
  recognised(birth?: string): Promise<string>;
}

export async function trainingCounty(core: Core): Promise<TrainingCounty> {
  const c = await recCounty(core);
  const providerId = await addEmployer(c, '疏附县鑫达职业培训学校', '4', c.town1);
  await must(core, 'training.providers.designate', {
    employerId: providerId,
    kind: '03',
    designatedDate: '2026-01-01',
    validUntil: '2027-06-30',
    occupations: ['家政服务员', '养老护理员'],
    contactPerson: '王老师',
  });
  const newClass = async (over: Partial<ChannelInput<'training.classes.create'>> = {}) =>
    (await must(core, 'training.classes.create', classInput(c, providerId, over))).id;
  return {
    ...c,
    providerId,
    newClass,
    async filedClass() {
      const id = await newClass();
      await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' });
      return id;
    },
    async registered(birth = '19800315') {
      return (await c.applicant(birth)).personId;
    },
    async recognised(birth = '19700315') {
      const { personId } = await c.applicant(birth);
      await walk(core, personId, 'recognised');
      return personId;
    },
  };
}

/** A filed class (trainingCounty's filedClass) and two registered persons, 19800315 (a) and 19810316 (b). */
export async function filedClassOfTwo(core: Core) {
  const c = await trainingCounty(core);
  const id = await c.filedClass();
  return { c, id, a: await c.registered('19800315'), b: await c.registered('19810316') };
}

export function classInput(
  c: RecCounty,
  providerId: string,
  over: Partial<ChannelInput<'training.classes.create'>> = {},
): ChannelInput<'training.classes.create'> {
  return {
    providerId,
    occupation: '家政服务员',
    trainingType: '01',
    targetCertificate: '01',
    startDate: '2026-11-16',
    endDate: '2026-11-25',
    hours: 100,
    townshipId: c.town1,
    location: '乌帕尔镇培训楼',
    capacity: 30,
    ...over,
  };
}

export const enrolInput = (
  classId: string,
  personId: string,
  over: Partial<ChannelInput<'training.enrol'>> = {},
): ChannelInput<'training.enrol'> => ({ classId, personId, category: '01', enrolDate: '2026-11-12', ...over });

/**
 * A closed class PX2026-001 (就业技能培训, 100 学时) with three trainees — a registered 01 (96 h, 合格, 五级 Z1), a
 * recognised 02 (90 h, 合格, 五级 Z2: 11 days of living allowance) and a declared 04 (70 h: refused for attendance) —
 * and the reviewed 2026-11 培训补贴 roster paying the first two (1000 + 1000 + 330 元).
 */
export async function claimedClass(core: Core) {
  const c = await trainingCounty(core);
  const id = await c.filedClass();
  const a = await c.registered('19800315');
  const b = await c.recognised('19700316');
  const d = (await c.applicant('19900101')).personId;
  await must(core, 'training.enrol', enrolInput(id, a));
  await must(core, 'training.enrol', enrolInput(id, b, { category: '02' }));
  const opened = await must(core, 'training.enrol', enrolInput(id, d, { category: '04', categoryNote: '返乡务工' }));
  await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
  const [ta, tb, td] = opened.trainees;
  const cert = (no: string) => ({ certType: '01' as const, certNo: no, certDate: '2026-11-26' });
  await must(core, 'training.results.save', {
    classId: id,
    rows: [
      { enrolmentId: ta.id, attendedHours: 96, result: '1', ...cert('Z1') },
      { enrolmentId: tb.id, attendedHours: 90, result: '1', ...cert('Z2') },
      { enrolmentId: td.id, attendedHours: 70, result: '1', certType: '05', certNo: 'H1', certDate: '2026-11-26' },
    ],
  });
  await must(core, 'training.classes.act', { id, action: 'close', date: '2026-11-26' });
  const batch = await must(core, 'training.generateBatch', { month: '2026-11' });
  await must(core, 'subsidies.review', { id: batch.id, reviewedBy: '县就业局 努尔' });
  return { c, classId: id, persons: { a, b, d }, trainees: { ta, tb, td }, batchId: batch.id };
}

/**
 * Takes a planned class through with one trainee: filed on `filed`, the person enrolled (`enrol` over
 * enrolInput), opened on `opened`, the trainee passing with `hours` and the certificate, closed on the
 * certificate's date.
 */
export async function certifiedOne(
  core: Core,
  id: string,
  personId: string,
  run: {
    filed: string;
    opened: string;
    enrol?: Partial<ChannelInput<'training.enrol'>>;
    hours: number;
    cert: { certType: '01' | '05'; certNo: string; certDate: string };
  },
): Promise<void> {
  await must(core, 'training.classes.act', { id, action: 'file', date: run.filed });
  const d = await must(core, 'training.enrol', enrolInput(id, personId, run.enrol));
  await must(core, 'training.classes.act', { id, action: 'open', date: run.opened });
  await must(core, 'training.results.save', {
    classId: id,
    rows: [{ enrolmentId: d.trainees[0].id, attendedHours: run.hours, result: '1', ...run.cert }],
  });
  await must(core, 'training.classes.act', { id, action: 'close', date: run.cert.certDate });
}

/** Runs a call that must be refused and write nothing; returns its error. */
export async function refused(core: Core, run: () => Promise<{ ok: boolean; error?: unknown }>) {
  const before = snapshot(core);
  const r = await run();
  expect(r.ok).toBe(false);
  expect(snapshot(core)).toBe(before);
  return (r as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
}
