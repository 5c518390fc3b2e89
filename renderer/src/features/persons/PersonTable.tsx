import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { PersonListItem, PersonSortField } from '../../../../shared/contract/persons';
import { employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';
import {
  dateColumn,
  oneLine,
  ListTable,
  onSortChange as sortChange,
  RowActions,
  RowLink,
  serverPagination,
  sortableColumn,
  type PageSize,
} from '../../components/list-page';
import type { ListParams } from './list-params';
import { idNumberColumn } from '../../components/RevealIdNumber';

interface PersonTableProps {
  items: PersonListItem[];
  total: number;
  loading: boolean;
  params: ListParams;
  emptyText: string;
  onPageChange: (page: number, pageSize: PageSize) => void;
  onSortChange: (sort: ListParams['sort']) => void;
  onView: (p: PersonListItem) => void;
  onEdit?: (p: PersonListItem) => void;
  /** The write actions; omitted when the signed-in role may not make them (the buttons are not shown). */
  onDelete?: (p: PersonListItem) => void;
  onRestore?: (p: PersonListItem) => void;
}

const FLAG_TAGS: { key: 'isDifficult' | 'onPost' | 'inInternship'; label: string; color: string }[] = [
  { key: 'isDifficult', label: '就业困难人员', color: 'orange' },
  { key: 'onPost', label: '公益性岗位在岗', color: 'blue' },
  { key: 'inInternship', label: '见习中', color: 'cyan' },
];

/** 出生日期 and the age on one line under a header with its sort arrows. */
const BIRTH_WIDTH = 150;
/** The fixed columns plus 120 px for 常住地. */
const TABLE_MIN_WIDTH = 1088;

/** The list itself: masked IDs and phones (VR-09), server-side sort and pages, row actions. */
export function PersonTable(props: PersonTableProps) {
  const { items, total, loading, params, emptyText, onPageChange, onSortChange, onView, onEdit, onDelete, onRestore } =
    props;
  const sortable = (field: PersonSortField) => sortableColumn(params.sort, field);

  // 常住地 takes what is left; the list fits 1366 px beside the navigation without scrolling sideways. The order
  // of 更新时间 (the default: latest first) needs no column of its own.
  const columns: ColumnsType<PersonListItem> = [
    // Names and places wrap (long Uyghur names are common): nothing is cut to a tooltip.
    { title: '姓名', dataIndex: 'name', width: 150, fixed: 'left', ...sortable('name') },
    { title: '性别', dataIndex: 'sex', width: 48, render: (v: string) => sexLabel(v) },
    { title: '民族', dataIndex: 'ethnicity', width: 88, render: (v: string) => ethnicityLabel(v) },
    {
      ...dateColumn('出生日期(年龄)', 'birthDate', BIRTH_WIDTH),
      onHeaderCell: oneLine,
      ...sortable('birthDate'),
      render: (v: string, p) => (
        <>
          {v} <Typography.Text type="secondary">{p.age}岁</Typography.Text>
        </>
      ),
    },
    { ...idNumberColumn((p: PersonListItem) => p.id), ...sortable('idNumber') },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 112, render: (v: string | null) => v ?? '' },
    {
      title: '就业状态',
      dataIndex: 'employmentStatus',
      width: 124,
      render: (v: string, p) => (
        <>
          {employmentStatusLabel(v)}
          {FLAG_TAGS.filter((f) => p[f.key]).map((f) => (
            <Tag key={f.key} color={f.color} style={{ marginInlineEnd: 4 }}>
              {f.label}
            </Tag>
          ))}
        </>
      ),
    },
    {
      title: '常住地',
      key: 'place',
      render: (_, p) => [p.townshipName, p.villageName].filter(Boolean).join(' '),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, p) => (
        <RowActions>
          <RowLink onClick={() => onView(p)}>查看</RowLink>
          {params.deleted ? (
            onRestore && <RowLink onClick={() => onRestore(p)}>恢复</RowLink>
          ) : (
            <>
              {onEdit && <RowLink onClick={() => onEdit(p)}>编辑</RowLink>}
              {onDelete && (
                <RowLink danger onClick={() => onDelete(p)}>
                  删除
                </RowLink>
              )}
            </>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <ListTable<PersonListItem>
      label="人员列表"
      columns={columns}
      items={items}
      loading={loading}
      scroll={{ x: TABLE_MIN_WIDTH }}
      emptyText={<Typography.Text type="secondary">{emptyText}</Typography.Text>}
      onChange={sortChange<PersonSortField>(onSortChange)}
      pagination={serverPagination(params, total, '人', (p) => onPageChange(p.page, p.pageSize))}
    />
  );
}
