import { Button, Typography } from 'antd';
import {
  IMPORT_BATCH_STATUS_LIST,
  importBatchKindLabels,
  type ImportBatch,
} from '../../../../../shared/contract/import-batches';
import { useRead } from '../../../api';
import { formatDateTime } from '../../../components/format';
import { ReadListTable } from '../../../components/list-page';
import { useUndoImport } from '../../../components/import-dialog/UndoImport';

const statusLabel = (s: ImportBatch['status']) => IMPORT_BATCH_STATUS_LIST.find((x) => x.code === s)?.label ?? s;

/**
 * 设置 → 导入记录 (fix27b): the newest imports (a clerk's own; the administrator's list holds everyone's) and
 * 撤销 for those that can still be undone. Only the newest imports keep what an undo needs.
 */
export function ImportBatchesTab() {
  const batches = useRead('imports.batches.list', {});
  const undo = useUndoImport();
  return (
    <>
      <Typography.Paragraph type="secondary">
        最近的导入。撤销只删除该次导入新增的记录，并把该次导入修改过的记录恢复原样，其他数据不变；只有最近的几次导入可以撤销。
      </Typography.Paragraph>
      <ReadListTable<ImportBatch>
        read={batches}
        gap={12}
        label="导入记录"
        rowKey="id"
        emptyText="尚无导入记录"
        columns={[
          { title: '导入时间', dataIndex: 'committedAt', width: 150, render: (v: string) => formatDateTime(v) },
          { title: '类型', dataIndex: 'kind', width: 110, render: (k: string) => importBatchKindLabels[k] ?? k },
          { title: '文件', dataIndex: 'fileName', width: 180, ellipsis: true },
          { title: '导入结果', dataIndex: 'summary' },
          { title: '导入人', dataIndex: 'committedBy', width: 100 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 150,
            render: (s: ImportBatch['status'], b) =>
              s === 'undone' && b.undoneAt ? `已撤销（${formatDateTime(b.undoneAt)}）` : statusLabel(s),
          },
          {
            title: '操作',
            width: 80,
            render: (_, b) =>
              b.canUndo && (
                <Button size="small" danger onClick={() => undo.confirm(b)} aria-label={`撤销导入${b.fileName}`}>
                  撤销
                </Button>
              ),
          },
        ]}
      />
      {undo.modal}
    </>
  );
}
