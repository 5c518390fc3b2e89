import { Col, Row, Tag, Typography } from 'antd';
import type { PlacementAssessment, PlacementRenewal } from '../../../../shared/contract/placement-history';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { useWrite } from '../../api';
import { ListTable, RowLink, type ListTableProps } from '../../components/list-page';
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

/**
 * Under a placement's row: its 年度考核 results (newest year first, each with 删除 after a confirmation) and its
 * 续签 history (newest first, with the reason given when a 不合格 year was overridden).
 */
export function PlacementHistory({ placement: p }: { placement: PlacementDetail }) {
  const canRemove = useCan('placements.removeAssessment');
  const removeWrite = useWrite('placements.removeAssessment', PLACEMENT_WRITE);
  const confirm = useConfirmWrite();
  const remove = (a: PlacementAssessment) =>
    confirm({
      title: '删除年度考核',
      content: `确定删除${p.personName} ${a.year}年度考核结果（${a.resultLabel}）吗？删除的内容记入操作记录。`,
      okText: '删除',
      danger: true,
      write: () => removeWrite.write({ id: a.id }),
      done: `已删除${a.year}年度考核结果`,
    });

  return (
    <Row gutter={16}>
      <HistoryTable<PlacementAssessment>
        span={10}
        heading="年度考核"
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
    </Row>
  );
}

/** One part of the history: its heading over a small table named for the person (张三的年度考核). */
function HistoryTable<T extends object>({
  span,
  heading,
  of,
  ...table
}: Omit<ListTableProps<T>, 'label'> & { span: number; heading: string; of: string }) {
  return (
    <Col span={span}>
      <Typography.Text strong>{heading}</Typography.Text>
      <ListTable<T> label={`${of}的${heading}`} {...table} />
    </Col>
  );
}
