import { Space, Switch } from 'antd';
import { useId } from 'react';

/**
 * The 已删除 filter of a list (UI.md: "deleted records can be restored from the list's 已删除 filter"; one wording
 * everywhere): on, the list shows only deleted records, each with 恢复. A short history shows them among the others
 * instead, greyed (rows with the row-deleted class).
 */
export function DeletedSwitch({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <Space size={6} style={{ marginInlineStart: 8 }}>
      <Switch id={id} size="small" checked={checked} onChange={onChange} />
      <label htmlFor={id}>已删除</label>
    </Space>
  );
}

interface EmptyText {
  /** What the list holds: 人员, 单位. */
  noun: string;
  deleted?: boolean;
  filtered?: boolean;
  /** The way to the first record, e.g. 点“新增”登记第一位。 */
  firstHint: string;
}

/** The empty state of a list: nothing deleted, nothing matching (重置 clears), or nothing yet (how to start). */
export function emptyListText({ noun, deleted, filtered, firstHint }: EmptyText): string {
  if (deleted) return `没有已删除的${noun}`;
  if (filtered) return `没有符合条件的${noun}，可点“重置”清除条件`;
  return `还没有${noun}。${firstHint}`;
}
