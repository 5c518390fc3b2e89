import { Col, Flex, Row, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type {
  DeletedAssessment,
  PlacementAssessment,
  PlacementRenewal,
} from '../../../../shared/contract/placement-history';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { useRead, useWrite } from '../../api';
import {
  DeletedSwitch,
  ListTable,
  ReadListTable,
  RowLink,
  removedColumns,
  useRestore,
  type ListTableProps,
} from '../../components/list-page';
import { useCan } from '../../components/useCan';
import { useConfirmWrite } from '../../components/useConfirmWrite';
import { PLACEMENT_WRITE } from './write-options';

/** A term on two lines, as the placements table shows it. */
const term = (start: string, end: string) => (
  <>
    {start} 至<br />
    {end}
  </>
);
const resultTag = (a: PlacementAssessment) => <Tag color={a.result === 'pass' ? 'green' : 'red'}>{a.resultLabel}</Tag>;

/** A result as 删除 and 恢复 name it: 张三 2026年度考核结果（不合格）. */
const named = (p: PlacementDetail, a: PlacementAssessment) =>
  `${p.personName} ${a.year}年度考核结果（${a.resultLabel}）`;

/**
 * Under a placement's row: its 年度考核 results (newest year first, each with 删除 after a confirmation; 已删除
 * lists the deleted ones below, each with 恢复) and its 续签 history (newest first, with the reason given when a 不合格
 * year was overridden).
 */
export function PlacementHistory({ placement: p }: { placement: PlacementDetail }) {
  const canRemove = useCan('placements.removeAssessment');
  const removeWrite = useWrite('placements.removeAssessment', PLACEMENT_WRITE);
  const confirm = useConfirmWrite();
  const remove = (a: PlacementAssessment) =>
    confirm({
      title: '删除年度考核',
      content: `确定删除${named(p, a)}吗？删除后不再作为续签依据，可打开“已删除”恢复。`,
      okText: '删除',
      danger: true,
      write: () => removeWrite.write({ id: a.id }),
      done: `已删除${a.year}年度考核结果`,
    });

  const [showDeleted, setShowDeleted] = useState(false);

  return (
    <Row gutter={[16, 8]}>
      <HistoryTable<PlacementAssessment>
        span={10}
        heading="年度考核"
        extra={<DeletedSwitch checked={showDeleted} onChange={setShowDeleted} />}
        of={p.personName}
        items={p.assessments}
        emptyText="尚未录入年度考核"
        columns={[
          { title: '考核年度', dataIndex: 'year', width: 80 },
          { title: '考核结果', key: 'result', width: 80, render: (_, a) => resultTag(a) },
          { title: '考核日期', dataIndex: 'assessedOn', width: 100 },
          { title: '备注', dataIndex: 'remark', ellipsis: true },
          ...(canRemove
            ? [
                {
                  title: '操作',
                  key: 'a',
                  width: 60,
                  render: (_: unknown, a: PlacementAssessment) => (
                    <RowLink danger onClick={() => remove(a)}>
                      删除
                    </RowLink>
                  ),
                },
              ]
            : []),
        ]}
      />
      <HistoryTable<PlacementRenewal>
        span={14}
        heading="续签记录"
        of={p.personName}
        items={p.renewals}
        emptyText="没有续签记录"
        columns={[
          {
            title: '原合同(协议)期',
            key: 'previous',
            width: 120,
            render: (_, r) => term(r.previousStart, r.previousEnd),
          },
          {
            title: '续签后合同(协议)期',
            key: 'term',
            width: 120,
            render: (_, r) => term(r.contractStart, r.contractEnd),
          },
          { title: '续签日期', dataIndex: 'renewedOn', width: 100 },
          { title: '续签理由', dataIndex: 'overrideReason', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '经办人', dataIndex: 'by', width: 90 },
        ]}
      />
      {showDeleted && <DeletedAssessments placement={p} />}
    </Row>
  );
}

/** The placement's deleted 年度考核 results, newest year first, each with 恢复 (the core checks the year is free). */
function DeletedAssessments({ placement: p }: { placement: PlacementDetail }) {
  const read = useRead('placements.deletedAssessments', { placementId: p.id });
  const canRestore = useCan('placements.restoreAssessment') && !p.deletedAt;
  const restore = useRestore({
    noun: '年度考核结果',
    restoreChannel: 'placements.restoreAssessment',
    write: PLACEMENT_WRITE,
  });
  return (
    <Col span={24}>
      <Typography.Text strong>已删除的年度考核</Typography.Text>
      <ReadListTable<DeletedAssessment>
        read={read}
        retry
        label={`${p.personName}已删除的年度考核`}
        emptyText="没有已删除的年度考核"
        columns={[
          { title: '考核年度', dataIndex: 'year', width: 80 },
          { title: '考核结果', key: 'result', width: 80, render: (_, a) => resultTag(a) },
          { title: '考核日期', dataIndex: 'assessedOn', width: 100 },
          ...removedColumns<DeletedAssessment>(
            '删除',
            canRestore
              ? { label: (a) => `恢复${a.year}年度考核`, run: (a) => restore({ id: a.id, name: named(p, a) }) }
              : undefined,
          ),
        ]}
      />
    </Col>
  );
}

/** One part of the history: its heading over a small table named for the person (张三的年度考核). */
function HistoryTable<T extends object>({
  span,
  heading,
  of,
  extra,
  ...table
}: Omit<ListTableProps<T>, 'label'> & { span: number; heading: string; of: string; extra?: ReactNode }) {
  return (
    <Col span={span}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{heading}</Typography.Text>
        {extra}
      </Flex>
      <ListTable<T> label={`${of}的${heading}`} {...table} />
    </Col>
  );
}
