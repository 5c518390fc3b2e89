import { NavCount, useNavBadges } from '../../components/NavCount';

/** 职业技能培训 in the navigation: trainees still to follow up for employment after training (就业跟踪, BR-38). */
export function TrainingNavBadge() {
  const c = useNavBadges()?.training;
  if (!c) return null;
  return <NavCount count={c.followUps} title={`培训后待跟踪就业 ${c.followUps} 人`} />;
}
