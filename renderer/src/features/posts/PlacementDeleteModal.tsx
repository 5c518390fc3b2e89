import {
  placementDeleteInput,
  type PlacementDetail,
  type PlacementWithAttendance,
} from '../../../../shared/contract/placements';
import { useRestore } from '../../components/list-page';
import { ReasonDeleteModal } from '../../components/ReasonDeleteModal';
import { useCan } from '../../components/useCan';
import { useDialog } from '../../components/useDialog';
import { useAttendanceNotice } from './attendance-notice';
import { PLACEMENT_WRITE } from './write-options';

/** How 删除 and 恢复 name a placement: the person, the post and the 上岗日期. */
export const placementName = (p: PlacementDetail) =>
  `${p.personName}在岗位“${p.postCode} ${p.postTitle}”的安置（${p.startDate} 上岗）`;

/**
 * 删除 of a placement entered by mistake (wrong person or post): it names what goes and asks the reason the core
 * keeps with it; the placement leaves every list, count and roster and can be restored from the 已删除 filter.
 * `onDone` gets the core's answer (what the deletion did to the attendance).
 */
export function PlacementDeleteModal({
  placement,
  onClose,
  onDone,
}: {
  placement: PlacementDetail;
  onClose: () => void;
  onDone: (deleted: PlacementWithAttendance) => void;
}) {
  return (
    <ReasonDeleteModal
      channel="placements.delete"
      schema={placementDeleteInput}
      write={PLACEMENT_WRITE}
      id={placement.id}
      title="删除安置记录"
      name={placementName(placement)}
      formId="placement-delete-form"
      onClose={onClose}
      onDone={onDone}
    />
  );
}

/**
 * 删除 (the reason asked by PlacementDeleteModal) and 恢复 of placements from a list of them, each undefined when the
 * operator may not; `modal` goes in the page; `onDone` after either write. After either, the clerk is told what it
 * did to the attendance of generated months, as after 离岗 (nothing shows when it did nothing).
 */
export function usePlacementDeletion(onDone: () => void) {
  const canDelete = useCan('placements.delete');
  const canRestore = useCan('placements.restore');
  const deleting = useDialog<PlacementDetail>(onDone);
  const notice = useAttendanceNotice();
  const restore = useRestore({
    noun: '安置记录',
    restoreChannel: 'placements.restore',
    write: PLACEMENT_WRITE,
    onDone,
    onRestored: (p) => notice(`已恢复安置记录：${p.personName}`, p.attendance),
  });
  return {
    remove: canDelete ? deleting.open : undefined,
    restore: canRestore ? (p: PlacementDetail) => restore({ id: p.id, name: placementName(p) }) : undefined,
    modal: deleting.value && (
      <PlacementDeleteModal
        placement={deleting.value}
        onClose={deleting.close}
        onDone={(p) => {
          notice(`已删除安置记录：${p.personName}`, p.attendance);
          deleting.done();
        }}
      />
    ),
  };
}
