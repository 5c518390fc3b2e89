import { Space, Tag, Typography } from 'antd';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { leaveReasonLabel } from '../../../../shared/enums/post-codes';
import { Link } from 'react-router';
import { useCan } from '../../components/useCan';
import { idNumberColumn } from '../../components/RevealIdNumber';
import { formatMonth } from '../../components/format';
import { ListTable, RowActions, RowLink, emptyListText } from '../../components/list-page';
import { usePlacementTerms } from './usePlacementTerms';

interface Props {
  items: PlacementDetail[];
  loading: boolean;
  onLeave: (p: PlacementDetail) => void;
  onReport: (p: PlacementDetail) => void;
  /** 删除 (a placement entered by mistake); absent when the operator may not. */
  onDelete?: (p: PlacementDetail) => void;
  /** The 已删除 filter is on: the rows are deleted placements, each with its reason and 恢复 only. */
  deleted?: boolean;
  onRestore?: (p: PlacementDetail) => void;
}

/**
 * 安置人员 of one post: basis (登记 marked), dates, BR-18 months, status, and the vacancy report of those who left;
 * 续签 and 年度考核 of those on post, 修改 and 删除 of any, with each one's assessments and renewals under its row.
 */
export function PostPlacementsTable({ items, loading, onLeave, onReport, onDelete, deleted, onRestore }: Props) {
  const canLeave = useCan('placements.leave');
  const canReport = useCan('placements.reportVacancy');
  const terms = usePlacementTerms();
  const remove = (p: PlacementDetail) =>
    onDelete && (
      <RowLink danger onClick={() => onDelete(p)}>
        删除
      </RowLink>
    );
  return (
    <>
      <ListTable<PlacementDetail>
        label="安置人员"
        loading={loading}
        items={items}
        scroll={{ x: 1084 }}
        expandable={deleted ? undefined : terms.expandableFor(items)}
        emptyText={emptyListText({ noun: '安置人员', deleted, firstHint: '点“安置人员”录入。' })}
        columns={[
          {
            title: '姓名',
            dataIndex: 'personName',
            width: 100,
            fixed: 'left',
            render: (v: string, p) => <Link to={`/persons/${p.personId}`}>{v}</Link>,
          },
          idNumberColumn((p: PlacementDetail) => p.personId),
          {
            title: '安置类别',
            dataIndex: 'basisLabel',
            width: 120,
            render: (v: string, p) => (
              <>
                {v}
                {p.basisSource === 'recorded' && (
                  <Tag color="gold" style={{ marginInlineStart: 4 }} title="登记的类别暂代就业困难人员认定">
                    登记
                  </Tag>
                )}
              </>
            ),
          },
          { title: '上岗日期', dataIndex: 'startDate', width: 104 },
          {
            title: '合同(协议)起止',
            key: 'contract',
            width: 120,
            render: (_, p) => (
              <>
                {p.contractStart} 至<br />
                {p.contractEnd}
              </>
            ),
          },
          {
            title: '补贴截止年月',
            key: 'end',
            width: 110,
            render: (_, p) =>
              p.subsidy.extendedToRetirement
                ? `${formatMonth(p.subsidy.endMonth)}（至退休）`
                : formatMonth(p.subsidy.endMonth ?? p.subsidy.entitlementEndMonth),
          },
          {
            title: '已享受/剩余(月)',
            key: 'months',
            width: 84,
            render: (_, p) => `${p.subsidy.monthsUsed} / ${p.subsidy.monthsLeft}`,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (_, p) =>
              p.deletedAt ? (
                <Space size={0} orientation="vertical">
                  <Tag>已删除</Tag>
                  {p.deleteReason && <Typography.Text type="secondary">{p.deleteReason}</Typography.Text>}
                </Space>
              ) : p.status === 'onPost' ? (
                <Tag color="blue">在岗</Tag>
              ) : (
                <Space size={0} orientation="vertical">
                  <span>
                    <Tag>已离岗</Tag>
                    {p.leaveDate} {p.leaveReason ? leaveReasonLabel(p.leaveReason) : ''}
                  </span>
                  {p.vacancyReportDate ? (
                    <Typography.Text type="secondary">
                      空岗已报告 {p.vacancyReportDate}
                      {p.vacancyReportLate && (
                        <Tag color="red" style={{ marginInlineStart: 4 }}>
                          逾期
                        </Tag>
                      )}
                    </Typography.Text>
                  ) : (
                    <span>
                      空岗报告应于 {p.vacancyReportDueDate} 前
                      {p.vacancyReportLate && (
                        <Tag color="red" style={{ marginInlineStart: 4 }}>
                          逾期
                        </Tag>
                      )}
                    </span>
                  )}
                </Space>
              ),
          },
          {
            title: '操作',
            key: 'actions',
            width: 124,
            fixed: 'right',
            render: (_, p) =>
              p.deletedAt ? (
                onRestore && <RowLink onClick={() => onRestore(p)}>恢复</RowLink>
              ) : p.status === 'onPost' ? (
                <RowActions wrap>
                  {terms.actions(p)}
                  {canLeave && <RowLink onClick={() => onLeave(p)}>离岗</RowLink>}
                  {remove(p)}
                </RowActions>
              ) : (
                <RowActions wrap>
                  {terms.actions(p)}
                  {canReport && !p.vacancyReportDate && <RowLink onClick={() => onReport(p)}>报告空岗</RowLink>}
                  {remove(p)}
                </RowActions>
              ),
          },
        ]}
      />
      {terms.dialogs}
    </>
  );
}
