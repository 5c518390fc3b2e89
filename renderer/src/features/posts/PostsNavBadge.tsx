import { NavCount, useNavBadges } from '../../components/NavCount';
import { postsWaiting } from '../../components/PostsNav';

/** 公益性岗位 in the navigation: everything waiting on its 工作清单 (the posts part of home.badges). */
export function PostsNavBadge() {
  const c = useNavBadges()?.posts;
  if (!c) return null;
  const contracts = c.contractsEnding > 0 ? `，合同到期 ${c.contractsEnding} 人` : '';
  const title = `空岗 ${c.vacancies} 个岗位，补贴60天内到期 ${c.subsidyEnding} 人，即将达到退休年龄 ${c.retiring} 人，空岗报告待办 ${c.vacancyReportsDue} 个${contracts}`;
  return <NavCount count={postsWaiting(c)} title={title} />;
}
