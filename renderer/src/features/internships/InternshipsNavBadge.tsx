import { NavCount, useNavCounts } from '../../components/NavCount';

/** 就业见习 in the navigation: what its 到期提醒 holds (internshipWorklists.due). */
export function InternshipsNavBadge() {
  const { counts: lists } = useNavCounts('internshipWorklists.due', {});
  if (!lists) return null;
  const { ending, expiringBases } = lists.counts;
  return (
    <NavCount
      count={ending + expiringBases}
      title={`30天内见习期满 ${ending} 人，60天内到期的见习基地 ${expiringBases} 个`}
    />
  );
}
