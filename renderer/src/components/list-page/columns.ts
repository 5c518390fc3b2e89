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
