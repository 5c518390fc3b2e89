// RPT-03 公益性岗位开发(岗位)台账 (DOMAIN §6.3): one row per post in force at some time in the month, with
// 小计 by 乡镇 (or 用人单位) and 合计 of the counts. 在岗人数 is 期末在岗 (on post at the end of asOf, leavers of
// that day excluded) so the totals agree with RPT-07 columns 1, 10 and 18; 空岗数 = 核定 − 在岗 (0 for revoked).
// 补贴标准 is the standard in force on asOf (a post on the default follows the minimum wage, BR-19).
import type Database from 'better-sqlite3';
import {
  areaTypeLabel,
  contractTypeLabel,
  employerNatureLabel,
  postTypeLabel,
} from '../../../../../shared/enums/post-codes';
import { column as col, scopeNote, type ReportColumn, type ReportDefinition } from '../../../excel/report-definition';
import type { PostRow } from '../queries';
import { standardOn } from '../service';
import { monthDates, type ReportScope, type ReportSource } from '../../reports/report-source';
import { chineseDate } from '../../../../../shared/domain/dates';
import { yesNoText } from '../../../excel/report-cells';

export const RPT03_CODE = 'RPT-03';
export const RPT03_NAME = '公益性岗位开发(岗位)台账';

export const RPT03_COLUMNS: ReportColumn[] = [
  col('seq', '序号', 'seq'),
  col('postCode', '岗位编号', 'text', { width: 12 }),
  col('employer', '用人单位', 'text', { width: 22 }),
  col('nature', '单位性质', 'text', { width: 10 }),
  col('title', '岗位名称', 'text', { width: 14 }),
  col('postType', '岗位类别', 'text', { width: 16 }),
  col('area', '城镇/乡村', 'text', { width: 8 }),
  col('workPlace', '工作地点(乡镇/村)', 'text', { width: 20 }),
  col('approved', '核定岗位数', 'int'),
  col('onPost', '在岗人数', 'int'),
  col('vacancies', '空岗数', 'int'),
  col('standard', '补贴标准(元/月)', 'money', { sum: false }),
  col('si', '是否享受社保补贴', 'text', { width: 9 }),
  col('contract', '用工方式', 'text', { width: 12 }),
  col('createdDate', '开发日期', 'date'),
  col('validUntil', '有效期至', 'date'),
  col('fund', '资金来源', 'text', { width: 12 }),
  col('published', '是否已公开发布', 'text', { width: 9 }),
  col('remark', '备注', 'text', { width: 16 }),
];

const WHERE = (p: ReportScope) =>
  `p.created_date <= @asOf AND (p.revoked_date IS NULL OR p.revoked_date >= @from)${p.townshipId ? ' AND p.township_id = @townshipId' : ''}`;
const ORDER = (p: ReportScope) =>
  p.groupBy === 'employer' ? 'e.name, e.id, p.post_code' : 't.code, e.name, p.post_code';

function args(p: ReportScope) {
  const { from, asOf } = monthDates(p);
  return { from, asOf, townshipId: p.townshipId ?? null };
}

type Row = PostRow & { on_post: number; village_name: string | null };

function* rows(db: Database.Database, p: ReportScope): Generator<object> {
  const a = args(p);
  const stmt = db.prepare(
    `SELECT p.*, e.name AS employer_name, e.nature AS employer_nature, t.name AS township_name, w.name AS work_region_name,
       CASE WHEN w.level = 5 THEN w.name END AS village_name,
       (SELECT count(*) FROM placements pl WHERE pl.post_id = p.id AND pl.deleted_at IS NULL AND pl.start_date <= @asOf
          AND (pl.leave_date IS NULL OR pl.leave_date > @asOf)) AS on_post
     FROM posts p JOIN employers e ON e.id = p.employer_id JOIN regions t ON t.id = p.township_id JOIN regions w ON w.id = p.work_region_id
     WHERE ${WHERE(p)} ORDER BY ${ORDER(p)}, p.id`,
  );
  const cache = new Map<string, number | null>();
  for (const r of stmt.iterate(a) as IterableIterator<Row>) {
    const revoked = r.revoked_date !== null && r.revoked_date <= a.asOf;
    const remark = [revoked ? `已于${r.revoked_date}撤销` : '', r.remark ?? ''].filter(Boolean).join('；');
    yield {
      township: r.township_name,
      postCode: r.post_code,
      employer: r.employer_name,
      nature: employerNatureLabel(r.employer_nature),
      title: r.title,
      postType: postTypeLabel(r.post_type),
      area: areaTypeLabel(r.area_type),
      workPlace: r.village_name ? `${r.township_name}/${r.village_name}` : r.township_name,
      approved: r.approved_count,
      onPost: r.on_post,
      vacancies: revoked ? 0 : Math.max(0, r.approved_count - r.on_post),
      standard: standardOn(db, r, a.asOf, cache),
      si: yesNoText(r.si_subsidy),
      contract: contractTypeLabel(r.contract_type),
      createdDate: r.created_date,
      validUntil: r.valid_until,
      fund: r.fund_source,
      published: yesNoText(r.published),
      remark: remark || null,
    };
  }
}

export const rpt03: ReportSource = {
  code: RPT03_CODE,
  name: RPT03_NAME,
  definition(p: ReportScope): ReportDefinition {
    const { asOf } = monthDates(p);
    const byEmployer = p.groupBy === 'employer';
    const notes = [
      `在岗人数为截至${chineseDate(asOf)}的期末在岗人数（当日离岗的不计），空岗数 = 核定岗位数 − 在岗人数；已撤销岗位的空岗数记0。`,
      `补贴标准为${chineseDate(asOf)}执行的标准：按最低工资标准设定的岗位随最低工资标准调整。`,
      ...scopeNote(p.townshipName),
    ];
    return {
      code: RPT03_CODE,
      name: RPT03_NAME,
      unitLabel: '单位：个、人、元',
      columns: RPT03_COLUMNS,
      // Units are grouped by name (two units of one name in the county would share a 小计).
      grouping: [byEmployer ? { key: 'employer' } : { key: 'township', labelColumn: 'workPlace' }],
      totals: { countColumn: 'title', countUnit: '个' },
      freezeColumns: 5,
      notes,
    };
  },
  count(db, p) {
    const sql = `SELECT count(*) FROM posts p WHERE ${WHERE(p)}`;
    return db.prepare(sql).pluck().get(args(p)) as number;
  },
  rows,
};
