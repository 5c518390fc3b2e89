// The 考勤表 roster kind (issue 12, the RPT-05 round trip): an employer's filled-in RPT-05 comes back through the
// roster pipeline (roster-check.ts / roster-commit.ts). The row validator finds the attendance row (hidden 考勤编号,
// else 姓名 + 岗位名称 within the employer's month) and reads the cells — days, daily marks, 扣减金额 and reason, the
// four social-insurance amounts (元 → fen), 本月考核, 备注 — naming each bad cell; the committer saves the row with
// attendance.save's own checks and locks (saveEntries), so the dry run reports their refusals on the row too.
// A column the sheet does not have leaves the stored value as it is.
import {
  ATTENDANCE_IMPORT_FIELDS,
  ATTENDANCE_IMPORT_REQUIRED,
  type PlannedCreation,
} from '../../../../shared/contract/roster-imports';
import type { AttendanceEntry } from '../../../../shared/contract/attendance';
import { ruleViolation } from '../../../../shared/contract/result';
import { parseYuan } from '../../../../shared/domain/money';
import { MARK_OFF_POST, MARK_PRESENT, monthSpan, requiredDaysOnPost } from '../../../../shared/domain/subsidy-amounts';
import type { CoreContext } from '../../context';
import type { MappedRow } from '../../excel/import/rows';
import { cellText, readTextCell } from '../../excel/import/values';
import type { RawCell } from '../../excel/read-table';
import { gridRows, type AttendanceGridRow } from '../attendance/queries';
import { saveEntries } from '../attendance/service';
import { subsidyRulesForMonth } from '../subsidies/config';
import { lookupKey } from './person-codes';
import { fieldLabel, type RosterKind, type RosterRow, type RosterSpec, type RowEnv, type RowRead } from './roster-kind';
import { chineseMonth } from '../../../../shared/domain/dates';
import { ASSESSMENT_RESULTS, type AssessmentResultCode } from '../../../../shared/enums/post-codes';
import { kindMappings } from './mappings';

export interface AttendanceImportRow extends RosterRow {
  month: string;
  employerId: string;
  personName: string;
  entry: Required<AttendanceEntry>;
}

const DAY_KEYS = Array.from({ length: 31 }, (_, i) => `d${i + 1}`);
const MONEY_KEYS = ['deduction', 'siPension', 'siMedical', 'siUnemployment', 'siInjury'] as const;

/** Header texts RPT-05 writes (and what clerks type) besides each field's label. */
const SYNONYMS: Record<string, string[]> = {
  ...Object.fromEntries(DAY_KEYS.map((k, i) => [k, [String(i + 1)]])),
  name: ['人员姓名'],
  post: ['岗位'],
  required: ['应出勤'],
  attended: ['实际出勤', '出勤天数'],
  deduction: ['扣减', '扣减金额元', '扣款'],
  siPension: ['养老', '养老保险'],
  siMedical: ['医疗', '医疗保险'],
  siUnemployment: ['失业', '失业保险'],
  siInjury: ['工伤', '工伤保险'],
  assessment: ['考核', '考核结果'],
};

export const ATTENDANCE_IMPORT_SPECS: RosterSpec[] = Object.entries(ATTENDANCE_IMPORT_FIELDS).map(([key, label]) => ({
  key,
  label,
  synonyms: SYNONYMS[key],
  required: ATTENDANCE_IMPORT_REQUIRED.includes(key),
}));

const labelOf = fieldLabel(ATTENDANCE_IMPORT_FIELDS);

/** attendance.save field (rows.<i>.<field>) → the sheet column holding it. */
const FIELD_COLUMN: Record<string, string> = {
  id: 'key',
  requiredDays: 'required',
  attendedDays: 'attended',
  dailyMarks: 'attended',
  deductionFen: 'deduction',
  deductionReason: 'deductionReason',
  siPensionFen: 'siPension',
  siMedicalFen: 'siMedical',
  siUnemploymentFen: 'siUnemployment',
  siInjuryFen: 'siInjury',
  assessment: 'assessment',
  remark: 'remark',
};

/** What clerks write for the E28 marks → the mark. */
const MARK_SPELLINGS: Record<string, string> = {
  '√': MARK_PRESENT,
  '✓': MARK_PRESENT,
  '✔': MARK_PRESENT,
  v: MARK_PRESENT,
  V: MARK_PRESENT,
  休: '休',
  假: '假',
  旷: '旷',
  '—': MARK_OFF_POST,
  '-': MARK_OFF_POST,
  '–': MARK_OFF_POST,
  '－': MARK_OFF_POST,
  '——': MARK_OFF_POST,
};
/** 本月考核 as written in the sheet (合格 / 不合格) → its code. */
const ASSESSMENTS: Record<string, AssessmentResultCode> = Object.fromEntries(
  ASSESSMENT_RESULTS.map((i) => [i.label, i.code]),
);

/** The month and employer the clerk imports for (from the check's input), with the employer's rows of the month. */
export interface AttendanceImportScope {
  month: string;
  employerId: string;
  employerName: string;
}

/**
 * The kind for one check (scope given: rows are looked up in that employer's month, each at most once) or for a
 * commit (no scope: the rows carry their month and employer).
 */
/**
 * 应出勤天数 read back: RPT-05 prints a month on post in part as the working days on post (requiredDaysOnPost), while the
 * row keeps the whole month's (what PRORATE_ATTENDANCE divides by); the printed figure read back is the row's own.
 */
function requiredRead(ctx: CoreContext, found: AttendanceGridRow, read: number): number {
  const { calendar } = subsidyRulesForMonth(ctx.db, found.month);
  const printed = requiredDaysOnPost(found.month, found.start_date, found.leave_date, found.required_days, calendar);
  return read === printed ? found.required_days : read;
}

export function attendanceRoster(scope?: AttendanceImportScope): RosterKind<AttendanceImportRow, null> {
  let rows: Map<string, AttendanceGridRow> | null = null;
  const seen = new Map<string, number>();
  const rowsOf = (ctx: CoreContext) => {
    if (!scope) throw new Error('attendanceRoster: a check needs its month and employer');
    rows ??= new Map(gridRows(ctx.db, scope.month, scope.employerId).map((r) => [r.id, r]));
    return rows;
  };

  function readRow(mapped: MappedRow, env: RowEnv): RowRead<AttendanceImportRow> {
    const { row, cells } = mapped;
    const has = (key: string) => env.columns[key] !== undefined;
    let failed = false;
    const fail = (key: string, message: string) => {
      failed = true;
      const at = has(key) ? key : 'name';
      env.errors.add(row, env.columns[at], labelOf(at), cells[at] ?? null, message);
    };
    const where = `“${scope!.employerName}”${chineseMonth(scope!.month)}`;
    const found = findRow(mapped, env, rowsOf(env.ctx), where, fail);
    if (!found) return { idNumber: null, read: null };
    const first = seen.get(found.id);
    if (first !== undefined) {
      fail(has('key') ? 'key' : 'name', `与第${first}行是同一人的考勤（${found.person_name}），每人只能填一行`);
      return { idNumber: null, read: null };
    }
    seen.set(found.id, row);

    const int = (key: string, stored: number): number => {
      if (!has(key)) return stored;
      const text = cellText(cells[key] ?? null);
      if (text === '') {
        fail(key, `请填写${labelOf(key)}`);
        return stored;
      }
      if (!/^\d+$/.test(text)) {
        fail(key, `${labelOf(key)}应为不小于0的整数（天）`);
        return stored;
      }
      return Number(text);
    };
    const money = (key: string, stored: number): number => {
      if (!has(key)) return stored;
      const cell = cells[key] ?? null;
      if (cellText(cell) === '') return 0;
      const p = typeof cell === 'number' || typeof cell === 'string' ? parseYuan(cell) : null;
      if (!p || !p.ok) {
        fail(key, `${labelOf(key)}应为金额（元），${p && !p.ok ? p.message : '格式不正确'}`);
        return stored;
      }
      if (p.fen < 0) {
        fail(key, `${labelOf(key)}不能为负数`);
        return stored;
      }
      return p.fen;
    };
    const text = (key: string, stored: string | null): string | null =>
      has(key) ? readTextCell(cells[key] ?? null) : stored;

    const [deduction, siPension, siMedical, siUnemployment, siInjury] = MONEY_KEYS.map((k, i) =>
      money(k, [found.deduction, found.si_pension, found.si_medical, found.si_unemployment, found.si_injury][i]),
    );
    let assessment = found.assessment;
    if (has('assessment')) {
      const a = readTextCell(cells.assessment ?? null);
      if (a === null) assessment = null;
      else if (ASSESSMENTS[a]) assessment = ASSESSMENTS[a];
      else fail('assessment', '本月考核只能填“合格”或“不合格”');
    }
    const entry: Required<AttendanceEntry> = {
      id: found.id,
      requiredDays: requiredRead(env.ctx, found, int('required', found.required_days)),
      attendedDays: int('attended', found.attended_days),
      dailyMarks: readMarks(mapped, env, found, fail),
      deductionFen: deduction,
      deductionReason: text('deductionReason', found.deduction_reason),
      siPensionFen: siPension,
      siMedicalFen: siMedical,
      siUnemploymentFen: siUnemployment,
      siInjuryFen: siInjury,
      assessment,
      remark: text('remark', found.remark),
    };
    if (failed) return { idNumber: null, read: null };
    return {
      idNumber: null,
      read: {
        row,
        source: mapped,
        month: found.month,
        employerId: found.employer_id,
        personName: found.person_name,
        entry,
      },
    };
  }

  return {
    id: 'attendance',
    noun: '考勤表',
    recordNoun: '考勤',
    specs: ATTENDANCE_IMPORT_SPECS,
    textKeys: new Set(['name', 'post', 'key', 'deductionReason', 'assessment', 'remark', ...DAY_KEYS]),
    mappings: kindMappings('attendance', ATTENDANCE_IMPORT_SPECS),
    uniqueIds: false,
    anchorKey: 'name',
    checkDefaults(defaults) {
      if (Object.keys(defaults).length) throw ruleViolation('导入考勤表时不使用默认值，请在表中逐行填写。');
    },
    readRow,
    session: () => null,
    apply(ctx, r): { person?: PlannedCreation } {
      saveEntries(ctx, { month: r.month, employerId: r.employerId, rows: [r.entry] }, (_i, person) =>
        person ? `“${person}”` : '',
      );
      return {};
    },
    columnOf: (field) => FIELD_COLUMN[field.replace(/^rows\.\d+\./, '')] ?? 'name',
  };
}

/** The row's attendance record: by 考勤编号 (the 姓名 must agree), else by 姓名 and 岗位名称; failures recorded. */
function findRow(
  mapped: MappedRow,
  env: RowEnv,
  rows: Map<string, AttendanceGridRow>,
  where: string,
  fail: (key: string, message: string) => void,
): AttendanceGridRow | null {
  const { cells } = mapped;
  const name = readTextCell(cells.name ?? null);
  if (!name) {
    fail('name', '请填写姓名');
    return null;
  }
  const key = env.columns.key === undefined ? null : readTextCell(cells.key ?? null);
  if (key) {
    const r = rows.get(key);
    if (!r) {
      fail('key', `考勤编号不是${where}的考勤记录，请确认导入的是本单位本月导出的考勤表`);
      return null;
    }
    if (lookupKey(r.person_name) !== lookupKey(name)) {
      fail('name', `姓名“${name}”与该行考勤记录的“${r.person_name}”不符，请不要在表中调换或改写人员`);
      return null;
    }
    return r;
  }
  const post = env.columns.post === undefined ? null : readTextCell(cells.post ?? null);
  const matches = [...rows.values()].filter(
    (r) =>
      lookupKey(r.person_name) === lookupKey(name) && (post === null || lookupKey(r.post_title) === lookupKey(post)),
  );
  if (matches.length === 1) return matches[0];
  fail(
    'name',
    matches.length === 0
      ? `${where}的考勤中没有姓名为“${name}”${post ? `、岗位为“${post}”` : ''}的人员，请先生成考勤或核对姓名`
      : `${where}的考勤中有${matches.length}个“${name}”${post ? `（岗位“${post}”）` : ''}，请使用本单位导出的考勤表（含考勤编号）`,
  );
  return null;
}

/**
 * The daily marks: null when the sheet has no day columns or none is filled on a day on post; otherwise one mark
 * per day, a blank day off post counting as —, a blank or unknown mark on post an error on its cell.
 */
function readMarks(
  mapped: MappedRow,
  env: RowEnv,
  r: AttendanceGridRow,
  fail: (key: string, message: string) => void,
): string | null {
  const span = monthSpan(r.month);
  const keys = DAY_KEYS.slice(0, span.calendarDays);
  if (!keys.some((k) => env.columns[k] !== undefined)) return r.daily_marks;
  const texts = keys.map((k) => cellText((mapped.cells[k] ?? null) as RawCell));
  const onPost = keys.map((_, i) => {
    const day = `${r.month}-${String(i + 1).padStart(2, '0')}`;
    return day >= r.start_date && (r.leave_date === null || day <= r.leave_date);
  });
  if (!texts.some((t, i) => t !== '' && onPost[i])) return null;
  let marks = '';
  texts.forEach((t, i) => {
    const mark = t === '' ? (onPost[i] ? null : MARK_OFF_POST) : (MARK_SPELLINGS[t] ?? null);
    if (mark === null) {
      fail(keys[i], t === '' ? `${i + 1}日在岗，请填写考勤标记` : `考勤标记“${t}”无效，只能是 √ 休 假 旷 —`);
      marks += '?';
    } else if (mark === MARK_OFF_POST && onPost[i]) {
      fail(keys[i], `${i + 1}日在岗，不能记“—”`);
      marks += '?';
    } else if (mark !== MARK_OFF_POST && !onPost[i]) {
      fail(
        keys[i],
        `${i + 1}日不在岗（上岗日期 ${r.start_date}${r.leave_date ? `，离岗日期 ${r.leave_date}` : ''}），只能记“—”或不填`,
      );
      marks += '?';
    } else marks += mark;
  });
  return marks;
}
