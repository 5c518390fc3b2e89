import { POST_WORKLIST_DAYS as DAYS } from '../../../../shared/contract/post-worklists';
import { NavCount, useNavBadges } from '../../components/NavCount';

/** 公益性岗位 in the navigation: everything waiting on its 工作清单 (the posts part of home.badges). */
export function PostsNavBadge() {
  const c = useNavBadges()?.posts;
  if (!c) return null;
  const title = `空岗 ${c.vacancies} 个岗位，补贴${DAYS.subsidyEnding}天内到期 ${c.subsidyEnding} 人，即将达到退休年龄 ${c.retiring} 人，空岗报告待办 ${c.vacancyReportsDue} 个，合同${DAYS.contractsEnding}天内到期 ${c.contractsEnding} 人`;
  const count = c.vacancies + c.subsidyEnding + c.retiring + c.vacancyReportsDue + c.contractsEnding;
  return <NavCount count={count} title={title} />;
}
