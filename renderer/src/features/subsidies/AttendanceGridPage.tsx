import { Alert, Button, Input, Segmented, Space, Tag, Typography } from 'antd';
import type { TableColumnType, TableColumnsType } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { AttendanceRow } from '../../../../shared/contract/attendance';
import { formatFen } from '../../../../shared/domain/money';
import { useRead, useWrite } from '../../api';
import { useCtrlS } from '../../components/useCtrlS';
import { formatMonth } from '../../components/format';
import { useCan } from '../../components/useCan';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { AttendanceImportModal } from './AttendanceImportModal';
import { MARKS_HINT, markColumns } from './daily-marks';
import { CELLS, CELL_FIELD, draftAmounts, draftOf, entryOf, withMark, type CellKey, type Draft } from './grid-draft';
import { ListTable, ReadError, columnsWidth, moneyColumn, numberColumn } from '../../components/list-page';

type View = 'amounts' | 'marks';

/** Moves the focus to the same cell of the row above/below (Enter, ↑, ↓); Tab moves along the row as usual. */
function moveFocus(e: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
  const step = e.key === 'Enter' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  const next = document.querySelector<HTMLInputElement>(`[data-cell="${row + step}:${col}"]`);
  if (next) {
    e.preventDefault();
    next.focus();
    next.select();
  }
}

/**
 * #/posts/subsidies/:month/:employerId — one employer's attendance of a month, entered from the keyboard; leaving
 * the page with unsaved rows asks first.
 */
/**
 * 姓名 holds a name of four characters and the 已锁定 tag on one line at 1366×768 (the small table's cell padding
 * 2 × 8, four characters of 14 px, a 4 px gap, the tag: 3 characters of 12 px + 2 × 7 padding + 2 × 1 border), with
 * 4 px to spare; 说明 and 扣减原因 gave up the 20 px so the columns still sum to 1062 (the table's scroll width is
 * the sum of its columns; the content width at 1366 less the 240 px navigation and 2 × 16 padding is 1094).
 */
const NAME_COLUMN_WIDTH = 16 + 4 * 14 + 4 + (3 * 12 + 2 * 7 + 2) + 4;
/** 应发/实发 hold 保存后计算 on one line: 2 × 8 padding and five characters of 14 px (a sum needs less). */
const DRAFT_MONEY_WIDTH = 16 + 5 * 14;
/**
 * 说明 holds 已录入 / 未录入 with 4 px to spare, as the other columns hold their headers; a longer note (a roster, the
 * entitlement end) ends in … with the whole of it on hover. It gave 应发/实发 the 8 px they needed (sum still 1062).
 */
const NOTE_WIDTH = 16 + 3 * 14 + 4;

/** The 第1行（姓名）： a core message of a row starts with: the cell under it needs only the rest. */
const ROW_PREFIX = /^第\d+行（[^）]*）：/;

export function AttendanceGridPage() {
  const { month = '', employerId = '' } = useParams();
  const { data, error, loading } = useRead('attendance.grid', { month, employerId });
  const save = useWrite('attendance.save', { invalidates: ['subsidies'] });
  const canSave = useCan('attendance.save');
  const canImport = useCan('imports.attendance.commit');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [importing, setImporting] = useState(false);
  const [view, setView] = useState<View>('amounts');
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const draft = (r: AttendanceRow) => drafts[r.id] ?? draftOf(r);
  const dirty = rows.filter((r) => drafts[r.id] && JSON.stringify(drafts[r.id]) !== JSON.stringify(draftOf(r)));
  const lockedCount = rows.filter((r) => r.lock).length;
  useLeaveGuard(dirty.length > 0);

  const setCell = (r: AttendanceRow, key: CellKey, value: string) => {
    setSaved(false);
    setDrafts((d) => ({ ...d, [r.id]: { ...(d[r.id] ?? draftOf(r)), [key]: value } }));
  };
  const setMark = (r: AttendanceRow, day: number, mark: string) => {
    setSaved(false);
    setDrafts((d) => ({ ...d, [r.id]: withMark(r, d[r.id] ?? draftOf(r), day, mark) }));
  };

  const submit = async () => {
    if (!dirty.length || save.pending) return;
    setSaveError(null);
    setCellErrors({});
    const r = await save.write({ month, employerId, rows: dirty.map((row) => entryOf(row, drafts[row.id])) });
    if (r.ok) {
      setDrafts({});
      setSaved(true);
      return;
    }
    setSaveError(r.error.message);
    const byCell: Record<string, string> = {};
    for (const [path, msg] of Object.entries(r.error.fields ?? {})) {
      const m = /^rows\.(\d+)\.(\w+)$/.exec(path);
      const row = m ? dirty[Number(m[1])] : undefined;
      const cell =
        m?.[2] === 'dailyMarks' ? 'marks' : m ? CELLS.find((c) => CELL_FIELD[c.key] === m[2])?.key : undefined;
      if (row && cell) byCell[`${row.id}:${cell}`] = msg;
    }
    setCellErrors(byCell);
  };
  useCtrlS(() => void submit());

  const nameColumn: TableColumnType<AttendanceRow> = {
    title: '姓名',
    key: 'name',
    width: NAME_COLUMN_WIDTH,
    fixed: 'left',
    render: (_, r) => (
      <>
        <div style={{ whiteSpace: 'nowrap' }}>
          {r.personName}
          {r.lock && (
            <Tag color="red" style={{ marginInlineStart: 4 }} title={r.lock.batchName}>
              已锁定
            </Tag>
          )}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.postTitle }}>
          {r.postTitle}
        </Typography.Text>
      </>
    ),
  };
  const noteColumn: TableColumnType<AttendanceRow> = {
    title: '说明',
    key: 'note',
    width: NOTE_WIDTH,
    ellipsis: true,
    render: (_, r) => {
      const note =
        r.entitlementNote ??
        (r.lock ? `已列入${r.lock.batchName}（${r.lock.status}）` : r.enteredAt ? '已录入' : '未录入');
      return <span title={note}>{note}</span>;
    },
  };
  /** 应发/实发 following the row's draft (draftAmounts): 保存后计算 while the days typed change them. */
  const draftMoneyColumn = (title: string, key: 'dueFen' | 'paidFen'): TableColumnType<AttendanceRow> => ({
    ...moneyColumn(title, key, DRAFT_MONEY_WIDTH),
    render: (_: unknown, r: AttendanceRow) => {
      const v = draftAmounts(r, draft(r))[key];
      return v === null ? <Typography.Text type="secondary">保存后计算</Typography.Text> : formatFen(v);
    },
  });
  /** The editable cell CELLS[col] as a column `width` wide, titled by its header (grid-draft.ts). */
  const cell = (col: number, width: number): TableColumnType<AttendanceRow> => {
    const c = CELLS[col];
    return {
      title: c.header,
      key: c.key,
      width,
      render: (_: unknown, r: AttendanceRow, rowIndex: number) => {
        const err = cellErrors[`${r.id}:${c.key}`];
        const errId = `cell-error-${r.id}-${c.key}`;
        return (
          <>
            <Input
              size="small"
              aria-label={`${r.personName} ${c.label}`}
              data-cell={`${rowIndex}:${col}`}
              value={draft(r)[c.key]}
              status={err ? 'error' : undefined}
              title={err}
              aria-describedby={err ? errId : undefined}
              inputMode={c.days ? 'numeric' : c.key === 'deductionReason' ? 'text' : 'decimal'}
              disabled={c.key.startsWith('si') && !r.siEnabled}
              style={{ paddingInline: 4, ...(r.lock ? { background: '#f5f5f5' } : {}) }}
              onChange={(e) => setCell(r, c.key, e.target.value)}
              onKeyDown={(e) => moveFocus(e, rowIndex, col)}
              onFocus={(e) => e.target.select()}
              autoComplete="off"
            />
            {err && (
              // Every refused cell says why under itself (audit6 gap 10), the row being its own line.
              <Typography.Text id={errId} type="danger" style={{ display: 'block', fontSize: 12, lineHeight: 1.3 }}>
                {err.replace(ROW_PREFIX, '')}
              </Typography.Text>
            )}
          </>
        );
      },
    };
  };
  const columns: TableColumnsType<AttendanceRow> =
    view === 'marks'
      ? [
          nameColumn,
          ...markColumns({
            month,
            calendarDays: data?.calendarDays ?? 0,
            restDays: data?.restDays ?? [],
            draft,
            onMark: setMark,
            error: (r) => cellErrors[`${r.id}:marks`],
          }),
          noteColumn,
        ]
      : [
          nameColumn,
          { title: '天数', key: 'days', children: [numberColumn('在岗', 'daysOnPost', 48), cell(0, 62), cell(1, 76)] },
          cell(2, 72),
          cell(3, 78),
          { title: '单位缴纳社会保险(元)', key: 'si', children: [cell(4, 66), cell(5, 66), cell(6, 66), cell(7, 66)] },
          draftMoneyColumn('应发(元)', 'dueFen'),
          draftMoneyColumn('实发(元)', 'paidFen'),
          moneyColumn('社保补贴(元)', 'siSubsidyFen', 96),
          noteColumn,
        ];

  return (
    <section aria-label="考勤录入">
      <Space style={{ marginBottom: 8 }} wrap>
        <Link to={`/posts/subsidies?month=${month}`}>← 补贴发放</Link>
        <Typography.Title
          level={5}
          style={{ margin: 0 }}
        >{`${data?.employerName ?? ''} ${formatMonth(month)}考勤`}</Typography.Title>
        <Button
          type="primary"
          onClick={() => void submit()}
          disabled={!dirty.length || !canSave}
          loading={save.pending}
        >{`保存考勤${dirty.length ? `（${dirty.length}人）` : ''}`}</Button>
        {canImport && (
          <Button
            onClick={() => setImporting(true)}
            disabled={!rows.length || dirty.length > 0}
            title={dirty.length ? '请先保存或撤销表中的修改' : undefined}
          >
            导入考勤表
          </Button>
        )}
        <Segmented<View>
          aria-label="录入方式"
          value={view}
          onChange={setView}
          options={[
            { value: 'amounts', label: '天数与金额' },
            { value: 'marks', label: '每日考勤' },
          ]}
        />
        <Typography.Text type="secondary">
          {view === 'marks' ? MARKS_HINT : '回车或↑↓在同列上下移动，Tab 向右，Ctrl+S 保存；金额以元为单位。'}
        </Typography.Text>
      </Space>
      <ReadError error={error} />
      <ReadError error={saveError} />
      {saved && !saveError && <Alert type="success" showIcon title="考勤已保存" style={{ marginBottom: 8 }} />}
      {lockedCount > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`${lockedCount} 人的考勤已列入已审核的花名册，已锁定；如需更正，请在以后月份的补发/扣回花名册中办理。`}
        />
      )}
      {importing && data && (
        <AttendanceImportModal
          month={month}
          employerId={employerId}
          employerName={data.employerName}
          onClose={() => setImporting(false)}
        />
      )}
      <ListTable<AttendanceRow>
        label="考勤"
        loading={loading}
        items={rows}
        scroll={{ x: columnsWidth(columns), y: 470 }}
        emptyText="本单位本月没有考勤记录，请先生成考勤"
        columns={columns}
      />
    </section>
  );
}
