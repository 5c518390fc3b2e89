import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { makeId } from './persons-fixtures';
import { setup, type Setup } from './registrations-fixtures';
import { base64, jobData, workbookOf, type Cell } from './import-workbooks';
import { REGISTRATION_ROSTER_HEAD } from '../roster-columns';

// The 失业登记 roster of the import tests (issue 14; tests/core/import-registrations*.test.ts), as a township keeps it:
// a title row, synonym headers (身份证号码, 所在乡镇（街道）, 失业登记日期, 责任人), dates typed every way, a 合计 and a
// 填表人 line, persons registered and not, and rows the registration rules refuse. Rows 3 and 4 are accepted.

export const KNOWN = makeId('653121', '19850505', '013'); // registered in the test
export const ACTIVE = makeId('653121', '19870707', '015'); // registered, with an active registration
export const OTHER_NAME = makeId('653121', '19890909', '017'); // registered as 吐尔逊
export const NEW_OK = makeId('653121', '19920202', '022'); // not registered: created from the row
export const NEW_NO_ETHNICITY = makeId('653121', '19930303', '024');
export const YOUNG = makeId('653121', '20110101', '026'); // 15 on the registration date
export const FUTURE = makeId('653121', '19940404', '028');

export const HEADER = ['序号', ...REGISTRATION_ROSTER_HEAD, '服务需求', '备注'];

export function roster(): Cell[][] {
  return [
    ['乌帕尔镇2026年11月失业登记花名册'], // 1
    HEADER, // 2
    [
      1,
      '艾力·买买提',
      KNOWN,
      null,
      null,
      null,
      '2026.11.02',
      '单位失业',
      '有',
      '买买提·艾力',
      '职业指导、培训推荐',
      null,
    ], // 3
    [
      2,
      '阿依古丽',
      NEW_OK,
      '维吾尔族',
      '乌帕尔镇',
      '阿亚格曼干村',
      '2026年11月3日',
      '毕业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 4
    [
      3,
      '热孜万',
      NEW_NO_ETHNICITY,
      null,
      '乌帕尔镇',
      '阿亚格曼干村',
      '20261104',
      '毕业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 5
    [4, '努尔', ACTIVE, null, null, null, new Date(Date.UTC(2026, 10, 5)), '单位失业', '有', '买买提·艾力', null, null], // 6
    [5, '古丽', OTHER_NAME, null, null, null, '2026-11-05', '单位失业', '有', '买买提·艾力', null, null], // 7
    [
      6,
      '帕提古丽',
      FUTURE,
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-12-01',
      '单位失业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 8
    [
      7,
      '买合木提',
      YOUNG,
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-11-06',
      '单位失业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 9
    [
      8,
      '阿卜杜',
      makeId('653121', '19950505', '031'),
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-11-06',
      '被开除',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 10
    ['合计', null, null, null, null, null, null, null, null, null, null, '共8人'], // 11
    ['填表人：张三', null, null, null, null, null, '审核人：李四'], // 12
  ];
}

/** A row of a person not yet registered, 毕业 on 2026.11.02, its place written as `township` / `village`. */
export const newPersonRow = (no: number, name: string, idNumber: string, township: string, village: string): Cell[] => [
  no,
  name,
  idNumber,
  '维吾尔族',
  township,
  village,
  '2026.11.02',
  '毕业',
  '有',
  '买买提·艾力',
];

export async function scene(): Promise<Setup & { knownId: string; activeId: string }> {
  const s = await setup();
  const knownId = await s.person({ idNumber: KNOWN, name: '艾力·买买提' });
  const activeId = await s.person({ idNumber: ACTIVE, name: '努尔' });
  await s.register(activeId, { regDate: '2026-10-01' });
  await s.person({ idNumber: OTHER_NAME, name: '吐尔逊' });
  return { ...s, knownId, activeId };
}

export const fileOf = async (rows: Cell[][]) => base64(await workbookOf([{ name: '登记', rows }]));

export async function check(s: Setup, rows: Cell[][]) {
  return jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
    fileName: '失业登记花名册.xlsx',
    contentBase64: await fileOf(rows),
  });
}
