import { Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { z } from 'zod';
import type { InternshipSortField, internshipListItem } from '../../../../shared/contract/internships';
import { internshipEndTypeLabel, internTypeLabel } from '../../../../shared/enums/internship-codes';
import { ListTable, RowActions, RowLink, type listSort } from '../../components/list-page';
import { idNumberColumn } from '../../components/RevealIdNumber';

export type InternRow = z.output<typeof internshipListItem> & { daysLeft?: number };

interface Props {
  label: string;
  items: InternRow[];
  loading?: boolean;
  emptyText: string;
  /** Leave out 姓名 and 公民身份号码 (on the person's own page). */
  hidePerson?: boolean;
  /** Show 剩余天数 (the 即将结束 work list). */
  showDaysLeft?: boolean;
  pagination?: TablePaginationConfig | false;
  onView?: (r: InternRow) => void;
  /** 结束见习; omitted when the signed-in role may not end an internship. */
  onEnd?: (r: InternRow) => void;
  /** 编辑, 删除 and (the 已删除 view) 恢复; each omitted when the role may not. */
  onEdit?: (r: InternRow) => void;
  onDelete?: (r: InternRow) => void;
  onRestore?: (r: InternRow) => void;
  /** The 已删除 view: 查看 the deleted record (read only). */
  onViewDeleted?: (r: InternRow) => void;
  /** The 已删除 view: 查看 and 恢复 are the only actions. */
  deleted?: boolean;
  /** Sortable 姓名, 见习单位 and 见习协议起止 (the 见习人员 list; the sort lives in its address). */
  sort?: ReturnType<typeof listSort<InternshipSortField>>;
}

/** Internships as rows: masked IDs (VR-09), the agreement, status with its E22 ending, and the row actions. */
export function InternTable({
  label,
  items,
  loading,
  emptyText,
  hidePerson,
  showDaysLeft,
  pagination = false,
  onView,
  onEnd,
  onEdit,
  onDelete,
  onRestore,
  onViewDeleted,
  deleted,
  sort,
}: Props) {
  const sortable = (field: InternshipSortField) => sort?.column(field);
  const columns: ColumnsType<InternRow> = [
    ...(hidePerson
      ? []
      : [
          { title: '姓名', dataIndex: 'personName', width: 100, ...sortable('personName') },
          idNumberColumn((r: InternRow) => r.personId),
        ]),
    // 见习单位 takes what is left (about 140 px at 1366 wide with every action shown).
    { title: '见习单位', dataIndex: 'hostName', ...sortable('hostName') },
    { title: '见习岗位', dataIndex: 'position', width: 84 },
    // The work list needs the room for 剩余天数.
    ...(showDaysLeft
      ? []
      : [
          {
            title: '见习人员类别',
            dataIndex: 'internType',
            width: 96,
            render: (v: string) => internTypeLabel(v),
          },
        ]),
    {
      title: '见习协议起止',
      key: 'agreement',
      // Both dates on one line beside the sort arrow: narrower, they ran into 状态 at 1366 wide.
      width: 208,
      ...sortable('agreementEnd'),
      showSorterTooltip: sort && { title: '按协议截止日期排序' },
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {r.agreementStart} 至 {r.agreementEnd}
        </span>
      ),
    },
    ...(showDaysLeft
      ? [
          {
            title: '剩余天数',
            dataIndex: 'daysLeft',
            width: 100,
            render: (v: number) =>
              v < 0 ? <Typography.Text type="danger">已超期 {-v} 天</Typography.Text> : `${v} 天`,
          },
        ]
      : []),
    {
      title: '状态',
      key: 'status',
      width: 110,
      render: (_, r) =>
        r.status === 'active' ? (
          <Tag color="cyan">见习中</Tag>
        ) : (
          <>
            <Tag>已结束</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.endDate} {internshipEndTypeLabel(r.endType)}
            </Typography.Text>
          </>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: onEdit || onDelete ? 184 : 110,
      render: (_, r) =>
        deleted ? (
          <RowActions>
            {onViewDeleted && <RowLink onClick={() => onViewDeleted(r)}>查看</RowLink>}
            {onRestore && <RowLink onClick={() => onRestore(r)}>恢复</RowLink>}
          </RowActions>
        ) : (
          <RowActions>
            {onView && <RowLink onClick={() => onView(r)}>查看</RowLink>}
            {onEdit && <RowLink onClick={() => onEdit(r)}>编辑</RowLink>}
            {r.status === 'active' && onEnd && <RowLink onClick={() => onEnd(r)}>结束见习</RowLink>}
            {onDelete && (
              <RowLink danger onClick={() => onDelete(r)}>
                删除
              </RowLink>
            )}
          </RowActions>
        ),
    },
  ];
  return (
    <ListTable<InternRow>
      label={label}
      columns={columns}
      items={items}
      loading={loading}
      tableLayout="fixed"
      onChange={sort?.onChange}
      emptyText={<Typography.Text type="secondary">{emptyText}</Typography.Text>}
      pagination={pagination}
    />
  );
}
