import { placementDeleteInput, type PlacementDetail } from '../../../../shared/contract/placements';
import { useRestore } from '../../components/list-page';
import { ReasonDeleteModal } from '../../components/ReasonDeleteModal';
import { useCan } from '../../components/useCan';
import { useDialog } from '../../components/useDialog';
import { PLACEMENT_WRITE } from './write-options';

/** How 删除 and 恢复 name a placement: the person, the post and the 上岗日期. */
export const placementName = (p: PlacementDetail) =>
  `${p.personName}在岗位“${p.postCode} ${p.postTitle}”的安置（${p.startDate} 上岗）`;

/**
 * 删除 of a placement entered by mistake (wrong person or post): it names what goes and asks the reason the core
 * keeps with it; the placement leaves every list, count and roster and can be restored from the 已删除 filter.
 */
export function PlacementDeleteModal({
  placement,
  onClose,
  onDone,
}: {
  placement: PlacementDetail;
  onClose: () => void;
  onDone: () => void;
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
 * operator may not; `modal` goes in the page; `onDone` after either write.
 */
export function usePlacementDeletion(onDone: () => void) {
  const canDelete = useCan('placements.delete');
  const canRestore = useCan('placements.restore');
  const deleting = useDialog<PlacementDetail>(onDone);
  const restore = useRestore({
    noun: '安置记录',
    restoreChannel: 'placements.restore',
    write: PLACEMENT_WRITE,
    onDone,
  });
  return {
    remove: canDelete ? deleting.open : undefined,
    restore: canRestore ? (p: PlacementDetail) => restore({ id: p.id, name: placementName(p) }) : undefined,
    modal: deleting.value && (
      <PlacementDeleteModal placement={deleting.value} onClose={deleting.close} onDone={deleting.done} />
    ),
  };
}
