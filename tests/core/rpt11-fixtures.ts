// A small county month (2026-11, today 2026-11-28) for the RPT-11 / RPT-12 tests, and the read-back helper.
import type ExcelJS from 'exceljs';
import type { ReportDefinition } from '../../electron/core/excel/report-definition';
import { must } from './harness';
import { makeId } from './persons-fixtures';
import { markDifficult, setup, unsuccessfulCall, type Setup } from './registrations-fixtures';
import { writeAndRead } from './reports-export-read';

export const IDS = {
  ali: makeId('653121', '19950612', '031'),
  buli: makeId('653121', '19800203', '022'),
  adil: makeId('653121', '19920704', '051'),
  guli: makeId('653121', '19970808', '042'),
  reyila: makeId('653121', '20010101', '062'),
};

/**
 * 乌帕尔镇: 艾力·买买提 (阿亚格曼干村, C, an unanswered call then a successful one with SV1 ×2 jobs + SV4),
 *          布丽 (阿亚格曼干村, recognised → A, registered 2025-10-01, never contacted → BR-07 C11),
 *          阿迪力 (幸福路社区, registered 2025-10-10, contact 11-10 found 单位就业 with SV2 + SV5, cancelled 11-15 C01).
 * 塔什米里克乡: 古丽 (库木巴格村, C, successful in October, refused a call 11-12),
 *          热依拉 (库木巴格村, B by SV2 need, successful 11-25 with SV3 + SV6).
 */
export async function reportMonth(): Promise<Setup & { regs: Record<keyof typeof IDS, string> }> {
  const s = await setup();
  const ali = await s.register(await s.person({ idNumber: IDS.ali, name: '艾力·买买提' }), { regDate: '2026-11-02' });
  await must(s.core, 'contacts.create', unsuccessfulCall(ali, '2026-11-05'));
  await s.contact(ali, {
    contactDate: '2026-11-20',
    services: ['SV1', 'SV4'],
    jobsRecommended: 2,
    serviceResult: '推荐面试2个岗位',
  });

  const buliPerson = await s.person({ idNumber: IDS.buli, name: '布丽', phone: null });
  markDifficult(s.core, buliPerson);
  const buli = await s.register(buliPerson, { regDate: '2025-10-01' });

  const adil = await s.register(await s.person({ idNumber: IDS.adil, name: '阿迪力', residenceRegionId: s.village2 }), {
    regDate: '2025-10-10',
  });
  await s.contact(adil, {
    contactDate: '2026-11-10',
    employmentStatusFound: '21',
    employerOrActivity: '喀什某纺织厂',
    services: ['SV2', 'SV5'],
    jobsRecommended: null,
    suggestCancel: true,
    suggestReason: 'C01',
  });
  await must(s.core, 'registrations.cancel', { id: adil, cancelDate: '2026-11-15', cancelReason: 'C01' });

  const guli = await s.register(await s.person({ idNumber: IDS.guli, name: '古丽', residenceRegionId: s.village3 }), {
    regDate: '2026-10-08',
  });
  await s.contact(guli, { contactDate: '2026-10-20' });
  await must(s.core, 'contacts.create', unsuccessfulCall(guli, '2026-11-12', '3'));

  const reyila = await s.register(
    await s.person({ idNumber: IDS.reyila, name: '热依拉', residenceRegionId: s.village3 }),
    { regDate: '2026-11-10', needs: ['SV2'] },
  );
  await s.contact(reyila, { contactDate: '2026-11-25', services: ['SV3', 'SV6'], jobsRecommended: null });
  return { ...s, regs: { ali, buli, adil, guli, reyila } };
}

/** Writes the report with the engine to a temporary file and reads it back with exceljs. */
export const exportAndRead = (def: ReportDefinition, rows: object[], full = false): Promise<ExcelJS.Worksheet> =>
  writeAndRead(def, rows, '2026-11', { full });

export const utc = (d: string) => new Date(`${d}T00:00:00Z`);

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

/** The first 18 cells of 艾力·买买提's RPT-11 row (row 8): two contacts this month, the latest successful. */
export const ALI_ROW_START = [
  3,
  '乌帕尔镇',
  '阿亚格曼干村',
  '艾力·买买提',
  '男',
  masked(IDS.ali),
  '138****2345',
  utc('2026-11-02'),
  0,
  '否',
  'C 常规服务',
  '有',
  utc('2026-11-20'),
  '电话',
  '联系成功',
  2,
  '失业(未就业)',
  2,
];
