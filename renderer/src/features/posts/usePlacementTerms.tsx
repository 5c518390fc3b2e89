import { App } from 'antd';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import type { ContractWorkItem } from '../../../../shared/contract/post-worklists';
import { useFetch } from '../../api';
import { RowLink } from '../../components/list-page';
import { useCan } from '../../components/useCan';
import { useDialog } from '../../components/useDialog';
import { AssessModal } from './AssessModal';
import { PlacementEditModal } from './PlacementEditModal';
import { PlacementHistory } from './PlacementHistory';
import { RenewModal } from './RenewModal';
import { renewTargetOfPlacement, renewTargetOfWorkItem, type RenewTarget } from './renew-target';

type TermDialog = { kind: 'renew'; target: RenewTarget } | { kind: 'assess' | 'edit'; placement: PlacementDetail };

/** An open placement: on post (or about to start), neither left nor deleted. */
const isOpen = (p: PlacementDetail) => p.status === 'onPost' && !p.leaveDate && !p.deletedAt;
/** Not deleted: its contract dates, policy number and note may be corrected (修改), also after leaving. */
const isEditable = (p: PlacementDetail) => !p.deletedAt;
/** Results, deleted results (shown by 已删除) or renewals to show under the row. */
const hasHistory = (p: PlacementDetail) =>
  p.assessments.length > 0 || p.deletedAssessments > 0 || p.renewals.length > 0;

/**
 * 续签, 年度考核 and 修改 where placements are listed (the post page, the person page, the 合同到期 work list): the row
 * actions for an account that may write them (续签 / 年度考核 of an open placement, 修改 of any not deleted), the
 * expandable history under each row, and the dialogs to render once beside the table. `after` runs when a dialog has
 * saved (the lists on screen are read again by the writes anyway). A work list row holds only part of the record:
 * its 年度考核 and 修改 read the whole placement (placements.get) before their dialog opens.
 */
export function usePlacementTerms(after: () => void = () => undefined) {
  const canRenew = useCan('placements.renew');
  const canAssess = useCan('placements.assess');
  const canEdit = useCan('placements.update');
  const dialog = useDialog<TermDialog>(after);
  const open = dialog.value;
  const renew = (target: RenewTarget) => dialog.open({ kind: 'renew', target });
  const fetchRead = useFetch();
  const { message } = App.useApp();
  /** 年度考核 / 修改 of a placement known by its id: its record first (a failed read is said, no dialog opens). */
  const openRead = async (kind: 'assess' | 'edit', id: string) => {
    const r = await fetchRead('placements.get', { id });
    if (r.ok) dialog.open({ kind, placement: r.data });
    else void message.error(r.error.message);
  };

  /** The row's 续签 / 年度考核 (open placements) and 修改 links; nothing for an account that only reads. */
  const actions = (p: PlacementDetail) => (
    <>
      {isOpen(p) && canRenew && <RowLink onClick={() => renew(renewTargetOfPlacement(p))}>续签</RowLink>}
      {isOpen(p) && canAssess && (
        <RowLink onClick={() => dialog.open({ kind: 'assess', placement: p })}>年度考核</RowLink>
      )}
      {isEditable(p) && canEdit && <RowLink onClick={() => dialog.open({ kind: 'edit', placement: p })}>修改</RowLink>}
    </>
  );

  /** The same links on a row of the 合同到期 work list (an open placement, as the list holds only those). */
  const workItemActions = (w: ContractWorkItem) => (
    <>
      {canRenew && <RowLink onClick={() => renew(renewTargetOfWorkItem(w))}>续签</RowLink>}
      {canAssess && <RowLink onClick={() => void openRead('assess', w.placementId)}>年度考核</RowLink>}
      {canEdit && <RowLink onClick={() => void openRead('edit', w.placementId)}>修改</RowLink>}
    </>
  );
  /** Whether the account gets any link on a work list row (no 操作 column otherwise). */
  const anyWorkItemAction = canRenew || canAssess || canEdit;

  /** A table's `expandable` for `items`: the history under the rows that have any (no expand column when none has). */
  const expandableFor = (items: readonly PlacementDetail[]) => ({
    columnWidth: 32,
    showExpandColumn: items.some(hasHistory),
    expandedRowRender: (p: PlacementDetail) => <PlacementHistory placement={p} />,
    rowExpandable: hasHistory,
  });

  /** Whether any of `items` gets an action the account may use (续签 / 年度考核 of an open one, 修改 of any). */
  const anyActions = (items: readonly PlacementDetail[]) =>
    ((canRenew || canAssess) && items.some(isOpen)) || (canEdit && items.some(isEditable));

  const dialogs = (
    <>
      {open?.kind === 'renew' && <RenewModal placement={open.target} onClose={dialog.close} onRenewed={dialog.done} />}
      {open?.kind === 'assess' && (
        <AssessModal placement={open.placement} onClose={dialog.close} onAssessed={dialog.done} />
      )}
      {open?.kind === 'edit' && (
        <PlacementEditModal placement={open.placement} onClose={dialog.close} onSaved={dialog.done} />
      )}
    </>
  );

  return { actions, anyActions, workItemActions, anyWorkItemAction, expandableFor, dialogs };
}
