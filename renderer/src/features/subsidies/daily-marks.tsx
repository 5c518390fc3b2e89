// The 每日考勤 view of the attendance grid (DOMAIN §3.9 daily_marks, E28): a column per day of the month, one mark
// per cell, typed from the keyboard. A key marks the day and moves to the next day; ←/→ move along the row, Enter/↑/↓
// along the day's column; Backspace puts the day's default back. Days off post are fixed (—) and skipped. The core
// checks the marks (a day off post, 请假/旷工 on a 休息日, attended days = the number of √) when the grid is saved.
import { Input, Typography } from 'antd';
import type { TableColumnType } from 'antd';
import type { ChangeEvent, KeyboardEvent } from 'react';
import type { AttendanceRow } from '../../../../shared/contract/attendance';
import {
  MARK_ABSENT,
  MARK_LEAVE,
  MARK_OFF_POST,
  MARK_PRESENT,
  MARK_REST,
  countMarks,
} from '../../../../shared/domain/subsidy-amounts';
import { weekday } from '../../../../shared/domain/working-days';
import type { Draft } from './grid-draft';

/** A key pressed (or a character typed through an input method) → the E28 mark it enters. */
const KEY_MARKS: Record<string, string> = {
  '1': MARK_PRESENT,
  v: MARK_PRESENT,
  [MARK_PRESENT]: MARK_PRESENT,
  '2': MARK_REST,
  x: MARK_REST,
  [MARK_REST]: MARK_REST,
  '3': MARK_LEAVE,
  j: MARK_LEAVE,
  [MARK_LEAVE]: MARK_LEAVE,
  '4': MARK_ABSENT,
  k: MARK_ABSENT,
  [MARK_ABSENT]: MARK_ABSENT,
};

const markOfKey = (key: string): string | null => KEY_MARKS[key.length === 1 ? key.toLowerCase() : key] ?? null;

export const MARKS_HINT =
  '每日考勤：按 1 或 V 记√出勤，2 或 X 记休，3 或 J 记假，4 或 K 记旷，退格恢复默认；←→ 左右移动，回车或↑↓上下移动，Ctrl+S 保存。';

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];

/** Focuses the next enabled day cell from (row, day) in the direction (dRow, dDay); false at the edge. */
function focusDay(row: number, day: number, dRow: number, dDay: number): boolean {
  for (let r = row + dRow, d = day + dDay; ; r += dRow, d += dDay) {
    const el = document.querySelector<HTMLInputElement>(`[data-day="${r}:${d}"]`);
    if (!el) return false;
    if (!el.disabled) {
      el.focus();
      el.select();
      return true;
    }
  }
}

const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  Enter: [1, 0],
};

interface MarkColumnsProps {
  month: string;
  calendarDays: number;
  restDays: readonly number[];
  draft: (r: AttendanceRow) => Draft;
  /** Marks day `day` (1-based) of the row. */
  onMark: (r: AttendanceRow, day: number, mark: string) => void;
  /** The core's refusal of a row's marks, if any. */
  error: (r: AttendanceRow) => string | undefined;
}

/** The day columns and the counts (出勤/请假/旷工) of the marks view. */
export function markColumns(p: MarkColumnsProps): TableColumnType<AttendanceRow>[] {
  const rest = new Set(p.restDays);
  const days = Array.from({ length: p.calendarDays }, (_, i) => i + 1);
  const keyDown = (e: KeyboardEvent<HTMLInputElement>, r: AttendanceRow, row: number, day: number) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      focusDay(row, day, move[0], move[1]);
      return;
    }
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      p.onMark(r, day, Array.from(r.defaultMarks)[day - 1]);
      return;
    }
    const mark = markOfKey(e.key);
    if (mark) {
      e.preventDefault();
      p.onMark(r, day, mark);
      focusDay(row, day, 0, 1);
    } else if (e.key.length === 1) e.preventDefault();
  };
  // Characters an input method commits (√ 休 假 旷 typed in Chinese) arrive as a change, not as a key.
  const change = (e: ChangeEvent<HTMLInputElement>, r: AttendanceRow, row: number, day: number) => {
    const mark = Array.from(e.target.value).reverse().map(markOfKey).find(Boolean);
    if (!mark) return;
    p.onMark(r, day, mark);
    focusDay(row, day, 0, 1);
  };
  const counts = (r: AttendanceRow) => {
    const marks = p.draft(r).marks;
    return marks ? countMarks(marks) : null;
  };
  return [
    ...days.map((day): TableColumnType<AttendanceRow> => ({
      key: `d${day}`,
      width: 30,
      align: 'center',
      title: (
        <span title={rest.has(day) ? '休息日' : '工作日'}>
          {day}
          <br />
          {WEEKDAY[weekday(`${p.month}-${String(day).padStart(2, '0')}`)]}
        </span>
      ),
      onHeaderCell: () => ({ style: { padding: 2, ...(rest.has(day) ? { background: '#e6e6e6' } : {}) } }),
      onCell: () => ({ style: { padding: 1, ...(rest.has(day) ? { background: '#f5f5f5' } : {}) } }),
      render: (_: unknown, r: AttendanceRow, row: number) => {
        const fallback = Array.from(r.defaultMarks)[day - 1];
        const marks = p.draft(r).marks;
        const offPost = fallback === MARK_OFF_POST;
        return (
          <Input
            size="small"
            aria-label={`${r.personName} ${day}日`}
            data-day={`${row}:${day}`}
            value={marks ? Array.from(marks)[day - 1] : offPost ? MARK_OFF_POST : ''}
            placeholder={fallback}
            disabled={offPost}
            autoComplete="off"
            style={{ padding: 0, textAlign: 'center', width: 26 }}
            onKeyDown={(e) => keyDown(e, r, row, day)}
            onChange={(e) => change(e, r, row, day)}
            onFocus={(e) => e.target.select()}
          />
        );
      },
    })),
    {
      key: 'present',
      title: '出勤',
      width: 48,
      align: 'right',
      render: (_: unknown, r: AttendanceRow) => {
        const err = p.error(r);
        const c = counts(r);
        const text = c ? c.present : p.draft(r).attendedDays;
        return err ? (
          <Typography.Text type="danger" title={err}>
            {text}（有误）
          </Typography.Text>
        ) : (
          text
        );
      },
    },
    { key: 'leave', title: '请假', width: 44, align: 'right', render: (_: unknown, r) => counts(r)?.leave ?? '' },
    { key: 'absent', title: '旷工', width: 44, align: 'right', render: (_: unknown, r) => counts(r)?.absent ?? '' },
  ];
}
