import { formatFen } from '../../../../shared/domain/money';

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
