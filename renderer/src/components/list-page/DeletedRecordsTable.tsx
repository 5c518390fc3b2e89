import type { TableColumnsType } from 'antd';
import type { WriteOptions } from '../../api';
import { useCan } from '../useCan';
import { removedColumns, type Removed } from './columns';
import { ListTable } from './ListParts';
import type { ByIdChannel } from './useDeleteRestore';
import { useRestore } from './useDeleteRestore';

/**
 * A short list of one person's deleted records of a kind (a person page tab's 已删除): their own columns, then who
 * deleted them, when and why, and 恢复 (asked first, useRestore) when the account may restore.
 */
export function DeletedRecordsTable<T extends Removed & { id: string }>({
  items,
  noun,
  label,
  nameOf,
  columns,
  restoreChannel,
  write,
  onDone,
}: {
  items: readonly T[] | undefined;
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
    <ListTable<T>
      label={label}
      items={items}
      emptyText={`没有已删除的${noun}`}
      columns={[...columns, ...removedColumns<T>('删除', action)]}
    />
  );
}
