// 就业困难人员认定公示名单 (BR-13, DOMAIN §9.6): the applicants whose 公示 starts in the 统计期 (notice_start from the
// first day of the first month to the last day of the last month — a notice about to be posted included, so the clerk
// prints it before posting; one whose 公示 started in an earlier month was on that month's notice and is not posted
// again), for one 乡镇(街道) or the whole county, in 村(社区) order — posted, not summed: no 小计/合计 rows. A poster,
// not a statistical table: no 填报单位/统计期 line (BR-13 names what a notice shows; the stamp line closes it). A public notice shows only name, sex, age (on the notice start), category, the notice period and the
// village office to contact (its committee and phone: the village's office phone, else the 乡镇's, both set in
// 设置 → 行政区划) — never the ID, phone, address, ethnicity or disability details, so this report reads
// no such column at all.
// 按村(社区)分页: a village posts only its own part, so the clerk may ask for one sheet per 村(社区), each a notice
// of its own (the village named in its title, the notice text, the 公示单位（盖章）/公示日期 line). The export form
// ticks it when a 乡镇 is chosen (a 乡镇 hands each village its sheet) and leaves it off for the whole county (the
// bureau's own file); the clerk can change either.
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../../shared/domain/age';
import { monthEnd } from '../../../../../shared/domain/dates';
import { sexLabel } from '../../../../../shared/enums/person-codes';
import { column as col, type ReportDefinition } from '../../../excel/report-definition';
import { fixedReport, rangePeriod, type ReportScope, type SourceSheet } from '../../reports/report-source';
import { categoriesText } from '../queries';
import { noticeNameMaskerOn } from '../../settings/display';

export const NOTICE_CODE = 'GS-01';
export const NOTICE_NAME = '就业困难人员认定公示名单';

export const NOTICE_DEFINITION: ReportDefinition = {
  code: NOTICE_CODE,
  name: NOTICE_NAME,
  unitLabel: null,
  unitLine: false,
  columns: [
    col('seq', '序号', 'seq'),
    col('village', '村(社区)', 'text', { width: 16 }),
    col('name', '姓名', 'text', { width: 18 }),
    col('sex', '性别', 'text', { width: 6 }),
    col('age', '年龄', 'int', { width: 6, sum: false }),
    col('category', '认定类别', 'text', { width: 24 }),
    col('period', '公示期', 'text', { width: 24 }),
    col('office', '受理及联系单位', 'text', { width: 30 }),
  ],
  // A notice posted in the village, not a statistical table: no 小计/合计 rows and no 单位负责人/审核人 signatures —
  // whoever posts it stamps and dates it. Rows stay in village order (the SQL sorts them).
  totals: { grandTotal: false },
  signatures: ['公示单位（盖章）：　　　　　　　　　　　　公示日期：　　　　年　　月　　日'],
  notes: [
    '以上人员已申请认定为就业困难人员，经村(社区)初审，现予公示。',
    '公示期间，对公示对象有异议的，请向所在村(社区)村(居)委会或乡镇(街道)劳动保障所反映（电话见“受理及联系单位”）。',
  ],
};

export interface NoticeRow {
  village: string;
  /** Not a column: the 乡镇 and the village as a page's title names them (按村(社区)分页). */
  place: string;
  name: string;
  sex: string;
  age: number;
  category: string;
  period: string;
  office: string;
}

const SQL = `SELECT v.name AS village, t.name AS township, coalesce(v.office_phone, t.office_phone) AS phone, p.name, p.sex, p.birth_date, r.categories, r.notice_start, r.notice_end
  FROM recognitions r JOIN persons p ON p.id = r.person_id JOIN regions v ON v.id = p.residence_region_id
    JOIN regions t ON t.id = p.township_id
  WHERE r.notice_start BETWEEN @from AND @to AND p.deleted_at IS NULL
    AND (@township IS NULL OR p.township_id = @township)
  ORDER BY v.code, r.notice_start, p.name, r.id`;

/** The village office a notice names: 村 → 村民委员会, 社区 → 居民委员会. */
export function committeeOf(village: string): string {
  if (village.endsWith('社区')) return `${village}居民委员会`;
  if (village.endsWith('村')) return `${village}民委员会`;
  return `${village}村(居)民委员会`;
}

export function* noticeRows(
  db: Database.Database,
  from: string,
  to: string,
  townshipId?: string,
): Generator<NoticeRow> {
  const rows = db.prepare(SQL).iterate({ from, to, township: townshipId ?? null }) as IterableIterator<{
    village: string;
    township: string;
    phone: string | null;
    name: string;
    sex: string;
    birth_date: string;
    categories: string;
    notice_start: string;
    notice_end: string;
  }>;
  const publicName = noticeNameMaskerOn(db, to); // VR-09 公示名单姓名脱敏
  for (const r of rows) {
    yield {
      // County-wide, villages of different 乡镇 may share a name: the group is the 乡镇 and the village together.
      village: townshipId ? r.village : `${r.township} ${r.village}`,
      place: `${r.township}${r.village}`,
      name: publicName(r.name),
      sex: sexLabel(r.sex),
      age: ageOn(r.birth_date, r.notice_start),
      category: categoriesText(r.categories),
      period: `${r.notice_start} 至 ${r.notice_end}`,
      office: r.phone ? `${committeeOf(r.village)} 电话 ${r.phone}` : committeeOf(r.village),
    };
  }
}

/** The 统计期's whole months, not cut at today: a notice starting later this month is printed before it is posted. */
const scopeRows = (db: Database.Database, scope: ReportScope) => {
  const { from, to } = scope.range ?? { from: scope.month, to: scope.month };
  return noticeRows(db, `${from}-01`, monthEnd(to), scope.townshipId);
};

/**
 * The notice's sheets: one, or with 按村(社区)分页 one per 村(社区) in village order, named for the village, its title
 * naming the 乡镇 and the village (through the report name, so a county's own title template keeps it). No one in
 * 公示: the one empty notice.
 */
export function noticeSheets(db: Database.Database, scope: ReportScope): SourceSheet[] {
  const rows = Array.from(scopeRows(db, scope));
  if (!scope.byVillage || rows.length === 0) return [{ definition: NOTICE_DEFINITION, rows }];
  const pages: { village: string; place: string; rows: NoticeRow[] }[] = [];
  for (const r of rows) {
    const last = pages.at(-1);
    if (last?.village === r.village) last.rows.push(r);
    else pages.push({ village: r.village, place: r.place, rows: [r] });
  }
  return pages.map((p) => ({
    definition: { ...NOTICE_DEFINITION, name: `${p.place}${NOTICE_NAME}`, sheetName: p.village },
    rows: p.rows,
  }));
}

export const notice = fixedReport(NOTICE_DEFINITION, {
  rows: scopeRows,
  sheets: noticeSheets,
  period: rangePeriod,
});
