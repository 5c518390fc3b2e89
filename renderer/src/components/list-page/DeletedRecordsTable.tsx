import type { TableColumnsType } from 'antd';
import type { WriteOptions } from '../../api';
import { useCan } from '../useCan';
import { removedColumns, type Removed } from './columns';
import { ListTable, ReadError } from './ListParts';
import type { ItemsRead } from './ReadListTable';
import type { ByIdChannel } from './useDeleteRestore';
import { useRestore } from './useDeleteRestore';

/**
 * A short list of one person's deleted records of a kind (a person page tab's 已删除), read by `read` (its error with
 * 重试 above the table): their own columns, then who deleted them, when and why, and 恢复 (asked first, useRestore)
 * when the account may restore.
 */
export function DeletedRecordsTable<T extends Removed & { id: string }>({
  read,
  noun,
  label,
  nameOf,
  columns,
  restoreChannel,
  write,
  onDone,
}: {
  read: ItemsRead<T>;
  /** What a record is called: 失业登记. */
  noun: string;
  /** The table's accessible name. */
  label: string;
  /** How 恢复 names a record. */
  nameOf: (row: T) => string;
  columns: TableColumnsType<T>;
  restoreChannel: ByIdChannel;
  write?: WriteOptions;
  onDone: () => void;
}) {
  const canRestore = useCan(restoreChannel);
  const restore = useRestore({ noun, restoreChannel, write, onDone });
  const action = canRestore
    ? { label: (r: T) => `恢复 ${nameOf(r)}`, run: (r: T) => restore({ id: r.id, name: nameOf(r) }) }
    : undefined;
  return (
    <>
      <ReadError error={read.error} onRetry={read.reload} />
      <ListTable<T>
        label={label}
        items={read.data?.items}
        emptyText={`没有已删除的${noun}`}
        columns={[...columns, ...removedColumns<T>('删除', action)]}
      />
    </>
  );
}
