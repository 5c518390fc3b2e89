import type { z } from 'zod';
import type { InternshipDetail, internshipListItem } from '../../shared/contract/internships';

// What the internship renderer tests share: the 见习基地 the host select offers (employers.list), an internship as
// internships.get answers it, and a running internship as internships.list answers it.

/** A recognised 见习基地, as employers.list answers it. */
export const INTERN_BASE = {
  id: 'e1',
  name: '疏附县明德电子商务有限公司',
  uscc: null,
  nature: '4',
  townshipName: '乌帕尔镇',
  regionName: '乌帕尔镇',
  isInternshipBase: true,
  activePostCount: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
};

/** A running internship of a 16-24岁失业青年, as internships.get answers it. */
export const INTERNSHIP: InternshipDetail = {
  id: 'i1',
  personId: 'p1',
  personName: '买买提江·吐尔逊',
  idNumberMasked: '653121********0317',
  hostId: 'e1',
  hostName: '疏附县明德电子商务有限公司',
  position: '仓储管理',
  internType: '2',
  internTypeLabel: '16-24岁失业青年',
  school: null,
  major: null,
  degree: null,
  graduationDate: null,
  agreementStart: '2026-09-01',
  agreementEnd: '2027-02-28',
  agreementMonths: 6,
  allowanceStandardFen: 190_000,
  allowanceSource: 'default',
  minWageFen: 190_000,
  hostAllowanceFen: 95_000,
  insurancePolicy: 'PICC-2026-0212',
  status: 'active',
  endDate: null,
  endType: null,
  endTypeLabel: '',
  retained: false,
  retainedDate: null,
  contractYears: null,
  remark: null,
  otherTypeNote: null,
  allowances: [],
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-02T08:00:00.000Z',
  deletedAt: null,
};

/** A running internship at INTERN_BASE, as internships.list answers it; `over` changes any field. */
export const internRow = (
  over: Partial<z.output<typeof internshipListItem>> = {},
): z.output<typeof internshipListItem> => ({
  id: 'i1',
  personId: 'p-intern',
  personName: '买买提江·吐尔逊',
  idNumberMasked: '653121********0317',
  hostId: 'e1',
  hostName: INTERN_BASE.name,
  position: '仓储管理',
  internType: '2',
  agreementStart: '2026-09-01',
  agreementEnd: '2027-02-28',
  status: 'active',
  endDate: null,
  endType: null,
  retained: false,
  ...over,
});
