import type { ClassDetail, Trainee } from '../../../../shared/contract/training';
import { useWrite } from '../../api';
import { useConfirmWrite } from '../../components/useConfirmWrite';

/** The statuses in which a trainee may still be removed (the core refuses after 结业 or 撤销). */
export const UNENROL_STATUSES: readonly string[] = ['01', '02', '03'];

/**
 * 移除学员: a confirmation that names the trainee and the class and says where the enrolment can be restored from,
 * then `training.unenrol`; the core's refusal (the class closed meanwhile, another township's person) as a message.
 */
export function useUnenrol(onDone: () => void) {
  const confirm = useConfirmWrite();
  const unenrol = useWrite('training.unenrol');
  return (detail: ClassDetail, t: Trainee) =>
    confirm({
      title: '移除学员',
      content: `确定将“${t.personName}”从培训班 ${detail.code}（${detail.occupation}）移除吗？移除后不再计入本班人数和统计，可打开“已删除”恢复。`,
      okText: '移除',
      danger: true,
      write: () => unenrol.write({ enrolmentId: t.id }),
      done: `已将“${t.personName}”移出培训班 ${detail.code}`,
      after: onDone,
    });
}
