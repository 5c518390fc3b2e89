import { BoxedListTable } from './list-page';

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** Reads `error.details.errors` of a failed import; null when it is not a list of row errors. */
export function importRowErrors(details: Record<string, unknown> | undefined): ImportRowError[] | null {
  const errors = details?.errors;
  if (!Array.isArray(errors)) return null;
  const rows = errors.filter(
    (e): e is ImportRowError =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.row === 'number' &&
      typeof e.column === 'string' &&
      typeof e.message === 'string',
  );
  return rows.length ? rows : null;
}

/** The dry-run report of an import: one line per bad cell (行, 列, 问题). */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  return (
    <BoxedListTable<ImportRowError & { key: number }>
      maxHeight={320}
      label="导入问题列表"
      rowKey="key"
      items={errors.map((e, i) => ({ ...e, key: i }))}
      pageAbove={50}
      columns={[
        { title: '行', dataIndex: 'row', width: 72 },
        { title: '列', dataIndex: 'column', width: 72 },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}
