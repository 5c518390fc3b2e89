// A month of post activity for the RPT-03 / RPT-04 / RPT-07 tests (today 2026-11-28, month 2026-11), and a helper
// that writes a report of the post module with the engine's writeReport and reads it back with exceljs.
import type ExcelJS from 'exceljs';
import type { Core } from '../../electron/core/core';
import type { ReportScope, ReportSource } from '../../electron/core/modules/reports/report-source';
import { TODAY } from './harness';
import {
  addPerson,
  place as placeOn,
  placeInput,
  postCounty,
  recognise,
  ruralPerson,
  town2Post,
  ZERO_EMPLOYMENT_HOUSEHOLD,
  type PostCounty,
} from './posts-fixtures';
import { onboardPlacement } from './onboard-placements';
import { writeAndRead } from './reports-export-read';

/**
 * The first 12 cells of RPT-03's row for GY-001 in the scene (序号 … 补贴标准): the post, its employer and place,
 * 核定 2, 在岗 2, 空岗 0, 1900 元.
 */
export const RPT03_GY001_START = [
  1,
  'GY-001',
  '乌帕尔镇人民政府',
  '机关',
  '保洁员',
  '保洁绿化',
  '城镇',
  '乌帕尔镇/幸福路社区',
  2,
  2,
  0,
  1900,
];

export interface ReportScene extends PostCounty {
  town2PostId: string;
  /** Placement ids by label P1 … P10 (see below). */
  p: Record<string, string>;
}

/**
 * 乌帕尔镇: 保洁员 (urban, 2) and 护林员 (rural, 2); 塔什米里克乡: 协管员 (urban, 3).
 *   P1 urban 2026-06-01 open (roster)   P2 urban 2026-10-01 → 11-10 L01     P3 urban 2026-11-12 open (man, 58: 大龄)
 *   P4 rural 2026-05-01 → 11-05 L03     P5 rural 2026-11-06 → 11-20 L06     P6 rural 2026-11-21 open (E24 1)
 *   P7 town2 2026-01-01 → 10-31 (before the month)    P8 town2 2026-09-01 open (K04)
 *   P9 town2 2026-11-02 → 11-28 L99 (left on asOf)    P10 town2 2026-03-01 → 11-15 L02
 */
export async function reportScene(core: Core): Promise<ReportScene> {
  const c = await postCounty(core);
  const { post: town2 } = await town2Post(c, { title: '协管员', postType: 'U03', approvedCount: 3 });
  const p: Record<string, string> = {};
  const paper = (birth: string, sex: '1' | '2' = '1', over = {}) =>
    addPerson(c, birth, sex, { dibao: true, residenceRegionId: c.village2, ...over });
  // BR-16: a placement entered in the app on an urban post rests on a recognition (低保对象).
  const urban = async (birth: string) => {
    const id = await paper(birth);
    await recognise(core, id);
    return id;
  };
  const place = async (label: string, personId: string, postId: string, over: Parameters<typeof placeInput>[2]) => {
    p[label] = (
      await placeOn(core, personId, postId, { basisDate: '2025-12-01', contractEnd: '2027-12-31', ...over })
    ).placement.id;
  };
  const ruralBasis = {
    basisList: 'E24' as const,
    basisCode: '1',
    accidentInsurance: 'PA-2026',
    contractEnd: '2027-04-30',
  };
  // P1 was placed on paper before the app and onboarded by the roster import: its recorded 低保对象 is marked 登记.
  p.P1 = await onboardPlacement(core, {
    personId: await paper('19800101'),
    postId: c.urbanPostId,
    basis: '低保对象',
    basisDate: '2025-12-01',
    startDate: '2026-06-01',
    contractEnd: '2027-12-31',
  });
  await place('P2', await urban('19810101'), c.urbanPostId, {
    startDate: '2026-10-01',
    leaveDate: '2026-11-10',
    leaveReason: 'L01',
  });
  await place('P3', await urban('19680101'), c.urbanPostId, { startDate: '2026-11-12' });
  await place('P4', await ruralPerson(c, '19820101'), c.ruralPostId, {
    ...ruralBasis,
    startDate: '2026-05-01',
    leaveDate: '2026-11-05',
    leaveReason: 'L03',
  });
  await place('P5', await ruralPerson(c, '19830101'), c.ruralPostId, {
    ...ruralBasis,
    startDate: '2026-11-06',
    leaveDate: '2026-11-20',
    leaveReason: 'L06',
    contractEnd: '2027-11-05',
  });
  await place('P6', await ruralPerson(c, '19840101'), c.ruralPostId, {
    ...ruralBasis,
    startDate: '2026-11-21',
    contractEnd: '2027-11-20',
  });
  await place('P7', await urban('19850101'), town2.id, {
    startDate: '2026-01-01',
    leaveDate: '2026-10-31',
    leaveReason: 'L09',
  });
  await place(
    'P8',
    await paper('19860101', '2', { dibao: false, householdMembers: ZERO_EMPLOYMENT_HOUSEHOLD }),
    town2.id,
    { startDate: '2026-09-01', basisCode: 'K04' },
  );
  await place('P9', await urban('19870101'), town2.id, {
    startDate: '2026-11-02',
    leaveDate: TODAY,
    leaveReason: 'L99',
  });
  await place('P10', await urban('19880101'), town2.id, {
    startDate: '2026-03-01',
    leaveDate: '2026-11-15',
    leaveReason: 'L02',
  });
  return { ...c, town2PostId: town2.id, p };
}

export const PARAMS: ReportScope = { month: '2026-11', today: TODAY };

/** Writes the report into a temporary file with the engine and reads it back. */
export async function exportAndRead(
  core: Core,
  report: ReportSource,
  params: ReportScope = PARAMS,
  full = false,
): Promise<ExcelJS.Worksheet> {
  const db = core.ctx.db;
  return writeAndRead(report.definition(params), report.rows(db, params), params.month, {
    full,
    totalRows: report.count?.(db, params) ?? 0,
  });
}

/** The cells of a row as plain values (index 0 = column A). */
export function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

/** The row numbers whose column A (or `col`) equals / starts with a text. */
export function findRow(ws: ExcelJS.Worksheet, text: string, col = 1): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? '').startsWith(text)) return r;
  return -1;
}
