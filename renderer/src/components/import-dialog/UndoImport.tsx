import { App, Button, Typography } from 'antd';
import { CHANNELS } from '../../../../shared/contract';
import type { ImportBatch } from '../../../../shared/contract/import-batches';
import { useRead, useWrite } from '../../api';
import { useCan } from '../useCan';

// 撤销本次导入 (fix27b): the last step of an import and 设置 → 导入记录 take one import back through
// imports.batches.undo, after a confirmation saying what goes and what stops it. A refusal (a record changed since,
// a locked month, a reviewed roster) is shown as the core words it, naming the record.

/** Every domain's reads: an undo may touch any table the import wrote. */
const EVERY_DOMAIN = [...new Set(CHANNELS.map((c) => c.split('.')[0]))];

/** The confirmation and the undo of one import; `pending` while it runs. */
export function useUndoImport() {
  const { modal, message } = App.useApp();
  const undo = useWrite('imports.batches.undo', { invalidates: EVERY_DOMAIN });
  const confirm = (batch: Pick<ImportBatch, 'id' | 'fileName'>) =>
    modal.confirm({
      title: '撤销本次导入？',
      content: `将删除导入“${batch.fileName}”时新增的记录，并把导入时修改过的记录恢复为导入前的内容；其他数据不变。导入之后如果又修改了这些记录或在其上录入了新记录，将不能撤销。`,
      okText: '撤销导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const r = await undo.write({ id: batch.id });
        if (r.ok) message.success(`已撤销本次导入：删除或恢复 ${r.data.reverted} 条记录`);
        else modal.error({ title: '不能撤销本次导入', content: r.error.message });
      },
    });
  return { confirm, pending: undo.pending };
}

/** The last step's 撤销本次导入: the import is found by the 导入前 copy its result named. */
export function UndoImportButton({ backup }: { backup: string }) {
  const canUndo = useCan('imports.batches.undo');
  const { data } = useRead('imports.batches.list', canUndo ? {} : null);
  const undo = useUndoImport();
  const batch = data?.items.find((b) => b.backup === backup);
  if (!batch) return null;
  if (batch.status === 'undone') return <Typography.Text type="success">已撤销本次导入</Typography.Text>;
  if (!batch.canUndo) return null;
  return (
    <Button danger onClick={() => undo.confirm(batch)} loading={undo.pending}>
      撤销本次导入
    </Button>
  );
}
