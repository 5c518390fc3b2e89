import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  recognitionDeleteInput,
  type DeletedRecognition,
  type RecognitionDetail,
} from '../../../../shared/contract/recognitions';
import { useRead } from '../../api';
import { dateColumn, DeletedRecordsTable, DeletedSwitch } from '../../components/list-page';
import { ReasonDeleteModal } from '../../components/ReasonDeleteModal';
import { useCan } from '../../components/useCan';
import { useDialog } from '../../components/useDialog';
import { RECOGNITION_WRITE } from './recognition-write';

/** How 删除 and 恢复 name an application. */
const applicationName = (personName: string, applyDate: string | null) => `${personName} ${applyDate ?? ''} 的认定申请`;

const COLUMNS: TableColumnsType<DeletedRecognition> = [
  dateColumn('申请日期', 'applyDate'),
  { title: '认定类别', dataIndex: 'categories', ellipsis: true },
];

/** Only an application no reviewer has acted on yet may go (the core says why otherwise: recognitions/remove.ts). */
export const deletable = (r: RecognitionDetail) => (r.status === '01' || r.status === '02') && r.steps.length === 1;

/**
 * 删除 of a person's 认定申请 filed on the wrong person (with a reason) and 已删除 with 恢复, for the person page's
 * 认定 tab: `remove` (undefined when the account may not), the `switch` for the tab's bar, and `content` (the
 * deleted list while the switch is on, and the delete dialog).
 */
export function useRecognitionDeletion(personId: string, personName: string, onDone: () => void) {
  const canDelete = useCan('recognitions.delete');
  const deleting = useDialog<RecognitionDetail>(onDone);
  const [showDeleted, setShowDeleted] = useState(false);
  const removed = useRead('recognitions.listDeleted', { personId }, { enabled: showDeleted });
  const target = deleting.value;
  return {
    remove: canDelete ? deleting.open : undefined,
    switch: <DeletedSwitch checked={showDeleted} onChange={setShowDeleted} />,
    content: (
      <>
        {showDeleted && (
          <div style={{ marginBottom: 12 }}>
            <DeletedRecordsTable
              read={removed}
              noun="认定申请"
              label="已删除的认定申请"
              nameOf={(r) => applicationName(personName, r.applyDate)}
              columns={COLUMNS}
              restoreChannel="recognitions.restore"
              write={RECOGNITION_WRITE}
              onDone={onDone}
            />
          </div>
        )}
        {target && (
          <ReasonDeleteModal
            channel="recognitions.delete"
            schema={recognitionDeleteInput}
            write={RECOGNITION_WRITE}
            id={target.id}
            title="删除认定申请"
            name={applicationName(personName, target.applyDate)}
            formId="recognition-delete-form"
            onClose={deleting.close}
            onDone={deleting.done}
          />
        )}
      </>
    ),
  };
}
