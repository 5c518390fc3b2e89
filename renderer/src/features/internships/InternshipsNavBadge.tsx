import { NavCount, useNavBadges } from '../../components/NavCount';

/** 就业见习 in the navigation: what its 到期提醒 holds (the internships part of home.badges). */
export function InternshipsNavBadge() {
  const c = useNavBadges()?.internships;
  if (!c) return null;
  return (
    <NavCount
      count={c.ending + c.expiringBases}
      title={`30天内见习期满 ${c.ending} 人，60天内到期的见习基地 ${c.expiringBases} 个`}
    />
  );
}
