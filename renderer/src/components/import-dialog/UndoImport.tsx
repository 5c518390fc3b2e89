import { App, Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CHANNELS } from '../../../../shared/contract';
import type { ImportBatch } from '../../../../shared/contract/import-batches';
import { useInvalidate, useRead } from '../../api';
import { useCan } from '../useCan';
import { useProgressJob } from '../useProgressJob';

// 撤销本次导入 (fix27b): the last step of an import and 设置 → 导入记录 take one import back through
// imports.batches.undo, after a confirmation saying what goes and what stops it. A job (imp28): its progress window
// with 取消 (nothing changed then); a refusal (a record changed since, a locked month, a reviewed roster) is shown
// there as the core words it, naming the record.

/** Every domain's reads: an undo may touch any table the import wrote. */
const EVERY_DOMAIN = [...new Set(CHANNELS.map((c) => c.split('.')[0]))];

/** The confirmation and the undo of one import; `pending` while it runs, `modal` its progress window. */
export function useUndoImport() {
  const { modal, message } = App.useApp();
  const job = useProgressJob();
  const invalidate = useInvalidate();
  const undo = async (batch: Pick<ImportBatch, 'id' | 'fileName'>) => {
    const done = await job.run(
      'imports.batches.undo',
      { id: batch.id },
      { title: '撤销本次导入', subject: `文件“${batch.fileName}”` },
    );
    if (!done) return;
    await invalidate(EVERY_DOMAIN);
    message.success(`已撤销本次导入：删除或恢复 ${done.reverted} 条记录`);
  };
  const confirm = (batch: Pick<ImportBatch, 'id' | 'fileName'>) =>
    modal.confirm({
      title: '撤销本次导入？',
      content: `将删除导入“${batch.fileName}”时新增的记录，并把导入时修改过的记录恢复为导入前的内容；其他数据不变。导入之后如果又修改了这些记录或在其上录入了新记录，将不能撤销。`,
      okText: '撤销导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => void undo(batch),
    });
  return { confirm, pending: job.busy, modal: job.modal };
}

/** The last step's 撤销本次导入: the import is the batch its result named. */
export function UndoImportButton({ batchId }: { batchId: string }) {
  const canUndo = useCan('imports.batches.undo');
  const { data } = useRead('imports.batches.list', canUndo ? {} : null);
  const undo = useUndoImport();
  const batch = data?.items.find((b) => b.id === batchId);
  let shown: ReactNode = null;
  if (batch?.status === 'undone') shown = <Typography.Text type="success">已撤销本次导入</Typography.Text>;
  else if (batch?.canUndo)
    shown = (
      <Button danger onClick={() => undo.confirm(batch)} loading={undo.pending}>
        撤销本次导入
      </Button>
    );
  return (
    <>
      {shown}
      {undo.modal}
    </>
  );
}
