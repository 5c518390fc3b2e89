import type { TableColumnsType } from 'antd';
import { formatFen } from '../../../../shared/domain/money';
import { formatDateTime } from '../format';
import { RowLink } from './ListParts';

/** A table column of a number (人数, 在岗, 已录入 …) aligned right, shown as it comes. */
export const numberColumn = (title: string, dataIndex: string, width: number) => ({
  title,
  dataIndex,
  width,
  align: 'right' as const,
});

/**
 * A table column of an amount stored in fen, shown in yuan (formatFen) and aligned right: 应发, 实发, 补贴标准 …
 * The title says the unit where the table wants it (`应发(元)`).
 */
export const moneyColumn = (title: string, dataIndex: string, width: number) => ({
  ...numberColumn(title, dataIndex, width),
  render: (v: number) => formatFen(v),
});

/** The sum of the widths of a table's leaf columns (a group's children counted, not the group): its scroll width. */
export function columnsWidth<T>(columns: TableColumnsType<T>): number {
  return columns.reduce(
    (sum, c) => sum + ('children' in c ? columnsWidth(c.children) : typeof c.width === 'number' ? c.width : 0),
    0,
  );
}

/** A table cell kept on one line (antd's onCell / onHeaderCell). */
export const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** What a YYYY-MM-DD date needs on one line, cell padding included. */
export const DATE_WIDTH = 104;

/**
 * A table column of a date (YYYY-MM-DD, UI.md) that never breaks across two lines at 1366×768: the cell keeps one
 * line, so the table gives the column at least the date's width. Spread a render after it for a tag or a note
 * (`{ ...dateColumn('应报日期', 'dueDate', 130), render }`).
 */
export const dateColumn = (title: string, dataIndex: string, width = DATE_WIDTH) => ({
  title,
  dataIndex,
  width,
  onCell: oneLine,
});

/** A record in its 已删除 list (moved to a deleted_* table): who deleted it, when, and the reason if given. */
export interface Removed {
  deletedAt: string;
  deletedBy: string;
  deleteReason: string | null;
}

/** 恢复 of a row of a deleted list: the link's accessible name and what it does (useRestore, asking first). */
interface RestoreAction<T> {
  label: (row: T) => string;
  run: (row: T) => void;
}

/**
 * The columns a list of deleted records adds: 删除时间 (or 移除时间), 删除人 and 删除原因 — `verb` names the act as
 * the screen does (删除, 移除) — and, when the account may restore, 操作 with 恢复.
 */
export const removedColumns = <T extends Removed>(verb: string, restore?: RestoreAction<T>) => [
  { title: `${verb}时间`, key: 'deletedAt', width: 150, render: (_: unknown, r: T) => formatDateTime(r.deletedAt) },
  { title: `${verb}人`, dataIndex: 'deletedBy', width: 90 },
  {
    title: `${verb}原因`,
    dataIndex: 'deleteReason',
    ellipsis: true,
    render: (v: string | null) => v ?? '—',
  },
  ...(restore
    ? [
        {
          title: '操作',
          key: 'restore',
          width: 70,
          render: (_: unknown, r: T) => (
            <RowLink aria-label={restore.label(r)} onClick={() => restore.run(r)}>
              恢复
            </RowLink>
          ),
        },
      ]
    : []),
];
