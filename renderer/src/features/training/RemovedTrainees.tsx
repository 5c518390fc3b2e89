import { useNavigate } from 'react-router';
import type { ClassDetail } from '../../../../shared/contract/training';
import type { RemovedTrainee } from '../../../../shared/contract/training-removals';
import { useRead } from '../../api';
import { ReadListTable, removedColumns, useRestore } from '../../components/list-page';
import { useCan } from '../../components/useCan';
import { traineeColumns } from './trainee-columns';
import { UNENROL_STATUSES } from './useUnenrol';

/**
 * The class's removed trainees (已删除), the latest removed first, each with 恢复 while the class still takes
 * trainees: a confirmation naming the trainee, then the core's enrol checks again (a full class, an overlapping
 * class, the category no longer met …), whose refusal is shown as a message.
 */
export function RemovedTrainees({ detail }: { detail: ClassDetail }) {
  const read = useRead('training.removedTrainees', { classId: detail.id });
  const navigate = useNavigate();
  const canRestore = useCan('training.restoreTrainee') && UNENROL_STATUSES.includes(detail.status);
  const restore = useRestore({ noun: '学员', restoreChannel: 'training.restoreTrainee' });
  return (
    <ReadListTable<RemovedTrainee>
      read={read}
      retry
      label="已移除的学员"
      style={{ marginTop: 8 }}
      emptyText="没有已移除的学员"
      columns={[
        ...traineeColumns<RemovedTrainee>(navigate),
        { title: '人员类别', dataIndex: 'categoryLabel', width: 130 },
        { title: '报名日期', dataIndex: 'enrolDate', width: 100 },
        ...removedColumns<RemovedTrainee>(
          '移除',
          canRestore
            ? {
                label: (t) => `恢复 ${t.personName}`,
                run: (t) => restore({ id: t.id, name: `${t.personName}（培训班 ${detail.code}）` }),
              }
            : undefined,
        ),
      ]}
    />
  );
}
