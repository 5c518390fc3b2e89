// RPT-09 就业见习补贴发放花名册 (DOMAIN §6.9; BR-27, BR-32): the month's 见习补贴 roster grouped by 见习单位 with 小计,
// 合计 and 合计人民币（大写）. Per intern: the days in internship this month, the standard, the living allowance (BR-19
// proration), the deduction of the month (DOMAIN §3.11, its reason in 备注), the host's own monthly allowance for
// checking (VR-14, not summed), the early-hire remainder (E22 3) and the total the roster pays (frozen at review):
// the living allowance less the deduction, plus the remainder. The remainder is paid to the host's account, the rest to
// the intern (BR-27): an intern with a remainder gets two lines — their own as every intern's (own card), and directly
// under it, without a 序号 of its own and not counted as a person, the remainder with the host's account (audit9 gap 2:
// one line sent the intern's own allowance to the host).
// Always in 元, whatever the statistical tables' unit (CFG-30): the finance office pays from this roster.
// Monthly or quarterly (§6.9, BR-24 claims by month or quarter): the 统计期 is whole months; one month is that
// month's roster; several months (a quarter) add up each month's roster into one row per intern — days, living
// allowance, remainder and total summed — and every month of the period must have its roster.
import type Database from 'better-sqlite3';
import { column, type ReportDefinition } from '../../../excel/report-definition';
import { addMonths, chineseMonth, monthsBetween } from '../../../../../shared/domain/dates';
import { fixedReport, rangePeriod, type ReportScope, type SourceSheet } from '../../reports/report-source';
import type { BatchRow } from '../queries';
import { draftNote, monthRosters, rosterClose, rosterFrame } from './roster-rows';
import { payee, withDetached } from '../payee-copies';
import { prepared } from '../../../db/prepared';

export const RPT09_CODE = 'RPT-09';
export const RPT09_NAME = '就业见习补贴发放花名册';

/**
 * How 本期生活费补助 is worked out: of one month, from the row's own figures; of several (a range of monthly rosters, or
 * a quarterly roster), month by month and summed — the row's days and standard do not give it (audit9 gap 9).
 */
function dueNote(months: number): string {
  const each =
    months > 1
      ? '本期生活费补助为各月生活费补助之和，每月 = 补助标准 × 当月见习天数 ÷ 当月天数，四舍五入到分，补助标准为期内最后一个月的标准'
      : '本期生活费补助 = 补助标准 × 本期见习天数 ÷ 当月天数，四舍五入到分';
  return `${each}；合计 = 本期生活费补助 − 扣减 + 提前留用剩余期限补贴，扣减原因见备注；单位已发岗位补助为见习协议约定的单位月补助标准，供核验，不计入合计。`;
}

/** The months the rosters cover (a quarterly roster covers three). */
const monthsCovered = (rosters: readonly BatchRow[]): number =>
  rosters.reduce((n, r) => n + (r.month_to ? monthsBetween(r.month, r.month_to) + 1 : 1), 0);

function definition(b: BatchRow | null, rosters: BatchRow[] = b ? [b] : []): ReportDefinition {
  return {
    code: RPT09_CODE,
    name: RPT09_NAME,
    columns: [
      column('seq', '序号', 'seq'),
      column('host', '见习单位', 'text', { width: 18 }),
      column('name', '姓名'),
      column('id', '公民身份号码', 'id'),
      column('term', '见习起止', 'text', { width: 23 }),
      column('days', '本期见习天数', 'int', { width: 8 }),
      column('standard', '补助标准(元/月)', 'money', { sum: false }),
      column('due', '本期生活费补助', 'money'),
      column('deduction', '扣减', 'money'),
      column('hostAllowance', '单位已发岗位补助(核验)', 'money', { sum: false }),
      column('early', '提前留用剩余期限补贴', 'money'),
      column('total', '合计', 'money'),
      column('account', '拨付账户(单位账户或个人社保卡)', 'bank'),
      column('remark', '备注', 'text', { width: 16 }),
    ],
    grouping: [{ key: 'host' }],
    ...rosterClose(b, 'host', 'total'),
    notes: [
      ...rosters.flatMap(draftNote),
      ...(rosters.length > 1
        ? [
            `本表汇总${chineseMonth(rosters[0].month)}至${chineseMonth(rosters[rosters.length - 1].month)}各月见习补贴发放花名册，每人一行（提前留用剩余期限补贴另列一行），本期见习天数和各项补助为各月之和。`,
          ]
        : []),
      dueNote(monthsCovered(rosters)),
      '提前留用剩余期限补贴为提前留用（签订劳动合同）人员见习协议剩余期限的生活费补助，拨付见习单位，在该人员下一行单列，不另编序号、不另计人数；本人的生活费补助拨付本人社保卡。',
    ],
    freezeColumns: 3,
    continuationKey: 'remainderLine',
    ...(b ? rosterFrame(b, '见习补贴') : {}),
  };
}

interface Row {
  amount_fen: number;
  internship_id: string;
  host: string;
  host_id: string;
  name: string;
  id_number: string;
  agreement_start: string;
  agreement_end: string;
  end_date: string | null;
  days: number;
  standard: number;
  due_amount: number;
  deduction: number;
  reasons: string[];
  host_allowance: number;
  early_hire_amount: number;
  person_bank: string | null;
  host_bank: string | null;
}

/** An allowance item's row over its linked records (a purge's detached rows are read from `printed`). */
const ALLOWANCE_ROWS = `SELECT i.id AS item_id, i.amount_fen, it.id AS internship_id, ${payee('unit', 'e.name')} AS host, e.id AS host_id,
  ${payee('name', 'pe.name')} AS name, ${payee('id_number', 'pe.id_number')} AS id_number, it.agreement_start,
  it.agreement_end, it.end_date, ia.month, ia.days, ia.standard, ia.due_amount, ia.deduction, ia.deduction_reason,
  it.host_allowance, ia.early_hire_amount, ${payee('account', 'pe.bank_card_no')} AS person_bank,
  ${payee('unit_account', 'e.bank_account')} AS host_bank
FROM subsidy_batch_items i JOIN internship_allowances ia ON ia.id = i.allowance_id JOIN internships it ON it.id = ia.internship_id
JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id
WHERE i.batch_id IN (SELECT value FROM json_each(@batches))`;

type AllowanceItemRow = Omit<Row, 'reasons'> & { item_id: string; month: string; deduction_reason: string | null };

/** The allowance items of one roster still linked to their records, in no order (what a purge writes to `printed`). */
export const linkedAllowanceItems = (db: Database.Database, batch: string): AllowanceItemRow[] =>
  prepared(db, ALLOWANCE_ROWS).all({ batches: JSON.stringify([batch]) }) as AllowanceItemRow[];

/**
 * The rows of the given rosters, one per internship: a month's roster as it is, several months summed; the intern, the
 * 见习单位 and the accounts as each roster was reviewed (payee-copies.ts), rows of purged persons as the purge kept them.
 */
export function rpt09Rows(db: Database.Database, batchIds: string | readonly string[]): object[] {
  const sql = withDetached(
    db,
    ALLOWANCE_ROWS,
    'i.batch_id IN (SELECT value FROM json_each(@batches))',
    'ORDER BY host, host_id, name, id_number, internship_id, month, item_id',
  );
  const batches = JSON.stringify(typeof batchIds === 'string' ? [batchIds] : batchIds);
  const rows = prepared(db, sql).all({ batches }) as AllowanceItemRow[];
  const several = new Set(rows.map((r) => r.month)).size > 1;
  // Rows of one internship are adjacent (ordered by host, person, internship): sum them into the first.
  const merged: Row[] = [];
  for (const r of rows) {
    const last = merged[merged.length - 1];
    const reasons = r.deduction > 0 ? [`${several ? chineseMonth(r.month) : ''}扣减：${r.deduction_reason}`] : [];
    if (last?.internship_id !== r.internship_id) {
      merged.push({ ...r, reasons });
      continue;
    }
    last.amount_fen += r.amount_fen;
    last.days += r.days;
    last.due_amount += r.due_amount;
    last.deduction += r.deduction;
    last.reasons.push(...reasons);
    last.early_hire_amount += r.early_hire_amount;
    last.standard = r.standard;
  }
  return merged.flatMap((r) => {
    const early = r.early_hire_amount;
    const own = {
      host: r.host,
      name: r.name,
      id: r.id_number,
      term: `${r.agreement_start}至${r.end_date ?? r.agreement_end}`,
      days: r.days,
      standard: r.standard,
      due: r.due_amount,
      deduction: r.deduction,
      hostAllowance: r.host_allowance,
      early: 0,
      total: r.amount_fen - early,
      account: r.person_bank,
      remark: [...(early > 0 ? ['提前留用，剩余期限补贴见下一行'] : []), ...r.reasons].join('；') || null,
    };
    if (early === 0) return [own];
    // The remainder: the same person's line, paid to the 见习单位.
    const remainder = {
      host: r.host,
      early,
      total: early,
      account: r.host_bank,
      remark: `${r.name}提前留用剩余期限补贴，拨付见习单位（原协议至${r.agreement_end}）`,
      remainderLine: true,
    };
    return [own, remainder];
  });
}

/** The months of the 统计期 (one month when the scope has no range). */
function monthsOf(scope: ReportScope): string[] {
  const { from, to } = scope.range ?? { from: scope.month, to: scope.month };
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * One sheet per 范围 (DOMAIN §3.10): the county's rosters of the period, then each 乡镇's or 单位's, each summing its
 * own months; every month of the period must have a roster.
 */
export function rpt09Sheets(db: Database.Database, scope: ReportScope): SourceSheet[] {
  const byScope = new Map<string, BatchRow[]>();
  const rosters = new Map(monthsOf(scope).flatMap((m) => monthRosters(db, 'internship', m).map((b) => [b.id, b])));
  for (const b of rosters.values()) {
    const key = `${b.township_id ?? ''}|${b.employer_id ?? ''}`;
    byScope.set(key, [...(byScope.get(key) ?? []), b]);
  }
  const groups = [...byScope.values()].sort((a, b) => Number(!!a[0].scope_name) - Number(!!b[0].scope_name));
  return groups.map((rosters) => ({
    definition: definition(rosters[rosters.length - 1], rosters),
    rows: rpt09Rows(
      db,
      rosters.map((b) => b.id),
    ),
  }));
}

export const rpt09 = fixedReport(definition(null), { rows: () => [], period: rangePeriod, sheets: rpt09Sheets });
