import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClassDetail, Provider, Trainee } from '../../shared/contract/training';
import { DEFAULT_TRAINING_RULES } from '../training-rules';
import { region } from './fake-api';
import { fieldItem } from './queries';

// The class, trainees, provider and rules the training screens' tests render, and their dialog helpers.
export const PROVIDER: Provider = {
  employerId: 'e1',
  name: '疏附县鑫达职业培训学校',
  townshipName: '乌帕尔镇',
  kind: '03',
  kindLabel: '民办职业培训机构',
  designatedDate: '2026-01-01',
  validUntil: '2027-06-30',
  daysLeft: 214,
  occupations: ['家政服务员', '养老护理员'],
  contactPerson: null,
  contactPhone: null,
  remark: null,
  classes: 1,
};
export const TOWN = region({ id: 't1', code: '653121100000', name: '乌帕尔镇' });
export const EMPLOYER = {
  id: 'e1',
  name: '疏附县鑫达职业培训学校',
  uscc: null,
  nature: '4',
  townshipName: '乌帕尔镇',
  regionName: '乌帕尔镇',
  isInternshipBase: false,
  activePostCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};
export const trainee = (over: Partial<Trainee> & Pick<Trainee, 'id' | 'personName'>): Trainee => ({
  personId: `p-${over.id}`,
  idNumberMasked: '653121********0224',
  category: '01',
  categoryLabel: '城镇登记失业人员',
  categoryNote: null,
  enrolDate: '2026-11-12',
  attendedHours: null,
  result: null,
  resultLabel: '',
  certType: null,
  certLabel: '',
  certNo: null,
  certDate: null,
  flag: null,
  subsidy: { eligible: false, reason: '培训班尚未结业', standardFen: 0, subsidyFen: 0, livingFen: 0 },
  batchName: null,
  locked: false,
  employedDate: null,
  employedUnit: null,
  employedStatus: null,
  ...over,
});
export const CLASS: ClassDetail = {
  id: 'c1',
  code: 'PX2026-001',
  providerId: 'e1',
  providerName: PROVIDER.name,
  occupation: '家政服务员',
  trainingType: '01',
  trainingTypeLabel: '就业技能培训',
  targetCertificate: '01',
  targetCertificateLabel: '职业技能等级证书(五级/初级工)',
  startDate: '2026-11-16',
  endDate: '2026-11-25',
  hours: 100,
  townshipName: '乌帕尔镇',
  capacity: 30,
  enrolled: 0,
  status: '01',
  statusLabel: '计划',
  occupationReason: null,
  townshipId: 't1',
  location: '乌帕尔镇培训楼',
  funding: null,
  filedDate: null,
  openedDate: null,
  closedDate: null,
  cancelReason: null,
  remark: null,
  latestFilingDate: '2026-11-10',
  filingOverdue: false,
  trainees: [],
  totals: { eligible: 0, subsidyFen: 0, livingFen: 0 },
};
export const RULES = {
  effectiveFrom: null,
  standards: { '01': 100_000 },
  ...DEFAULT_TRAINING_RULES,
};

/** A passed trainee still to follow up (就业跟踪), as training.followUps answers it. */
export const FOLLOW_UP = {
  enrolmentId: 'x1',
  classId: 'c1',
  classCode: 'PX2026-001',
  occupation: '家政服务员',
  personId: 'p-x1',
  personName: '阿依古丽',
  idNumberMasked: '653121********0224',
  phoneMasked: '139****0000',
  endDate: '2026-11-25',
  followUntil: '2027-05-25',
};

export const dialog = () => screen.getByRole('dialog');
export const itemOf = (label: string) => fieldItem(label, dialog());

/** rc-select reads keyCode, which user-event leaves 0 under happy-dom. */
export async function pick(box: HTMLElement, text: string) {
  await userEvent.click(box);
  await userEvent.type(box, text);
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
  fireEvent.keyUp(box, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
}
export const save = (name = '保存') => userEvent.click(within(dialog()).getByRole('button', { name }));
