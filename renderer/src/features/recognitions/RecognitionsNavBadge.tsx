import { NavCount, useNavBadges } from '../../components/NavCount';

/**
 * 就业困难人员认定 in the navigation: every application waiting for a step, the recognised who should exit and those
 * waiting for employment assistance (BR-06).
 */
export function RecognitionsNavBadge() {
  const c = useNavBadges()?.recognitions;
  if (!c) return null;
  const title = `待初审 ${c.pendingVillage} 人，公示中 ${c.inNotice} 人，待乡镇审核 ${c.pendingTownship} 人，待县级确认 ${c.pendingCounty} 人，应退出 ${c.shouldExit} 人，待就业援助 ${c.assistanceDue} 人`;
  return (
    <NavCount
      count={c.pendingVillage + c.pendingTownship + c.pendingCounty + c.shouldExit + c.assistanceDue}
      title={title}
    />
  );
}
