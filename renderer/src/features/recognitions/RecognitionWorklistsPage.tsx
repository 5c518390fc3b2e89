import { Flex, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { AssistanceDueItem, RecognitionListItem } from '../../../../shared/contract/recognitions';
import { useRead } from '../../api';
import { idNumberColumn } from '../../components/RevealIdNumber';
import {
  dateColumn,
  useUrlParams,
  AddButton,
  ReadListTable,
  RowLink,
  countTabLabel,
  emptyListText,
  tabInAddress,
} from '../../components/list-page';
import { TownshipFilterNote } from '../../components/TownshipFilterNote';
import { RecognitionFormDrawer } from './RecognitionFormDrawer';
import { BackfillModal } from './BackfillModal';
import { RecognitionFilterBar, recognitionListParams } from './RecognitionFilterBar';
import { STAGE_COLOURS } from './recognition-options';
import { useRecognitionActions } from './useRecognitionActions';
import { useDialog } from '../../components/useDialog';
import type { ContactEntry } from '../../components/contact-entry';
import { useCan } from '../../components/useCan';
import { usePlaces } from '../../components/usePlaces';
import { ModuleReportsMenu } from '../../components/report-export';

type Tab =
  | 'pendingVillage'
  | 'inNotice'
  | 'pendingTownship'
  | 'pendingCounty'
  | 'newThisMonth'
  | 'shouldExit'
  | 'assistanceDue'
  | 'all';

const daysText = (d: number | null) =>
  d == null ? (
    ''
  ) : d < 0 ? (
    '已期满'
  ) : d === 0 ? (
    <Tag color="orange">今天期满</Tag>
  ) : d === 1 ? (
    <Tag color="orange">明天期满</Tag>
  ) : (
    `还有 ${d} 天`
  );

const common = [
  {
    title: '姓名',
    dataIndex: 'personName',
    width: 150,
    render: (v: string, r: RecognitionListItem) => <Link to={`/persons/${r.personId}?tab=recognitions`}>{v}</Link>,
  },
  idNumberColumn((r: RecognitionListItem) => r.personId),
  { title: '乡镇(街道)', dataIndex: 'townshipName', width: 110 },
  { title: '村(社区)', dataIndex: 'villageName', width: 110 },
  {
    title: '认定类别',
    dataIndex: 'categoryLabels',
    render: (v: string, r: RecognitionListItem) => <span title={v}>{v || r.primaryLabel}</span>,
  },
];
const applyCol = dateColumn('申请日期', 'applyDate');
/**
 * The 公示名单 a 公示中 row opens (audit6): the person's 乡镇(街道) and the month their 公示 starts, so the clerk gets the
 * notice they are about to post (GS-01 lists the notices starting in its 统计期).
 */
function noticeLink(r: RecognitionListItem, townships: readonly { id: string; name: string }[]): string {
  const q = new URLSearchParams({ report: 'GS-01' });
  const month = r.noticeStart?.slice(0, 7);
  if (month) {
    q.set('from', month);
    q.set('to', month);
  }
  const township = townships.find((t) => t.name === r.townshipName);
  if (township) q.set('township', township.id);
  return `/reports?${q.toString()}`;
}

const noticeCol = {
  title: '公示期',
  key: 'notice',
  width: 200,
  render: (_: unknown, r: RecognitionListItem) => (r.noticeStart ? `${r.noticeStart} 至 ${r.noticeEnd}` : ''),
};
const recognisedCol = {
  ...dateColumn('认定日期', 'recognitionDate'),
  render: (v: string | null, r: RecognitionListItem) => (
    <>
      {v ?? '—'}
      {r.backfilled && <Tag style={{ marginInlineStart: 4 }}>补录</Tag>}
    </>
  ),
};
/**
 * 待就业援助 (BR-06): the days without assistance (the number the list is about), then the last assistance with the
 * last contact under it — one column, so the list fits 1366 wide without its 村(社区).
 */
const assistanceCols = [
  {
    title: '未援助天数',
    dataIndex: 'daysWithoutAssistance',
    width: 120,
    render: (d: number | null, r: AssistanceDueItem) =>
      d == null ? '—' : `${d} 天${r.lastAssistanceServiceDate || r.lastPostDay ? '' : '（认定以来）'}`,
  },
  {
    title: '最近就业援助 / 联系',
    key: 'assisted',
    width: 190,
    render: (_: unknown, r: AssistanceDueItem) => (
      <>
        {r.lastAssistanceServiceDate ?? '无'}
        {r.lastPostDay && <div>公益性岗位在岗至 {r.lastPostDay}</div>}
        <div>
          <Typography.Text type="secondary">最近联系 {r.lastContactDate ?? '无'}</Typography.Text>
        </div>
      </>
    ),
  },
];
const withoutVillage = common.filter((c) => c.dataIndex !== 'villageName');
/** 全部认定: where the recognition stands (the exit date with 已退出). */
const stageCol = {
  title: '认定状态',
  dataIndex: 'stageLabel',
  width: 150,
  render: (v: string, r: RecognitionListItem) => (
    <>
      <Tag color={STAGE_COLOURS[r.stage]}>{v}</Tag>
      {r.exitDate}
    </>
  ),
};
/** 查看: the person's 就业困难认定 tab. */
const viewCol = {
  title: '操作',
  key: 'a',
  width: 70,
  render: (_: unknown, r: RecognitionListItem) => <Link to={`/persons/${r.personId}?tab=recognitions`}>查看</Link>,
};

/**
 * #/recognitions — 就业困难人员认定: the work lists of the workflow, each tab with its count and the one action the
 * list exists for (初审, 公示名单, 审核, 确认, 退出, 记录联系); then 全部认定, the module's list page: every recognition
 * found by name / 公民身份号码, 乡镇, 认定状态 and 困难类别 (filters in the address), each row opening the person's
 * 就业困难认定 tab. 新增认定申请 opens the application drawer, 补录认定 the back-fill of a recognition made on paper.
 * `contactEntry` (from app/): 记录联系 on 待就业援助's rows; without it, or for a role that may not record contacts,
 * the rows offer only the link to the person's contacts.
 */
export function RecognitionWorklistsPage({ contactEntry: ContactEntry }: { contactEntry?: ContactEntry }) {
  const u = useUrlParams();
  const navigate = useNavigate();
  const tabs = tabInAddress<Tab>(u, 'pendingVillage');
  const tab = tabs.activeKey;
  const applying = useDialog<true>(() => u.set({ tab: undefined }));
  // A back-filled recognition is 已认定 at once: 全部认定 shows it.
  const backfilling = useDialog<true>(() => u.set({ tab: 'all' }));
  const canBackfill = useCan('recognitions.backfill');
  // township=… narrows the lists and their counts to one 乡镇 (首页's reminders open them so).
  const townshipId = u.get('township');
  const counts = useRead('recognitionWorklists.counts', { townshipId });
  const paging = { townshipId, ...u.paging };
  const all = recognitionListParams(u);
  const lists = {
    pendingVillage: useRead('recognitionWorklists.pendingVillage', tab === 'pendingVillage' ? paging : null),
    inNotice: useRead('recognitionWorklists.inNotice', tab === 'inNotice' ? paging : null),
    pendingTownship: useRead('recognitionWorklists.pendingTownship', tab === 'pendingTownship' ? paging : null),
    pendingCounty: useRead('recognitionWorklists.pendingCounty', tab === 'pendingCounty' ? paging : null),
    newThisMonth: useRead('recognitionWorklists.newThisMonth', tab === 'newThisMonth' ? paging : null),
    shouldExit: useRead('recognitionWorklists.shouldExit', tab === 'shouldExit' ? paging : null),
    assistanceDue: useRead('recognitionWorklists.assistanceDue', tab === 'assistanceDue' ? paging : null),
    all: useRead('recognitions.list', tab === 'all' ? all.input : null),
  };
  const contacting = useDialog<AssistanceDueItem>(lists.assistanceDue.reload);
  const canContact = useCan('contacts.create') && !!ContactEntry;
  const actions = useRecognitionActions();
  const c = counts.data;
  const places = usePlaces();

  const button = (text: string, onClick: (r: RecognitionListItem) => void) => ({
    title: '操作',
    key: 'a',
    width: 120,
    render: (_: unknown, r: RecognitionListItem) =>
      actions.canStep(r) && (
        <Flex gap={8}>
          <RowLink onClick={() => onClick(r)}>{text}</RowLink>
          {r.stage !== 'recognised' && r.stage !== 'notice' && (
            <RowLink danger onClick={() => actions.refuse(r)}>
              不予认定
            </RowLink>
          )}
        </Flex>
      ),
  });
  // `width`: the table's scroll width, at most the 1094 px a 1366-wide window leaves it; `base`: the first columns.
  const table = (
    key: Tab,
    name: string,
    columns: object[],
    width = 1000,
    base: object[] = common,
    emptyText = '没有待办事项',
  ) => {
    const list = lists[key];
    return (
      <ReadListTable<RecognitionListItem>
        read={list}
        label={name}
        pagination={u.pagination(list.data?.total ?? 0, '人')}
        emptyText={emptyText}
        columns={[...base, ...columns] as never}
        scroll={{ x: width }}
      />
    );
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          就业困难人员认定
        </Typography.Title>
        <Flex gap={8}>
          {canBackfill && <AddButton onClick={() => backfilling.open(true)}>补录认定</AddButton>}
          {actions.canEnter && (
            <AddButton primary onClick={() => applying.open(true)}>
              新增认定申请
            </AddButton>
          )}
          <ModuleReportsMenu module="recognitions" defaults={{ townshipId: townshipId ?? undefined }} />
        </Flex>
      </Flex>
      {/* 全部认定 has the 乡镇 in its filter bar. */}
      {tab !== 'all' && <TownshipFilterNote townshipId={townshipId} onClear={() => u.set({ township: undefined })} />}
      <Tabs
        {...tabs}
        items={[
          {
            key: 'pendingVillage',
            label: countTabLabel('待初审', c?.pendingVillage),
            children: table('pendingVillage', '待初审', [applyCol, button('初审', actions.step)]),
          },
          {
            key: 'inNotice',
            label: countTabLabel(
              c?.noticeEnding ? `公示中（${c.noticeEnding} 人即将期满）` : '公示中',
              c?.inNotice,
              !!c?.noticeEnding,
            ),
            children: table('inNotice', '公示中', [
              noticeCol,
              { title: '剩余', dataIndex: 'daysLeft', width: 100, render: daysText },
              {
                title: '操作',
                key: 'a',
                width: 90,
                render: (_: unknown, r: RecognitionListItem) => (
                  <RowLink onClick={() => navigate(noticeLink(r, places.townships))}>公示名单</RowLink>
                ),
              },
            ]),
          },
          {
            key: 'pendingTownship',
            label: countTabLabel('待乡镇审核', c?.pendingTownship),
            children: table('pendingTownship', '待乡镇审核', [noticeCol, button('审核', actions.step)]),
          },
          {
            key: 'pendingCounty',
            label: countTabLabel('待县级确认', c?.pendingCounty),
            children: table('pendingCounty', '待县级确认', [applyCol, button('确认', actions.step)]),
          },
          {
            key: 'newThisMonth',
            label: countTabLabel('本月新认定', c?.newThisMonth),
            children: table('newThisMonth', '本月新认定', [recognisedCol, viewCol]),
          },
          {
            key: 'shouldExit',
            label: countTabLabel('应退出', c?.shouldExit, !!c?.shouldExit),
            children: table('shouldExit', '应退出', [
              recognisedCol,
              { title: '记录显示', dataIndex: 'exitHint', width: 220 },
              {
                title: '操作',
                key: 'a',
                width: 70,
                render: (_: unknown, r: RecognitionListItem) =>
                  actions.canEnter && <RowLink onClick={() => actions.exit(r)}>退出</RowLink>,
              },
            ]),
          },
          {
            key: 'assistanceDue',
            label: countTabLabel('待就业援助', c?.assistanceDue),
            children: table(
              'assistanceDue',
              '待就业援助',
              [
                recognisedCol,
                ...assistanceCols,
                {
                  title: '操作',
                  key: 'a',
                  width: 140,
                  fixed: 'right',
                  render: (_: unknown, r: AssistanceDueItem) => (
                    <Flex gap={8}>
                      {canContact && r.registrationId && <RowLink onClick={() => contacting.open(r)}>记录联系</RowLink>}
                      <Link to={`/persons/${r.personId}?tab=registrations`}>联系记录</Link>
                    </Flex>
                  ),
                },
              ],
              1090,
              withoutVillage,
            ),
          },
          {
            key: 'all',
            label: '全部认定',
            children: (
              <>
                <RecognitionFilterBar u={u} />
                {table(
                  'all',
                  '认定列表',
                  [stageCol, applyCol, recognisedCol, viewCol],
                  1090,
                  // Without 村(社区), as 待就业援助: the categories keep room at 1366 wide.
                  withoutVillage,
                  emptyListText({
                    noun: '认定记录',
                    filtered: all.filtered,
                    firstHint: '点“新增认定申请”受理申请，或点“补录认定”登记已认定的人员。',
                  }),
                )}
              </>
            ),
          },
        ]}
      />
      {actions.dialogs}
      {ContactEntry && contacting.value?.registrationId && (
        <ContactEntry
          registrationId={contacting.value.registrationId}
          phoneMasked={contacting.value.phoneMasked}
          onClose={contacting.close}
          // A contact saved may be the assistance the row waits for: read the list again.
          onSaved={lists.assistanceDue.reload}
        />
      )}
      {applying.value && <RecognitionFormDrawer onClose={applying.close} onSaved={applying.done} />}
      {backfilling.value && <BackfillModal onClose={backfilling.close} onSaved={backfilling.done} />}
    </>
  );
}
