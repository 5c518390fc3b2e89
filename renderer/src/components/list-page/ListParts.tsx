import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { CSSProperties, ReactNode, Ref } from 'react';
import { formatCount } from '../format';

const LINK = { padding: 0 };

/** A read that failed: its message, with 重试 when the caller can read again. Nothing when there is no error. */
export function ReadError({
  error,
  onRetry,
  gap = 8,
}: {
  error: string | null | undefined;
  onRetry?: () => void;
  /** The space below the alert. */
  gap?: number;
}) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={error}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        )
      }
      style={{ marginBottom: gap }}
    />
  );
}

/** The filter bar of a list (UI.md: search first, then filters, then 重置): a search landmark named `label`. */
export function FilterBar({
  label,
  onReset,
  children,
}: {
  label: string;
  /** 重置 at the end of the bar, when given. */
  onReset?: () => void;
  children: ReactNode;
}) {
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }} role="search" aria-label={label}>
      {children}
      {onReset && <Button onClick={onReset}>重置</Button>}
    </Flex>
  );
}

export interface ListTotalProps {
  total: number;
  /** What is counted: 人, 个单位. */
  unit: string;
  /** The total is an estimate (a large county after writes): 约 98,000 人， with 点击获取精确数. */
  estimated?: boolean;
  onExact?: () => void;
}

/** The row count of a list, read out when it changes. */
export function ListTotal({ total, unit, estimated, onExact }: ListTotalProps) {
  if (estimated)
    return (
      <Space size={4}>
        <Typography.Text type="secondary" role="status" aria-live="polite">
          约 {formatCount(total)} {unit}，
        </Typography.Text>
        <Button type="link" size="small" style={LINK} onClick={onExact}>
          点击获取精确数
        </Button>
      </Space>
    );
  return (
    <Typography.Text type="secondary" role="status" aria-live="polite">
      共 {total} {unit}
    </Typography.Text>
  );
}

/** The toolbar between the filters and the table: the actions (新增, 导入, 导出 …) on the left, the row count right. */
export function ListToolbar({ children, ...total }: ListTotalProps & { children?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
      {children ?? <span />}
      <ListTotal {...total} />
    </Flex>
  );
}

export type ListTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'locale' | 'aria-label'> & {
  /** The table's accessible name: 岗位列表. */
  label: string;
  items: readonly T[] | null | undefined;
  /** What an empty table says (antd's own words when left out). */
  emptyText?: ReactNode;
  /** Pages of this many rows on the screen once there are more rows than that (short lists show every row). */
  pageAbove?: number;
};

/**
 * A table of records: compact, rows keyed by id, named for screen readers, with its empty state (once read, never
 * while the first answer is loading). Every row on one
 * page unless `pagination` says otherwise: a list pages on the server with `u.pagination(total, unit)` or
 * `serverPagination`; `pageAbove` pages a long list read whole.
 */
export function ListTable<T extends object>({ label, items, emptyText, pageAbove, ...table }: ListTableProps<T>) {
  const rows = items ?? [];
  return (
    <Table<T>
      aria-label={label}
      rowKey="id"
      size="small"
      // No rows read yet: undefined, so that a loading table shows its spinner alone, not the empty text under it
      // (antd shows both for an empty array; a work list said 没有待办事项 while its first page was loading).
      dataSource={items ?? undefined}
      locale={emptyText === undefined ? undefined : { emptyText }}
      pagination={
        pageAbove !== undefined && rows.length > pageAbove ? { pageSize: pageAbove, showSizeChanger: false } : false
      }
      {...table}
    />
  );
}

/**
 * A ListTable in a box of at most `maxHeight` that scrolls (an import's errors, changes and skipped rows). No
 * scroll.y: antd would split header and body into two <table>s; the box scrolls instead.
 */
export function BoxedListTable<T extends object>({ maxHeight, ...table }: ListTableProps<T> & { maxHeight: number }) {
  return (
    <div style={{ maxHeight, overflowY: 'auto' }}>
      <ListTable<T> {...table} />
    </div>
  );
}

/** One action in a table row (查看, 编辑, 删除 …): a compact link; `aria-label` names the row (移除 张三). */
export function RowLink({
  onClick,
  danger,
  disabled,
  'aria-label': label,
  children,
}: {
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  children: ReactNode;
}) {
  return (
    <Button
      type="link"
      size="small"
      style={LINK}
      danger={danger}
      disabled={disabled}
      aria-label={label}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}

/** The actions of a table row, side by side; `wrap`: onto a second line where the column is narrow. */
export function RowActions({ children, wrap }: { children: ReactNode; wrap?: boolean }) {
  return (
    <Space size={[8, 0]} wrap={wrap}>
      {children}
    </Space>
  );
}

/**
 * 新增… (a record, a 见习, a unit): the button with the plus sign; `primary` where it is the page's main action,
 * `dashed` where it adds a row to a list inside a form; `ref` for a page that gives it the focus back.
 */
export function AddButton({
  onClick,
  primary,
  dashed,
  disabled,
  style,
  ref,
  children,
}: {
  onClick: () => void;
  primary?: boolean;
  dashed?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  ref?: Ref<HTMLButtonElement>;
  children: ReactNode;
}) {
  return (
    <Button
      ref={ref}
      type={primary ? 'primary' : dashed ? 'dashed' : undefined}
      icon={<PlusOutlined aria-hidden />}
      disabled={disabled}
      style={style}
      onClick={onClick}
    >
      {children}
    </Button>
  );
}
