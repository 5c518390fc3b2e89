import { WORKLIST_KINDS, worklistKindLabel } from '../../../../shared/contract/contact-worklists';
import { NavCount, useNavBadges } from '../../components/NavCount';

/** 失业登记与联系 in the navigation: the working month's 本月待联系, all three lists in the title. */
export function RegistrationsNavBadge() {
  const counts = useNavBadges()?.contacts;
  if (!counts) return null;
  const title = WORKLIST_KINDS.map((k) => `${worklistKindLabel(k)} ${counts[k]} 人`).join('，');
  return <NavCount count={counts.toContact} title={title} />;
}
