import { Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { WorklistItem, WorklistKind } from '../../../../shared/contract/contact-worklists';
import { cancelReasonLabel, contactResultLabel, serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { phoneColumn } from '../../components/RevealPhone';
import { LEVEL_COLOURS } from './options';
import {
  dateColumn,
  ListTable,
  RowActions,
  RowLink,
  serverPagination,
  type PageSize,
} from '../../components/list-page';
import type { WorklistParams } from './worklist-params';

interface WorklistTableProps {
  kind: WorklistKind;
  items: WorklistItem[];
  total: number;
  loading: boolean;
  params: WorklistParams;
  onPageChange: (page: number, pageSize: PageSize) => void;
  onView: (i: WorklistItem) => void;
  onContact: (i: WorklistItem) => void;
  onCancel: (i: WorklistItem) => void;
}

/** A name link that wraps (long Uyghur names) instead of running over the ID column. */
const NAME_LINK = { padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' } as const;
/** 建议注销：… of a contact (or C11 after 6 months without one), wrapping in its narrow column. */
const suggestionTag = (v: string | null) =>
  v ? (
    <Tag color="volcano" style={{ whiteSpace: 'normal' }}>
      建议注销：{cancelReasonLabel(v)}
    </Tag>
  ) : null;

const EMPTY: Record<WorklistKind, string> = {
  toContact: '本月应联系的人员都已联系',
  lostContact: '没有连续6个月未联系成功的人员',
  firstContactDue: '没有待首次联系的人员',
};

/** The columns every list shares, then the list's own facts, then its one action: 记录联系. */
function columnsFor(
  kind: WorklistKind,
  p: Omit<WorklistTableProps, 'items' | 'total' | 'loading' | 'onPageChange' | 'kind'> & { suggests: boolean },
): ColumnsType<WorklistItem> {
  /** 注销 on the 6-month list, and on a row a contact suggested cancelling. */
  const cancels = (i: WorklistItem) => kind === 'lostContact' || !!i.suggestedCancelReason;
  const place = {
    title: '乡镇(街道) 村(社区)',
    key: 'place',
    width: 150,
    render: (_: unknown, i: WorklistItem) => `${i.townshipName} ${i.villageName}`,
  };
  const staff = { title: '联系责任人', dataIndex: 'responsibleStaff', width: 100 };
  const own: ColumnsType<WorklistItem> =
    kind === 'toContact'
      ? [
          {
            title: '本月成功联系',
            key: 'month',
            width: 100,
            render: (_, i) => `${i.monthSuccessful} / ${i.minPerMonth} 次`,
          },
          {
            ...dateColumn('最近联系', 'lastContactDate', 140),
            render: (_, i) =>
              i.lastContactDate ? (
                <>
                  {i.lastContactDate}
                  {i.lastContactResult && (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {contactResultLabel(i.lastContactResult)}
                    </Typography.Text>
                  )}
                  {suggestionTag(i.suggestedCancelReason)}
                </>
              ) : (
                '尚无'
              ),
          },
          dateColumn('计划联系', 'nextContactDate'),
        ]
      : kind === 'lostContact'
        ? [
            {
              ...dateColumn('最近成功联系', 'lastSuccessfulContactDate', 110),
              render: (v: string | null) => v ?? '从未',
            },
            {
              // Months since the last successful contact (a refused or failed one does not count): say so.
              title: '未成功联系月数',
              dataIndex: 'monthsWithoutContact',
              width: 110,
              render: (v: number | null) => (v === null ? '' : `${v} 个月`),
            },
            {
              title: '建议',
              dataIndex: 'suggestedCancelReason',
              width: 120,
              render: suggestionTag,
            },
          ]
        : [
            dateColumn('登记日期', 'regDate'),
            {
              ...dateColumn('首次联系期限', 'dueDate', 150),
              render: (v: string | null, i) => (
                <>
                  {v} {i.overdue && <Tag color="red">已逾期</Tag>}
                </>
              ),
            },
          ];
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 150,
      render: (v: string, i) => (
        <Button type="link" size="small" style={NAME_LINK} onClick={() => p.onView(i)}>
          {v}
        </Button>
      ),
    },
    idNumberColumn((i: WorklistItem) => i.personId),
    // Masked by the core (VR-09); 查看 (audited), here or in 记录联系, shows it in full to the clerk who dials it.
    phoneColumn(
      (i: WorklistItem) => i.personId,
      (i) => i.name,
    ),
    ...(p.params.groupBy === 'staff' ? [staff, place] : [place, staff]),
    {
      title: '服务等级',
      dataIndex: 'serviceLevel',
      width: 96,
      render: (v: string, i) => (
        <>
          <Tag color={LEVEL_COLOURS[v]}>{`${v} ${serviceLevelLabel(v)}`}</Tag>
          {i.isDifficult && <Typography.Text type="secondary">困难</Typography.Text>}
        </>
      ),
    },
    ...own,
    {
      title: '操作',
      key: 'actions',
      width: kind === 'lostContact' || p.suggests ? 120 : 80,
      render: (_, i) => (
        <RowActions>
          <RowLink onClick={() => p.onContact(i)}>记录联系</RowLink>
          {cancels(i) && (
            <RowLink danger onClick={() => p.onCancel(i)}>
              注销
            </RowLink>
          )}
        </RowActions>
      ),
    },
  ];
}

/**
 * No sideways scroll at 1366×768 (issue 18): the widths are what a column would like, the table fits the page and
 * long names, places and suggestions wrap, so 计划联系 and 建议 stay in view.
 */
export function WorklistTable({ kind, items, total, loading, params, onPageChange, ...actions }: WorklistTableProps) {
  const suggests = items.some((i) => i.suggestedCancelReason);
  const columns = columnsFor(kind, { params, suggests, ...actions });
  return (
    <ListTable<WorklistItem>
      label="工作清单"
      rowKey="registrationId"
      columns={columns}
      items={items}
      loading={loading}
      emptyText={<Typography.Text type="secondary">{EMPTY[kind]}</Typography.Text>}
      pagination={serverPagination(params, total, '人', (p) => onPageChange(p.page, p.pageSize))}
    />
  );
}
