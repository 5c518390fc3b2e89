import { Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { Region } from '../../../../shared/contract/regions';
import { EntrySelect } from '../../components/EntrySelect';
import { useCan } from '../../components/useCan';
import { urbanRuralLabel } from '../../../../shared/enums';
import { URBAN_RURAL_OPTIONS } from '../../components/person-options';
import { LEVEL_LABELS } from './region-labels';
import { buildRegionTree, type RegionRow } from './region-tree';

interface RegionTableProps {
  items: readonly Region[];
  loading: boolean;
  onAddVillage: (township: Region) => void;
  onRename: (region: Region) => void;
  onRetire: (region: Region) => void;
  onRestore: (region: Region) => void;
  /** A village's 城乡分类代码 chosen in its row (null: cleared). */
  onSetUrbanRural: (region: Region, code: string | null) => void;
}

/** Townships with their villages nested under them (expanded unless the clerk folds one). */
export function RegionTable({
  items,
  loading,
  onAddVillage,
  onRename,
  onRetire,
  onRestore,
  onSetUrbanRural,
}: RegionTableProps) {
  const canChange = useCan('regions.rename');
  const tree = useMemo(() => buildRegionTree(items), [items]);
  // The nesting said to assistive technology too (aria-level 1: township, 2: a village under it), not by indent only.
  const nested = useMemo(() => new Set(tree.flatMap((t) => (t.children ?? []).map((c) => c.id))), [tree]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const expandedRowKeys = tree.filter((t) => t.children && !collapsed.has(t.id)).map((t) => t.id);

  const onExpand = (expanded: boolean, row: RegionRow) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (expanded) next.delete(row.id);
      else next.add(row.id);
      return next;
    });

  const columns: ColumnsType<RegionRow> = [
    { title: '区划代码', dataIndex: 'code', width: 190 },
    { title: '名称', dataIndex: 'name' },
    { title: '层级', dataIndex: 'level', width: 110, render: (level: 4 | 5) => LEVEL_LABELS[level] },
    {
      title: '城乡分类',
      dataIndex: 'urbanRuralCode',
      width: 150,
      render: (code: string | null, row) =>
        canChange && row.level === 5 && !row.retiredOn ? (
          <EntrySelect
            size="small"
            id={`urban-rural-${row.id}`}
            aria-label={`城乡分类：${row.name}`}
            value={code ?? undefined}
            options={URBAN_RURAL_OPTIONS}
            placeholder="未设置"
            allowClear
            style={{ width: '100%' }}
            onChange={(v) => onSetUrbanRural(row, v ?? null)}
          />
        ) : (
          urbanRuralLabel(code)
        ),
    },
    {
      title: '联系电话',
      dataIndex: 'officePhone',
      width: 130,
      render: (phone: string | null) => phone ?? <Typography.Text type="secondary">未填</Typography.Text>,
    },
    {
      title: '状态',
      dataIndex: 'retiredOn',
      width: 170,
      render: (retiredOn: string | null) => (retiredOn ? <Tag>已撤销 {retiredOn}</Tag> : <Tag color="green">在用</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_, row) =>
        canChange && (
          <Space size={0} wrap>
            {row.level === 4 && !row.retiredOn && (
              <Button type="link" size="small" onClick={() => onAddVillage(row)}>
                新增村(社区)
              </Button>
            )}
            <Button type="link" size="small" onClick={() => onRename(row)}>
              修改
            </Button>
            {row.retiredOn ? (
              <Button type="link" size="small" onClick={() => onRestore(row)}>
                恢复
              </Button>
            ) : (
              <Popconfirm
                title={`确定撤销“${row.name}”吗？撤销后不能再选用，可随时恢复。`}
                okText="确定"
                cancelText="取消"
                onConfirm={() => onRetire(row)}
              >
                <Button type="link" size="small" danger>
                  撤销
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Table<RegionRow>
      aria-label="行政区划列表"
      rowKey="id"
      columns={columns}
      dataSource={tree}
      loading={loading}
      pagination={false}
      expandable={{ expandedRowKeys, onExpand }}
      onRow={(r) => ({ 'aria-level': nested.has(r.id) ? 2 : 1 })}
      locale={{
        emptyText: '还没有乡镇(街道)。可点“载入本县统计用区划”一次载入，或“新增乡镇(街道)”逐个录入，或“从文件导入”。',
      }}
    />
  );
}
