import { NavCount, useNavBadges } from '../../components/NavCount';

/** 失业登记与联系 in the navigation: the working month's 本月待联系, all three lists in the title. */
export function RegistrationsNavBadge() {
  const counts = useNavBadges()?.contacts;
  if (!counts) return null;
  const title = `本月待联系 ${counts.toContact} 人，6个月未联系 ${counts.lostContact} 人，首次联系待办 ${counts.firstContactDue} 人`;
  return <NavCount count={counts.toContact} title={title} />;
}
