// What each 首页 reminder says and which filtered list it opens (the lists keep their filters in the address:
// registrations/worklist-params.ts, the recognition and post work lists' tab/township/within, internships' tabs,
// the 补贴发放 month).
import type { Reminder, ReminderKey } from '../../../../shared/contract/home';
import { HOME_WINDOWS } from '../../../../shared/contract/home';
import { PROVIDERS_EXPIRING_DAYS } from '../../../../shared/contract/training';

interface ReminderView {
  label: string;
  unit: string;
  /** What the late part of the count means, when the reminder has one. */
  lateText?: string;
  group: '失业登记与联系' | '就业困难人员认定' | '公益性岗位' | '就业见习' | '补贴发放' | '职业技能培训';
  href: (p: LinkParams) => string;
}

export interface LinkParams {
  month: string;
  workingMonth: string;
  townshipId: string | null;
}

const query = (pairs: Record<string, string | null | undefined>) => {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(pairs)) if (v) sp.set(k, v);
  const s = sp.toString();
  return s ? `?${s}` : '';
};

const contacts =
  (list: string) =>
  ({ month, workingMonth, townshipId }: LinkParams) =>
    `/registrations${query({ month: month === workingMonth ? null : month, list, township: townshipId })}`;
const recognitions =
  (tab: string) =>
  ({ townshipId }: LinkParams) =>
    `/recognitions${query({ tab, township: townshipId })}`;
const subsidies = ({ month, townshipId }: LinkParams) => `/posts/subsidies${query({ month, township: townshipId })}`;
const postList =
  (tab: string, within?: number) =>
  ({ townshipId }: LinkParams) =>
    `/posts/worklists${query({ tab, within: within === undefined ? null : String(within), township: townshipId })}`;
const internshipsDue = ({ townshipId }: LinkParams) => `/internships/due${query({ township: townshipId })}`;

export const REMINDERS: Record<ReminderKey, ReminderView> = {
  toContact: { label: '本月待联系', unit: '人', group: '失业登记与联系', href: contacts('toContact') },
  firstContactDue: { label: '首次联系待办', unit: '人', group: '失业登记与联系', href: contacts('firstContactDue') },
  lostContact: { label: '6个月未联系', unit: '人', group: '失业登记与联系', href: contacts('lostContact') },
  pendingVillage: { label: '待初审', unit: '人', group: '就业困难人员认定', href: recognitions('pendingVillage') },
  inNotice: {
    label: '公示中',
    unit: '人',
    lateText: '即将期满',
    group: '就业困难人员认定',
    href: recognitions('inNotice'),
  },
  pendingTownship: {
    label: '待乡镇审核',
    unit: '人',
    group: '就业困难人员认定',
    href: recognitions('pendingTownship'),
  },
  pendingCounty: { label: '待县级确认', unit: '人', group: '就业困难人员认定', href: recognitions('pendingCounty') },
  shouldExit: { label: '应退出', unit: '人', group: '就业困难人员认定', href: recognitions('shouldExit') },
  assistanceDue: { label: '待就业援助', unit: '人', group: '就业困难人员认定', href: recognitions('assistanceDue') },
  vacancies: { label: '空岗', unit: '个岗位', group: '公益性岗位', href: postList('vacancies') },
  subsidyEnding: {
    label: `补贴${HOME_WINDOWS.subsidyEndingDays}天内到期`,
    unit: '人',
    group: '公益性岗位',
    href: postList('subsidyEnding', HOME_WINDOWS.subsidyEndingDays),
  },
  retiring: {
    label: '即将达到退休年龄',
    unit: '人',
    group: '公益性岗位',
    href: postList('retiring'),
  },
  vacancyReports: {
    label: '空岗报告待办',
    unit: '条',
    lateText: '已逾期',
    group: '公益性岗位',
    href: postList('vacancyReports'),
  },
  contractsEnding: {
    label: `合同${HOME_WINDOWS.contractsEndingDays}天内到期`,
    unit: '人',
    lateText: '已到期',
    group: '公益性岗位',
    href: postList('contractsEnding'),
  },
  attendanceMissing: { label: '考勤未录入单位', unit: '个', group: '补贴发放', href: subsidies },
  batchesToReview: {
    label: '待审核的花名册',
    unit: '份',
    group: '补贴发放',
    href: ({ month }) => `/posts/subsidies${query({ month })}`,
  },
  internshipsEnding: {
    label: `${HOME_WINDOWS.internshipsEndingDays}天内见习期满`,
    unit: '人',
    group: '就业见习',
    href: internshipsDue,
  },
  basesExpiring: {
    label: '基地资格即将到期',
    unit: '个',
    group: '就业见习',
    href: internshipsDue,
  },
  providersExpiring: {
    label: '定点培训机构资质到期',
    unit: '个',
    group: '职业技能培训',
    href: () => `/training/providers?expiring=${PROVIDERS_EXPIRING_DAYS}`,
  },
  trainingFollowUps: {
    label: '培训后待跟踪就业',
    unit: '人',
    group: '职业技能培训',
    href: ({ townshipId }) => `/training/followups${query({ township: townshipId })}`,
  },
};

/** Reminders in the page's groups, in the order the groups are listed above; unknown keys are left out. */
export function groupReminders(reminders: readonly Reminder[]) {
  const groups = new Map<ReminderView['group'], (Reminder & { view: ReminderView })[]>();
  for (const view of Object.values(REMINDERS)) groups.set(view.group, []);
  for (const r of reminders) {
    const view = REMINDERS[r.key];
    if (view) groups.get(view.group)!.push({ ...r, view });
  }
  return [...groups].filter(([, items]) => items.length > 0);
}
