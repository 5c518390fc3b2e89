// The person roster with each of Excel's traps (issue 4 item 4), shared by the import tests.
import type { PersonImportCheck } from '../../shared/contract/imports';
import { must } from './harness';
import { makeId, personInput, wrongCheck, type County } from './persons-fixtures';
import { base64, jobData, workbook, type Cell } from './import-workbooks';

export const IDS = {
  fullWidth: makeId('653121', '19900101', '013'),
  lowerX: makeId('653121', '20000229', '109'), // check character X
  chinese: makeId('653121', '19850305', '021'),
  compact: makeId('653121', '19860406', '033'),
  serial: makeId('653121', '19870507', '045'),
  dup: makeId('653121', '19910909', '057'),
  changed: makeId('653121', '19841015', '024'),
  same: makeId('653121', '19920202', '062'),
  badPlace: makeId('653121', '19930303', '071'),
  badEthnicity: makeId('653121', '19940404', '083'),
  wrongSex: makeId('653121', '19950505', '092'), // 女 (digit 17 even)
};

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** Excel serial day of a date (1900 system, after 1900-03-01). */
const serialOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Two persons registered before the import: one the file changes (phone), one it repeats unchanged. */
export async function registerExisting(c: County) {
  const changed = await must(
    c.core,
    'persons.create',
    personInput(c, { idNumber: IDS.changed, name: '古丽', phone: '13899012345' }),
  );
  const same = await must(
    c.core,
    'persons.create',
    personInput(c, { idNumber: IDS.same, name: '张伟', phone: '13600001111', residenceRegionId: c.village3 }),
  );
  return { changed: changed.person, same: same.person };
}

const HEAD_TOP: Cell[] = [
  '序号',
  '姓 名',
  '身份证号',
  '性别',
  '民族',
  '出生日期',
  '学历',
  '手机号码',
  '居住地',
  null,
  '就业状态',
  '是否就业困难人员',
  '住址',
];
const HEAD_BOTTOM: Cell[] = [null, null, null, null, null, null, null, null, '乡镇', '村（社区）', null, null, null];
const HEADER_MERGES = [
  'A3:A4',
  'B3:B4',
  'C3:C4',
  'D3:D4',
  'E3:E4',
  'F3:F4',
  'G3:G4',
  'H3:H4',
  'I3:J3',
  'K3:K4',
  'L3:L4',
  'M3:M4',
];

const row = (
  n: number,
  name: Cell,
  id: Cell,
  over: Partial<
    Record<'sex' | 'eth' | 'birth' | 'edu' | 'phone' | 'town' | 'village' | 'job' | 'hard' | 'addr', Cell>
  > = {},
): Cell[] => [
  n,
  name,
  id,
  over.sex ?? null,
  over.eth ?? '维吾尔族',
  over.birth ?? null,
  over.edu ?? '初中',
  over.phone ?? null,
  over.town ?? '乌帕尔镇',
  over.village ?? '阿亚格曼干村',
  over.job ?? '失业',
  over.hard ?? null,
  over.addr ?? null,
];

/** The roster with every trap; Excel rows noted beside each line. */
export function trapRows(): Cell[][] {
  return [
    ['疏附县就业困难人员花名册'], // 1 title, merged
    ['填报单位：疏附县就业服务中心', null, null, null, null, null, null, null, null, null, '2026年11月'], // 2
    HEAD_TOP, // 3
    HEAD_BOTTOM, // 4
    row(1, '  阿不都热合曼·买买提 ', toFullWidth(IDS.fullWidth), {
      birth: new Date(Date.UTC(1990, 0, 1)),
      phone: 13899012345,
      hard: '是',
      addr: '阿亚格曼干村3组12号',
    }), // 5
    row(2, '买买提·吐尔逊', IDS.lowerX.toLowerCase(), {
      sex: '男',
      birth: '2000.2.29',
      village: '幸福路社区',
      job: '灵活就业',
    }), // 6
    row(3, '热依拉', Number('653121199001011234')), // 7 ID typed into a number cell: Excel keeps 15 digits
    row(4, '艾力', '6.53121E+17'), // 8 ID pasted from a number cell
    [], // 9 blank: skipped
    row(5, '帕提古丽', IDS.chinese, { birth: '1985年3月5日', eth: '哈萨克', hard: '否' }), // 10
    row(6, '李娜', IDS.compact, { birth: '19860406', eth: '汉族', edu: '大专' }), // 11
    row(7, '王芳', IDS.serial, {
      birth: serialOf('1987-05-07'),
      eth: '回族',
      town: '塔什米里克乡',
      village: '库木巴格村',
    }), // 12
    row(8, '赵强', IDS.badPlace, { town: '不存在镇' }), // 13 unknown 乡镇
    row(9, '吐尔逊', IDS.dup), // 14 same ID as row 15
    row(10, '吐尔逊·艾买提', IDS.dup), // 15
    row(11, '古丽', IDS.changed, { phone: '139 0000 1111' }), // 16 registered: phone changed
    row(12, '张伟', IDS.same, { phone: '13600001111', town: '塔什米里克乡', village: '库木巴格村' }), // 17 registered, unchanged
    row(13, '阿依古丽', wrongCheck(IDS.serial).bad), // 18 wrong check digit
    row(14, '米热', IDS.badEthnicity, { eth: '火星族' }), // 19 unknown 民族
    row(15, '努尔', IDS.wrongSex, { sex: '男', birth: '1995-05-06' }), // 20 sex and birth date disagree with the ID
  ];
}

export async function trapWorkbook(): Promise<Buffer> {
  return workbook(trapRows(), { merges: ['A1:M1', ...HEADER_MERGES] });
}

export async function checkTraps(c: County): Promise<PersonImportCheck> {
  return jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
    fileName: '花名册.xlsx',
    contentBase64: base64(await trapWorkbook()),
  });
}
