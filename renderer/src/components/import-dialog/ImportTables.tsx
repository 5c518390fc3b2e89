import type { ReactNode } from 'react';
import { Typography } from 'antd';
import type {
  FieldChange,
  ImportReading,
  ImportRowError,
  MatchedPerson,
  SkippedImportRow,
} from '../../../../shared/contract/imports';
import { BoxedListTable, type ListTableProps } from '../list-page';

// The tables of the import check: the bad cells (行, 列, 字段, 原值, 问题), the registered persons the file would
// change, one checkbox each (none ticked: nothing is overwritten without consent), and the rows skipped as not data.

/** A table of the import check: in a box that scrolls past 260 px, paged above 100 rows. */
function CheckTable<T extends object>(table: Omit<ListTableProps<T>, 'pageAbove'>) {
  return <BoxedListTable<T> maxHeight={260} pageAbove={100} {...table} />;
}

/** The bad cells of a check (or, labelled 提醒列表, the cells to look at again). */
export function RowErrorsTable({ errors, label = '错误列表' }: { errors: ImportRowError[]; label?: string }) {
  return (
    <CheckTable<ImportRowError & { key: number }>
      label={label}
      rowKey="key"
      items={errors.map((e, i) => ({ ...e, key: i }))}
      columns={[
        { title: '行', dataIndex: 'row', width: 56 },
        { title: '列', dataIndex: 'column', width: 48 },
        { title: '字段', dataIndex: 'field', width: 110 },
        {
          title: '原值',
          dataIndex: 'value',
          width: 190,
          render: (v: string) => <span style={{ wordBreak: 'break-all' }}>{v}</span>,
        },
        { title: '问题', dataIndex: 'message' },
      ]}
    />
  );
}

function Changes({ changes }: { changes: FieldChange[] }) {
  return (
    <>
      {changes.map((c) => (
        <div key={c.field}>
          <Typography.Text type="secondary">{c.label}：</Typography.Text>
          {c.from || '（空）'} → <Typography.Text strong>{c.to || '（空）'}</Typography.Text>
        </div>
      ))}
    </>
  );
}

export function MatchedTable({
  matched,
  selected,
  onChange,
}: {
  matched: MatchedPerson[];
  selected: number[];
  onChange: (rows: number[]) => void;
}) {
  return (
    <CheckTable<MatchedPerson>
      label="已登记人员的变化"
      rowKey="row"
      items={matched}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onChange(keys.map(Number)),
        columnWidth: 72,
        columnTitle: (all) => <span style={{ whiteSpace: 'nowrap' }}>{all} 更新</span>,
        getCheckboxProps: (m) => ({ 'aria-label': `更新 ${m.name}` }),
      }}
      columns={[
        { title: '行', dataIndex: 'row', width: 56 },
        { title: '姓名', dataIndex: 'name', width: 150 },
        { title: '公民身份号码', dataIndex: 'idNumberMasked', width: 180 },
        { title: '变化（原值 → 新值）', key: 'changes', render: (_, m) => <Changes changes={m.changes} /> },
      ]}
    />
  );
}

/** Rows under the header that are not data (合计, 说明, 填表人, blank …): listed with the reason, never errors. */
export function SkippedRowsTable({ rows }: { rows: SkippedImportRow[] }) {
  return (
    <CheckTable<SkippedImportRow>
      label="跳过的行"
      rowKey="row"
      items={rows}
      columns={[
        { title: '行', dataIndex: 'row', width: 56 },
        { title: '跳过的原因', dataIndex: 'reason' },
      ]}
    />
  );
}

/** 写法对照: every written form a column's cells are stored in another form (维 → 维吾尔族), with its rows. */
export function ReadingsTable({ readings }: { readings: ImportReading[] }) {
  return (
    <CheckTable<ImportReading & { key: string }>
      label="写法对照"
      rowKey="key"
      items={readings.map((r) => ({ ...r, key: `${r.column}\u0000${r.written}` }))}
      columns={[
        { title: '列', dataIndex: 'column', width: 48 },
        { title: '字段', dataIndex: 'field', width: 110 },
        { title: '文件中的写法', dataIndex: 'written', width: 200 },
        { title: '按此导入', dataIndex: 'readAs' },
        { title: '行数', dataIndex: 'rows', width: 64 },
      ]}
    />
  );
}

/**
 * The check's last tabs, the same for every import kind: the written forms read as another (when any), the column
 * mapping, and the rows skipped (when any).
 */
export function mappingAndSkippedTabs(mapping: ReactNode, skipped: SkippedImportRow[], readings: ImportReading[] = []) {
  return [
    ...(readings.length
      ? [{ key: 'readings', label: `写法对照（${readings.length}）`, children: <ReadingsTable readings={readings} /> }]
      : []),
    { key: 'mapping', label: '列的对应关系', children: mapping },
    ...(skipped.length
      ? [{ key: 'skipped', label: `跳过的行（${skipped.length}）`, children: <SkippedRowsTable rows={skipped} /> }]
      : []),
  ];
}
