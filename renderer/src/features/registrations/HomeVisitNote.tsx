// BR-09 / CFG-22: a level-A (重点帮扶) registration needs a successful 入户走访 each quarter. Display only: the
// registration card's tag, and the contact drawer's hint near 联系方式 while a visit is still due.
import { Alert, Tag } from 'antd';
import type { HomeVisitStateOut } from '../../../../shared/contract/registrations';
import { useRead } from '../../api';
import type { ContactTarget } from './contact-values';

const dueText = (s: HomeVisitStateOut) =>
  `本季度尚未入户走访（重点帮扶对象每季度至少${s.required}次，季度末 ${s.quarterEnd}）`;

/** The quarter's state as a tag: orange while due, else the last visit. Nothing when none is asked for. */
export function HomeVisitTag({ state }: { state: HomeVisitStateOut | null | undefined }) {
  if (!state) return null;
  return state.due ? (
    <Tag color="orange">{dueText(state)}</Tag>
  ) : (
    <Tag color="green">{`本季度已入户走访 ${state.lastDate ?? ''}`}</Tag>
  );
}

/**
 * In the contact drawer: the hint while a visit is due, so the clerk picks 入户走访. A target from the registration
 * carries the state; one from the lookup or a work list (level A only) reads the registration.
 */
export function HomeVisitHint({ target }: { target: ContactTarget }) {
  const needsRead = target.serviceLevel === 'A' && target.homeVisit === undefined;
  const { data } = useRead('registrations.get', needsRead ? { id: target.registrationId } : null, {
    keepPrevious: false,
  });
  const state = target.homeVisit === undefined ? data?.homeVisit : target.homeVisit;
  if (target.serviceLevel !== 'A' || !state?.due) return null;
  return <Alert type="warning" showIcon title={dueText(state)} style={{ marginBottom: 12 }} />;
}
