// Set-up for the training core tests (today = 2026-11-28): the recognition county with a 定点培训机构 (designated
// 2026-01-01 … 2027-06-30, 家政服务员 / 养老护理员), and a class plan 2026-11-16 … 2026-11-25 (100 学时) that
// files on 2026-11-10 — the latest day three working days ahead of a Monday start.
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { must } from './harness';
import { recCounty, walk, type RecCounty } from './recognitions-fixtures';

export interface TrainingCounty extends RecCounty {
  providerId: string;
  /** A class in 计划 with the default dates. */
  newClass(over?: Partial<ChannelInput<'training.classes.create'>>): Promise<string>;
  /** A person registered unemployed on 2026-11-02 (category 01 holds). */
  registered(birth?: string): Promise<string>;
  /** A person recognised 就业困难人员 on 2026-11-12 (category 02 holds). */
  recognised(birth?: string): Promise<string>;
}

export async function trainingCounty(core: Core): Promise<TrainingCounty> {
  const c = await recCounty(core);
  const { employer } = await must(core, 'employers.create', {
    name: '疏附县鑫达职业培训学校',
    nature: '4',
    regionId: c.town1,
  });
  await must(core, 'training.providers.designate', {
    employerId: employer.id,
    kind: '03',
    designatedDate: '2026-01-01',
    validUntil: '2027-06-30',
    occupations: ['家政服务员', '养老护理员'],
    contactPerson: '王老师',
  });
  return {
    ...c,
    providerId: employer.id,
    async newClass(over = {}) {
      const d = await must(core, 'training.classes.create', classInput(c, employer.id, over));
      return d.id;
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
