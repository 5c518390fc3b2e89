import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { leaveReasonLabel } from '../../../../shared/enums/post-codes';
import type { PersonTabProps } from '../../components/person-tab';
import { formatMonth } from '../../components/format';
import { useRead } from '../../api';
import { DeletedSwitch, ReadListTable, RowActions, RowLink } from '../../components/list-page';
import { usePlacementTerms } from './usePlacementTerms';
import { usePlacementDeletion } from './PlacementDeleteModal';

/**
 * The 公益性岗位 tab of the person page: the person's placements with the BR-18 months, each linked to its post, and
 * each month's amounts; 续签 and 年度考核 of an open one, 修改 and 删除 of any, with its assessments and renewals under
 * its row; the 已删除 filter lists the deleted ones with 恢复.
 */
export function PersonPostsTab({ personId, onChanged }: PersonTabProps) {
  const [showDeleted, setShowDeleted] = useState(false);
  const placements = useRead('placements.listByPerson', { personId, includeDeleted: showDeleted });
  const terms = usePlacementTerms();
  const deletion = usePlacementDeletion(() => {
    placements.reload();
    onChanged();
  });
  // With the 已删除 filter on, the deleted placements only (the read gives both).
  const items = (placements.data?.items ?? []).filter((x) => !!x.deletedAt === showDeleted);
  const rowActions = (p: PlacementDetail) =>
    p.deletedAt ? (
      deletion.restore && <RowLink onClick={() => deletion.restore?.(p)}>恢复</RowLink>
    ) : (
      <RowActions wrap>
        {terms.actions(p)}
        {deletion.remove && (
          <RowLink danger onClick={() => deletion.remove?.(p)}>
            删除
          </RowLink>
        )}
      </RowActions>
    );
  const anyActions = showDeleted ? !!deletion.restore : terms.anyActions(items) || !!deletion.remove;
  return (
    <>
      {deletion.restore && (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <DeletedSwitch checked={showDeleted} onChange={setShowDeleted} />
        </Flex>
      )}
      <ReadListTable<PlacementDetail>
        read={{ ...placements, data: placements.data && { items } }}
        label="公益性岗位安置"
        emptyText={showDeleted ? '没有已删除的公益性岗位安置记录' : '没有公益性岗位安置记录'}
        expandable={showDeleted ? undefined : terms.expandableFor(items)}
        columns={[
          {
            // The employer under the post, so that the row's actions fit at 1366×768.
            title: '岗位 / 用人单位',
            key: 'post',
            render: (_, p) => (
              <>
                <Link to={`/posts/${p.postId}`}>{`${p.postCode} ${p.postTitle}`}</Link>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {p.employerName}
                </Typography.Text>
              </>
            ),
          },
          {
            title: '安置类别',
            dataIndex: 'basisLabel',
            width: 150,
            render: (v: string, p) => (
              <>
                {v}
                {p.basisSource === 'recorded' ? (
                  <Tag color="gold" style={{ marginInlineStart: 4 }}>
                    登记
                  </Tag>
                ) : (
                  <Tag color="green" style={{ marginInlineStart: 4 }}>
                    认定
                  </Tag>
                )}
              </>
            ),
          },
          { title: '上岗日期', dataIndex: 'startDate', width: 104 },
          {
            title: '离岗日期',
            dataIndex: 'leaveDate',
            width: 130,
            render: (v: string | null, p) => (v ? `${v} ${p.leaveReason ? leaveReasonLabel(p.leaveReason) : ''}` : '—'),
          },
          { title: '首次享受补贴', key: 'first', width: 100, render: (_, p) => formatMonth(p.subsidy.firstMonth) },
          {
            title: '补贴截止年月',
            key: 'end',
            width: 120,
            render: (_, p) =>
              `${formatMonth(p.subsidy.endMonth ?? p.subsidy.entitlementEndMonth)}${p.subsidy.extendedToRetirement ? '（至退休）' : ''}`,
          },
          {
            title: '已享受/剩余(月)',
            key: 'm',
            width: 96,
            render: (_, p) => `${p.subsidy.monthsUsed} / ${p.subsidy.monthsLeft}`,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 80,
            render: (v: string, p) =>
              p.deletedAt ? <Tag>已删除</Tag> : v === 'onPost' ? <Tag color="blue">在岗</Tag> : <Tag>已离岗</Tag>,
          },
          ...(anyActions
            ? [{ title: '操作', key: 'a', width: 130, render: (_: unknown, p: PlacementDetail) => rowActions(p) }]
            : []),
        ]}
      />
      {terms.dialogs}
      {deletion.modal}
    </>
  );
}
