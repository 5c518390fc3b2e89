// RPT-05 公益性岗位考勤表 (DOMAIN §6.5): monthly, one sheet per 用人单位, title {单位}{年}年{月}月公益性岗位人员考勤表.
// Columns: 序号 | 姓名 | 岗位名称 | a column per day of the month (E28 marks) | 应出勤天数 | 实际出勤天数 | 请假天数 |
// 旷工天数 | 本月考核 | 本人签字 | 备注; footer 用人单位负责人（签字）/ 考勤员 / 日期 and the seal. Without kept daily marks the
// day cells stay empty on days on post (— off post) and 请假/旷工 stay empty: nothing is invented. The 说明 says what
// 实际出勤天数 is on the sheet at hand (audit5): the count of √ where every person's days are kept; where some were
// entered as monthly totals (or left at the generated full attendance), it says that their figure is the total.
// Scope: the month's attendance rows (attendance.generate), optionally one 乡镇 (the post's) or one 用人单位.
import { personScopeNamedSql, scopeParam } from '../../../scope/scope';
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../../shared/contract/result';
import { countMarks, MARK_OFF_POST, monthSpan, requiredDaysOnPost } from '../../../../../shared/domain/subsidy-amounts';
import type { WorkingCalendar } from '../../../../../shared/domain/working-days';
import { subsidyRulesForMonth } from '../../subsidies/config';
import { column, type ReportColumn, type ReportDefinition } from '../../../excel/report-definition';
import { RESIDENT_TOWNSHIP, type ReportScope, type ReportSource, type SourceSheet } from '../../reports/report-source';
import { gridRows, type AttendanceGridRow } from '../queries';
import { chineseMonth } from '../../../../../shared/domain/dates';
import { assessmentResultLabel } from '../../../../../shared/enums/post-codes';

const RPT05_CODE = 'RPT-05';
const RPT05_NAME = '公益性岗位考勤表';
const RPT05_SIGNATURE =
  '用人单位负责人（签字）：　　　　　　考勤员：　　　　　　日期：　　年　月　日　　　　（单位盖章）';

/** The RPT-05 headers the attendance import reads back (imports/attendance-roster.ts). */
const RPT05_HEADERS = {
  name: '姓名',
  post: '岗位名称',
  days: '每日考勤',
  required: '应出勤天数',
  attended: '实际出勤天数',
  leave: '请假天数',
  absent: '旷工天数',
  deduction: '扣减金额',
  deductionReason: '扣减原因',
  si: '单位缴纳社会保险',
  siPension: '养老',
  siMedical: '医疗',
  siUnemployment: '失业',
  siInjury: '工伤',
  assessment: '本月考核',
  sign: '本人签字',
  remark: '备注',
  key: '考勤编号',
} as const;
const H = RPT05_HEADERS;

/** The first 说明 line: the marks, and what 实际出勤天数 is when every row has its days (E28 marks) kept. */
export const RPT05_MARKS_NOTE =
  '考勤标记：√ 出勤，休 休息，假 请假，旷 旷工，— 不在岗；请假、旷工只记在工作日，实际出勤天数为“√”的天数。';
/** The same line for a sheet where some persons have no daily marks (attendance entered as monthly totals). */
export const RPT05_TOTALS_NOTE =
  '考勤标记：√ 出勤，休 休息，假 请假，旷 旷工，— 不在岗；请假、旷工只记在工作日。逐日登记考勤的人员，实际出勤天数为“√”的天数；每日考勤空白的人员按月录入，实际出勤天数为录入的合计天数（未改动时为在岗工作日全勤），请假、旷工天数未分列。';

/**
 * The sheet of §6.5, plus what the employer fills in for the round trip (issue 12): 扣减金额 with its reason and
 * the employer's four social-insurance amounts (元), and a hidden 考勤编号 (the attendance row's id) by which the
 * import finds the row again whatever the employer does to names and order. `allByDay`: every row of the sheet has
 * its daily marks (else the 说明 says that a blank day grid goes with a monthly total).
 */
function rpt05Definition(month: string, sheetName?: string, allByDay = true): ReportDefinition {
  const days = monthSpan(month).calendarDays;
  const dayColumns: ReportColumn[] = Array.from({ length: days }, (_, i) =>
    column(`d${i + 1}`, String(i + 1), 'text', { width: 3.5 }),
  );
  return {
    code: RPT05_CODE,
    name: RPT05_NAME,
    title: '{单位}{年}年{月}月公益性岗位人员考勤表',
    sheetName,
    unitLabel: '单位：天、元',
    columns: [
      column('seq', '序号', 'seq'),
      column('name', H.name),
      column('post', H.post, 'text', { width: 12 }),
      { header: H.days, children: dayColumns },
      column('required', H.required, 'int', { width: 7 }),
      column('attended', H.attended, 'int', { width: 7 }),
      column('leave', H.leave, 'int', { width: 6 }),
      column('absent', H.absent, 'int', { width: 6 }),
      column('deduction', H.deduction, 'money', { width: 9 }),
      column('deductionReason', H.deductionReason, 'text', { width: 12 }),
      {
        header: H.si,
        children: [
          column('siPension', H.siPension, 'money', { width: 9 }),
          column('siMedical', H.siMedical, 'money', { width: 9 }),
          column('siUnemployment', H.siUnemployment, 'money', { width: 9 }),
          column('siInjury', H.siInjury, 'money', { width: 9 }),
        ],
      },
      column('assessment', H.assessment, 'text', { width: 8 }),
      column('sign', H.sign, 'text', { width: 10 }),
      column('remark', H.remark, 'text', { width: 12 }),
      column('key', H.key, 'text', { width: 36, hidden: true }),
    ],
    totals: { grandTotal: false },
    signatures: [RPT05_SIGNATURE],
    notes: [
      allByDay ? RPT05_MARKS_NOTE : RPT05_TOTALS_NOTE,
      '应出勤天数为本月工作日天数（按本县工作日安排，已扣除法定节假日、计入调休上班日），月中上岗或离岗的人员为在岗期间的工作日天数；实际出勤天数不得多于应出勤天数和在岗天数。',
      '扣减金额和单位缴纳社会保险以元为单位；有扣减时请填写扣减原因。填好后可在“录入考勤”页导入本表。',
    ],
    freezeColumns: 3,
  };
}

/**
 * One sheet row; day cells from the kept marks, else empty on days on post and — off post. 应出勤天数 of a month on
 * post in part: the working days on post (requiredDaysOnPost; the import reads it back as the row's own).
 */
function rpt05Row(r: AttendanceGridRow, calendar: WorkingCalendar): Record<string, string | number | null> {
  const span = monthSpan(r.month);
  const row: Record<string, string | number | null> = {
    name: r.person_name,
    post: r.post_title,
    required: requiredDaysOnPost(r.month, r.start_date, r.leave_date, r.required_days, calendar),
    attended: r.attended_days,
    leave: null,
    absent: null,
    deduction: r.deduction,
    deductionReason: r.deduction_reason,
    siPension: r.si_pension,
    siMedical: r.si_medical,
    siUnemployment: r.si_unemployment,
    siInjury: r.si_injury,
    assessment: r.assessment ? assessmentResultLabel(r.assessment) : null,
    sign: null,
    remark: r.remark,
    key: r.id,
    [RESIDENT_TOWNSHIP]: r.person_township_id,
  };
  const marks = r.daily_marks ? Array.from(r.daily_marks) : null;
  for (let d = 1; d <= span.calendarDays; d++) {
    const day = `${r.month}-${String(d).padStart(2, '0')}`;
    const onPost = day >= r.start_date && (r.leave_date === null || day <= r.leave_date);
    row[`d${d}`] = marks ? marks[d - 1] : onPost ? null : MARK_OFF_POST;
  }
  if (r.daily_marks) {
    const c = countMarks(r.daily_marks);
    row.leave = c.leave;
    row.absent = c.absent;
  }
  return row;
}

/** Employers with attendance rows in the month, in 乡镇 code and name order, within the scope. */
function employersOf(db: Database.Database, scope: ReportScope): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT e.id, e.name, r.code FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id
    JOIN posts po ON po.id = pl.post_id JOIN employers e ON e.id = po.employer_id JOIN regions r ON r.id = e.township_id
    WHERE a.month = @month AND (@township IS NULL OR po.township_id = @township) AND (@employer IS NULL OR e.id = @employer)
      AND ${personScopeNamedSql('pl.person_id', 'own')}
    ORDER BY r.code, e.name, e.id`,
    )
    .all({
      month: scope.month,
      township: scope.townshipId ?? null,
      employer: scope.employerId ?? null,
      own: scope.persons ? scopeParam(scope.persons) : null,
    }) as {
    id: string;
    name: string;
  }[];
}

function rpt05Sheets(db: Database.Database, scope: ReportScope): SourceSheet[] {
  const employers = employersOf(db, scope);
  if (!employers.length) {
    throw ruleViolation(
      `${chineseMonth(scope.month)}${scope.employerName ? `“${scope.employerName}”` : ''}还没有考勤记录，请先生成考勤。`,
    );
  }
  const { calendar } = subsidyRulesForMonth(db, scope.month);
  return employers.map((e) => {
    const grid = gridRows(db, scope.month, e.id, scope.persons);
    return {
      definition: rpt05Definition(
        scope.month,
        e.name,
        grid.every((r) => r.daily_marks),
      ),
      rows: grid.map((r) => rpt05Row(r, calendar)),
      unitName: e.name,
    };
  });
}

/** Why a column the attendance import matches cannot be renamed or left out (报表格式). */
export const RPT05_READ_BACK = '导入考勤表时按此列识别';

/** The RPT-05 columns and header groups the attendance import reads back (imports/attendance-roster.ts). */
const READ_BACK_IDS = [
  'name',
  'post',
  `group:${H.days}`,
  ...Array.from({ length: 31 }, (_, i) => `d${i + 1}`),
  'required',
  'attended',
  'deduction',
  'deductionReason',
  `group:${H.si}`,
  'siPension',
  'siMedical',
  'siUnemployment',
  'siInjury',
  'assessment',
  'remark',
];

export const rpt05: ReportSource = {
  code: RPT05_CODE,
  name: RPT05_NAME,
  layout: { readBack: Object.fromEntries(READ_BACK_IDS.map((id) => [id, RPT05_READ_BACK])) },
  definition: (scope) => rpt05Definition(scope.month),
  rows: () => [],
  count: (db, scope) =>
    db
      .prepare(
        `SELECT count(*) FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id
      WHERE a.month = @month AND (@township IS NULL OR po.township_id = @township) AND (@employer IS NULL OR po.employer_id = @employer)`,
      )
      .pluck()
      .get({ month: scope.month, township: scope.townshipId ?? null, employer: scope.employerId ?? null }) as number,
  sheets: rpt05Sheets,
};
