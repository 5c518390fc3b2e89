// What the internship renderer tests share: the 见习基地 the host select offers (employers.list).

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
