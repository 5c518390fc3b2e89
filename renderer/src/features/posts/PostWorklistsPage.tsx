import { Tabs, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  POST_WORKLIST_DAYS,
  type ContractWorkItem,
  type PlacementWorkItem,
  type vacancyItem,
} from '../../../../shared/contract/post-worklists';
import { assessmentResultLabel, leaveReasonLabel, type LeaveReasonCode } from '../../../../shared/enums/post-codes';
import { useCan } from '../../components/useCan';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { useDialog } from '../../components/useDialog';
import { LeaveModal } from './LeaveModal';
import { PostsNav } from '../../components/PostsNav';
import {
  dateColumn,
  countTabLabel,
  ListTable,
  numberColumn,
  ReadListTable,
  RowLink,
  tabInAddress,
  useUrlParams,
  type ItemsRead,
} from '../../components/list-page';
import { TownshipFilterNote } from '../../components/TownshipFilterNote';
import { useRead } from '../../api';
import { VacancyReportModal } from './VacancyReportModal';
import { subsidyEndText } from './renew-target';
import { usePlacementTerms } from './usePlacementTerms';

type VacancyItem = z.infer<typeof vacancyItem>;
type PlacementList = ItemsRead<PlacementWorkItem, { items: readonly PlacementWorkItem[]; total: number }>;
type Tab = 'vacancies' | 'subsidyEnding' | 'retiring' | 'vacancyReports' | 'contractsEnding';
/** The subsidy-ending window of the tab's badge (postWorklists.counts) and 首页's reminder. */
const DEFAULT_WITHIN = POST_WORKLIST_DAYS.subsidyEnding;
/** The contracts-ending window of its tab and badge (the channel's default). */
const CONTRACTS_WITHIN = POST_WORKLIST_DAYS.contractsEnding;

/** Days left to a date; one already passed in red, said with `passed` (已过, 已到期). */
const daysText =
  (passed = '已过') =>
  (d: number) =>
    d < 0 ? (
      <Tag color="red">
        {passed} {-d} 天
      </Tag>
    ) : d === 0 ? (
      <Tag color="orange">今天</Tag>
    ) : (
      `${d} 天`
    );
const personCol = {
  title: '姓名',
  dataIndex: 'personName',
  width: 130,
  render: (v: string, w: PlacementWorkItem) => <Link to={`/persons/${w.personId}`}>{v}</Link>,
};
const postCol = {
  title: '岗位',
  key: 'post',
  render: (_: unknown, w: PlacementWorkItem) => <Link to={`/posts/${w.postId}`}>{`${w.postCode} ${w.postTitle}`}</Link>,
};
const idCol = idNumberColumn((w: { personId: string; idNumberMasked: string }) => w.personId);
const townshipCol = { title: '乡镇', dataIndex: 'townshipName', width: 100 };
const common = [personCol, idCol, postCol, { title: '用人单位', dataIndex: 'employerName', width: 180 }, townshipCol];
/** BR-18: the last subsidised month, (至退休) when it is the retirement limit. */
const subsidyEndCol = {
  title: '补贴截止年月',
  dataIndex: 'subsidyEndMonth',
  width: 130,
  render: (v: string | null, w: PlacementWorkItem) => subsidyEndText(v, w.extendedToRetirement),
};
/**
 * 合同到期: the person, the post and its 乡镇, then the contract end, days left, the BR-18 subsidy end (a 续签 past it
 * gets no subsidy) and the 年度考核 deciding the renewal.
 */
const contractLead = [personCol, idCol, postCol, townshipCol];
const contractColumns = [
  dateColumn('合同(协议)截止', 'contractEnd', 124),
  { title: '剩余天数', dataIndex: 'daysLeft', width: 100, render: daysText('已到期') },
  subsidyEndCol,
  {
    title: '年度考核',
    key: 'assessment',
    width: 120,
    render: (_: unknown, w: ContractWorkItem) =>
      w.assessmentResult ? (
        <Tag color={w.assessmentResult === 'pass' ? 'green' : 'red'}>
          {w.assessmentYear} {assessmentResultLabel(w.assessmentResult)}
        </Tag>
      ) : (
        <Tag color="orange">{w.assessmentYear} 未考核</Tag>
      ),
  },
];

/**
 * #/posts/worklists — 空岗, 补贴60天内到期, 即将达到退休年龄, 空岗报告待办, 合同30天内到期 (or ended without a
 * renewal); each tab with its count and the row's one action.
 */
export function PostWorklistsPage() {
  const u = useUrlParams();
  const navigate = useNavigate();
  const tabs = tabInAddress<Tab>(u, 'vacancies');
  const tab = tabs.activeKey;
  const counts = useRead('postWorklists.counts', {});
  // township=… narrows the lists to one 乡镇, within=… sets the subsidy window in days (首页 opens them so).
  const townshipId = u.get('township');
  const within = Number(u.get('within') ?? DEFAULT_WITHIN);
  const withinDays = Number.isInteger(within) && within >= 1 && within <= 730 ? within : DEFAULT_WITHIN;
  const paging = { townshipId, ...u.paging };
  const vac = useRead('postWorklists.vacancies', tab === 'vacancies' ? paging : null);
  const ending = useRead('postWorklists.subsidyEnding', tab === 'subsidyEnding' ? { ...paging, withinDays } : null);
  const retiring = useRead('postWorklists.retiring', tab === 'retiring' ? paging : null);
  const reports = useRead('postWorklists.vacancyReports', tab === 'vacancyReports' ? paging : null);
  const contracts = useRead(
    'postWorklists.contractsEnding',
    tab === 'contractsEnding' ? { ...paging, withinDays: CONTRACTS_WITHIN } : null,
  );
  const reload = () => {
    counts.reload();
    ending.reload();
    retiring.reload();
    reports.reload();
    contracts.reload();
  };
  const terms = usePlacementTerms(reload);
  const leaving = useDialog<{ w: PlacementWorkItem; reason: LeaveReasonCode }>(reload);
  const reporting = useDialog<PlacementWorkItem>(reload);
  const c = counts.data;
  const canLeave = useCan('placements.leave');
  const canPlace = useCan('placements.create');
  const leaveButton = (reason: LeaveReasonCode) => (_: unknown, w: PlacementWorkItem) =>
    canLeave && <RowLink onClick={() => leaving.open({ w, reason })}>办理离岗</RowLink>;
  /** A work list of placements: `lead` (the person, the post, where) then the list's own `columns`. */
  const table = (name: string, list: PlacementList, columns: object[], lead: object[] = common) => (
    <ReadListTable<PlacementWorkItem>
      read={list}
      label={name}
      rowKey="placementId"
      pagination={u.pagination(list.data?.total ?? 0, '条')}
      emptyText="没有待办事项"
      columns={[...lead, ...columns] as never}
    />
  );

  return (
    <>
      <PostsNav titled />
      <TownshipFilterNote townshipId={townshipId} onClear={() => u.set({ township: undefined })} />
      <Tabs
        {...tabs}
        items={[
          {
            key: 'vacancies',
            label: countTabLabel('空岗', c?.vacancies),
            children: (
              <ListTable<VacancyItem>
                label="空岗岗位"
                loading={vac.loading}
                items={vac.data?.items}
                pagination={u.pagination(vac.data?.total ?? 0, '个岗位')}
                emptyText="没有空岗"
                columns={[
                  {
                    title: '岗位',
                    key: 'post',
                    render: (_, p) => <Link to={`/posts/${p.id}`}>{`${p.postCode} ${p.title}`}</Link>,
                  },
                  { title: '用人单位', dataIndex: 'employerName' },
                  { title: '乡镇', dataIndex: 'townshipName', width: 110 },
                  numberColumn('核定', 'approvedCount', 60),
                  numberColumn('在岗', 'onPost', 60),
                  {
                    title: '空岗',
                    dataIndex: 'vacancies',
                    width: 70,
                    render: (v: number) => <Tag color="red">空岗 {v}</Tag>,
                  },
                  {
                    title: '操作',
                    key: 'a',
                    width: 90,
                    render: (_, p) =>
                      canPlace && <RowLink onClick={() => navigate(`/posts/${p.id}?suggest=1`)}>补充人员</RowLink>,
                  },
                ]}
              />
            ),
          },
          {
            key: 'subsidyEnding',
            label: countTabLabel(
              `补贴${withinDays}天内到期`,
              withinDays === DEFAULT_WITHIN ? c?.subsidyEnding : ending.data?.total,
            ),
            children: table('补贴即将到期', ending, [
              subsidyEndCol,
              { title: '剩余', dataIndex: 'daysLeft', width: 90, render: daysText() },
              { title: '操作', key: 'a', width: 80, render: leaveButton('L02') },
            ]),
          },
          {
            key: 'retiring',
            label: countTabLabel('即将达到退休年龄', c?.retiring),
            children: table('即将达到退休年龄', retiring, [
              dateColumn('法定退休日期', 'retirementDate', 110),
              { title: '剩余', dataIndex: 'daysLeft', width: 90, render: daysText() },
              { title: '操作', key: 'a', width: 80, render: leaveButton('L03') },
            ]),
          },
          {
            key: 'vacancyReports',
            label: countTabLabel('空岗报告待办', c?.vacancyReportsDue, !!c?.vacancyReportsLate),
            children: table('空岗报告待办', reports, [
              {
                title: '离岗',
                key: 'left',
                width: 190,
                render: (_: unknown, w: PlacementWorkItem) =>
                  `${w.leaveDate} ${w.leaveReason ? leaveReasonLabel(w.leaveReason) : ''}`,
              },
              {
                ...dateColumn('应报日期', 'dueDate', 130),
                render: (v: string, w: PlacementWorkItem) => (
                  <>
                    {v}
                    {w.late && (
                      <Tag color="red" style={{ marginInlineStart: 4 }}>
                        逾期
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: '操作',
                key: 'a',
                width: 80,
                render: (_: unknown, w: PlacementWorkItem) =>
                  canLeave && <RowLink onClick={() => reporting.open(w)}>报告空岗</RowLink>,
              },
            ]),
          },
          {
            key: 'contractsEnding',
            label: countTabLabel(`合同${CONTRACTS_WITHIN}天内到期`, c?.contractsEnding),
            children: table(
              '合同到期',
              contracts,
              [
                ...contractColumns,
                ...(terms.anyWorkItemAction
                  ? [
                      {
                        title: '操作',
                        key: 'a',
                        width: 190,
                        render: (_: unknown, w: ContractWorkItem) => terms.workItemActions(w),
                      },
                    ]
                  : []),
              ],
              contractLead,
            ),
          },
        ]}
      />
      {terms.dialogs}
      {leaving.value && (
        <LeaveModal
          placement={{
            id: leaving.value.w.placementId,
            personName: leaving.value.w.personName,
            postTitle: leaving.value.w.postTitle,
            startDate: leaving.value.w.startDate,
          }}
          reason={leaving.value.reason}
          onClose={leaving.close}
          onLeft={leaving.done}
        />
      )}
      {reporting.value && (
        <VacancyReportModal
          placement={{
            id: reporting.value.placementId,
            personName: reporting.value.personName,
            postTitle: reporting.value.postTitle,
            leaveDate: reporting.value.leaveDate,
            dueDate: reporting.value.dueDate,
          }}
          onClose={reporting.close}
          onReported={reporting.done}
        />
      )}
    </>
  );
}
