// RPT-11 登记失业人员跟踪服务台账 (DOMAIN §6.11): one row per registration active in the month (BR-05), with
// the month's latest contact and 本月联系次数 [D]; grouped 乡镇 → 村 with 小计 (人数) and a 合计.
// 本月服务 marks the services given at ANY contact of the month (✓); 职业介绍 shows the jobs recommended in
// the month (summed in 小计/合计). 是否建议注销 is the latest contact's suggestion, or C11 when BR-07 applies.
import type Database from 'better-sqlite3';
import { column as col, type ReportDefinition } from '../../../excel/report-definition';
import { completedMonths } from '../../../../../shared/domain/contact-due';
import { employmentStatusLabel, sexLabel } from '../../../../../shared/enums';
import {
  cancelReasonLabel,
  contactMethodLabel,
  contactResultLabel,
  jobWishLabel,
  serviceLevelLabel,
} from '../../../../../shared/enums/registration-codes';
import { prepared } from '../../../db/prepared';
import { readContactRules } from '../../registrations/config';
import { lostCutoffFor, lostCutoffs } from '../../registrations/lost-contact';
import { hasLevelChangesAfter, levelAtEnd, MONTH_CONTACTS_CTE } from '../../registrations/month-sql';
import { fixedReport } from '../../reports/report-source';
import { actCte, monthBounds, type MonthReportParams } from './month';
import { yesNoText } from '../../../excel/report-cells';

export const RPT11_DEFINITION: ReportDefinition = {
  code: 'RPT-11',
  name: '登记失业人员跟踪服务台账',
  unitLabel: '单位：人',
  columns: [
    col('seq', '序号', 'seq'),
    col('township', '乡镇'),
    col('village', '村(社区)'),
    col('name', '姓名'),
    col('sex', '性别', 'text', { width: 6 }),
    col('idNumber', '公民身份号码', 'id'),
    col('phone', '联系电话', 'phone'),
    col('regDate', '失业登记日期', 'date'),
    col('durationMonths', '失业时长(月)', 'int', { sum: false }),
    col('difficult', '是否就业困难人员', 'text', { width: 10 }),
    col('level', '服务等级', 'text', { width: 12 }),
    col('jobWish', '就业意愿', 'text', { width: 8 }),
    col('contactDate', '本月联系日期', 'date'),
    col('method', '联系方式'),
    col('result', '联系结果', 'text', { width: 16 }),
    col('monthContacts', '本月联系次数', 'int'),
    col('employmentStatus', '当前就业状态', 'text', { width: 14 }),
    {
      header: '本月服务',
      children: [
        col('sv1', '职业介绍(推荐岗位数)', 'int', { width: 11 }),
        col('sv2', '职业指导', 'text', { width: 8 }),
        col('sv3', '创业服务', 'text', { width: 8 }),
        col('sv4', '政策推介', 'text', { width: 8 }),
        col('sv5', '培训推荐', 'text', { width: 8 }),
        col('svOther', '其他', 'text', { width: 6 }),
      ],
    },
    col('serviceResult', '服务结果', 'text', { width: 20 }),
    col('nextContactDate', '下次联系日期', 'date'),
    col('staff', '联系人', 'text', { width: 10 }),
    col('suggestCancel', '是否建议注销及原因', 'text', { width: 22 }),
    col('remark', '备注', 'text', { width: 20 }),
  ],
  grouping: [{ key: 'township' }, { key: 'village' }],
  totals: { countColumn: 'name' },
  freezeColumns: 4,
  notes: [
    '本表列出本月内任一时间处于有效状态的失业登记（含本月注销的），每人一行，联系情况取本月最近一次联系。',
    '本月服务栏“✓”表示本月任一次联系中提供过该项服务；职业介绍栏填写本月推荐岗位数。',
  ],
};

export interface Rpt11Row {
  township: string;
  village: string;
  name: string;
  sex: string;
  idNumber: string;
  phone: string | null;
  regDate: string;
  durationMonths: number;
  difficult: string;
  level: string;
  jobWish: string;
  contactDate: string | null;
  method: string;
  result: string;
  monthContacts: number;
  employmentStatus: string;
  sv1: number | null;
  sv2: string;
  sv3: string;
  sv4: string;
  sv5: string;
  svOther: string;
  serviceResult: string | null;
  nextContactDate: string | null;
  staff: string;
  suggestCancel: string;
  remark: string;
}

/** pastLevels: see levelAtEnd (registrations/month-sql.ts). */
export const rpt11Sql = (pastLevels: boolean) => `WITH ${levelAtEnd(pastLevels).ctes}${MONTH_CONTACTS_CTE},
${actCte(levelAtEnd(pastLevels))},
latest AS (
  SELECT a.id AS rid, (SELECT c2.id FROM contacts AS c2 INDEXED BY contacts_registration
    WHERE c2.registration_id = a.id AND c2.contact_date BETWEEN $start AND $end ORDER BY c2.contact_date DESC, c2.created_at DESC LIMIT 1) AS cid
  FROM act AS a JOIN mc ON mc.rid = a.id
)
SELECT a.person_id, a.reg_date, a.cancel_date, a.cancel_reason, g.job_wish, a.level, a.is_difficult, a.responsible_staff,
  p.name, p.sex, p.id_number, p.phone, p.employment_status,
  t.name AS township, v.name AS village,
  coalesce(mc.n, 0) AS n, coalesce(mc.ok, 0) AS ok, mc.sv1, mc.sv2, mc.sv3, mc.sv4, mc.sv5, mc.sv_other, mc.jobs,
  CASE WHEN coalesce(mc.ok, 0) = 0 THEN (SELECT c3.contact_date FROM contacts AS c3 INDEXED BY contacts_registration
    WHERE c3.registration_id = a.id AND c3.contact_date <= $asOf AND c3.result = '1' ORDER BY c3.contact_date DESC LIMIT 1) END AS last_ok,
  c.contact_date, c.method, c.result, c.employment_status_found, c.service_result, c.next_contact_date, c.staff,
  c.suggest_cancel, c.suggest_reason, c.remark
FROM act AS a
CROSS JOIN registrations AS g ON g.id = a.id
CROSS JOIN persons AS p ON p.id = a.person_id
LEFT JOIN regions AS t ON t.id = a.township_id
LEFT JOIN regions AS v ON v.id = a.village_id
LEFT JOIN mc ON mc.rid = a.id
LEFT JOIN latest ON latest.rid = a.id
LEFT JOIN contacts AS c ON c.id = latest.cid
ORDER BY t.code, v.code, p.name, a.id`;

interface SqlRow {
  person_id: string;
  reg_date: string;
  cancel_date: string | null;
  cancel_reason: string | null;
  job_wish: string;
  level: string;
  is_difficult: 0 | 1;
  responsible_staff: string;
  name: string;
  sex: string;
  id_number: string;
  phone: string | null;
  employment_status: string;
  township: string | null;
  village: string | null;
  n: number;
  ok: number;
  sv1: number | null;
  sv2: number | null;
  sv3: number | null;
  sv4: number | null;
  sv5: number | null;
  sv_other: number | null;
  jobs: number | null;
  last_ok: string | null;
  contact_date: string | null;
  method: string | null;
  result: string | null;
  employment_status_found: string | null;
  service_result: string | null;
  next_contact_date: string | null;
  staff: string | null;
  suggest_cancel: 0 | 1 | null;
  suggest_reason: string | null;
  remark: string | null;
}

const tick = (n: number | null) => (n ? '✓' : '');
const reasonText = (code: string) => `是（${cancelReasonLabel(code)}）`;

/** The rows of RPT-11 for a month, sorted 乡镇 → 村 (region code) → 姓名 as the writer's grouping needs. */
export function rpt11Rows(db: Database.Database, params: MonthReportParams): Rpt11Row[] {
  const b = monthBounds(params);
  const rules = readContactRules(db, b.end);
  const cutoffs = lostCutoffs(b.asOf, rules);
  const rows = prepared(db, rpt11Sql(hasLevelChangesAfter(db, b.end))).all({
    start: b.start,
    end: b.end,
    asOf: b.asOf,
  }) as SqlRow[];
  return rows.map((r) => {
    const endOn = r.cancel_date && r.cancel_date < b.asOf ? r.cancel_date : b.asOf;
    // BR-07, as the lostContact work list judges it (a registration cancelled in the month is not flagged).
    const since = r.last_ok ?? r.reg_date;
    const lost =
      (!r.cancel_date || r.cancel_date > b.end) &&
      r.ok === 0 &&
      since <= lostCutoffFor(db, r.person_id, since, cutoffs);
    const suggest = r.suggest_cancel && r.suggest_reason ? reasonText(r.suggest_reason) : lost ? reasonText('C11') : '';
    const remark = [
      r.cancel_date && r.cancel_reason ? `已于${r.cancel_date}注销（${cancelReasonLabel(r.cancel_reason)}）` : '',
      r.remark ?? '',
    ]
      .filter(Boolean)
      .join('；');
    return {
      township: r.township ?? '',
      village: r.village ?? '',
      name: r.name,
      sex: sexLabel(r.sex),
      idNumber: r.id_number,
      phone: r.phone,
      regDate: r.reg_date,
      durationMonths: endOn >= r.reg_date ? completedMonths(r.reg_date, endOn) : 0,
      difficult: yesNoText(r.is_difficult),
      level: `${r.level} ${serviceLevelLabel(r.level)}`,
      jobWish: jobWishLabel(r.job_wish),
      contactDate: r.contact_date,
      method: contactMethodLabel(r.method),
      result: contactResultLabel(r.result),
      monthContacts: r.n,
      employmentStatus: employmentStatusLabel(r.employment_status_found ?? r.employment_status),
      sv1: r.sv1 ? (r.jobs ?? 0) : null,
      sv2: tick(r.sv2),
      sv3: tick(r.sv3),
      sv4: tick(r.sv4),
      sv5: tick(r.sv5),
      svOther: tick(r.sv_other),
      serviceResult: r.service_result,
      nextContactDate: r.next_contact_date,
      staff: r.staff ?? r.responsible_staff,
      suggestCancel: suggest,
      remark,
    };
  });
}

/** The whole county, one month. */
export const rpt11 = fixedReport(RPT11_DEFINITION, {
  followsReportPeriod: true,
  rows: (db, scope) => rpt11Rows(db, scope),
});
