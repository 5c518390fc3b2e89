import { App } from 'antd';
import { placementDeleteInput, type PlacementDetail } from '../../../../shared/contract/placements';
import { useWrite } from '../../api';
import { TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { useRestore } from '../../components/list-page';
import { useCan } from '../../components/useCan';
import { useDialog } from '../../components/useDialog';
import { useContractForm } from '../../components/useInputForm';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'placement-delete-form';
const FIELDS = ['reason'] as const;
type Values = { reason: string };

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
  const del = useWrite('placements.delete', PLACEMENT_WRITE);
  const { message } = App.useApp();
  const { handleSubmit, getValues, formState, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: placementDeleteInput,
    toInput: (v) => ({ id: placement.id, ...v }),
    key: placement.id,
    defaultValues: { reason: '' },
  });
  const name = placementName(placement);
  const save = handleSubmit(async () => {
    const r = await run(() => del.write({ id: placement.id, ...getValues() }));
    if (!r.ok) return;
    message.success(`已删除“${name}”`);
    onDone();
  });
  return (
    <FormModal
      title="删除安置记录"
      formId={FORM_ID}
      {...frame(formState.isDirty, save)}
      onClose={onClose}
      okText="删除"
      danger
      intro={`确定删除“${name}”吗？删除后可在“已删除”中恢复。`}
    >
      <TextField {...bind('reason')} label="删除原因" required maxLength={200} autoFocus />
    </FormModal>
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
