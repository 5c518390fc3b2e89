import { Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FlexSubsidy } from '../../../../shared/contract/flexible-subsidies';
import { useRead, useWrite } from '../../api';
import { formatDateTime } from '../../components/format';
import { AddButton, DeletedSwitch, ReadListTable, RowActions, RowLink } from '../../components/list-page';
import type { PersonTabProps } from '../../components/person-tab';
import { useCan } from '../../components/useCan';
import { useConfirmWrite } from '../../components/useConfirmWrite';
import { useDialog } from '../../components/useDialog';
import { FlexSubsidyModal } from './FlexSubsidyModal';
import { FlexTerminateModal } from './FlexTerminateModal';

const STATUS: Record<FlexSubsidy['status'], { label: string; color?: string }> = {
  upcoming: { label: '未开始', color: 'blue' },
  active: { label: '享受中', color: 'green' },
  ended: { label: '已到期' },
  terminated: { label: '已终止', color: 'orange' },
};

/** The line above the table: how many months the person has used, and whether the subsidy runs to retirement. */
function usedText(data: { items: readonly unknown[]; usedMonths: number; extendedToRetirement: boolean | null }) {
  if (!data.items.length) return '尚未登记灵活就业社会保险补贴。';
  const base = `共 ${data.items.length} 个补贴期，累计享受 ${data.usedMonths} 个月`;
  return data.extendedToRetirement
    ? `${base}；首次享受时距法定退休不足5年，可享受至退休。`
    : `${base}（累计不超过36个月）。`;
}

/** The summary counts the live periods only (the deleted ones shown with 已删除 are not counted). */
const live = <T extends { items: readonly { deletedAt: string | null }[] }>(data: T): T => ({
  ...data,
  items: data.items.filter((i) => !i.deletedAt),
});

/**
 * The 灵活就业补贴 tab of the person page (BR-30, information only): the periods of 灵活就业社会保险补贴 with 登记,
 * 修改, 终止 and 删除 (after a confirmation naming the period); 已删除 lists the deleted ones among the others,
 * greyed, with 恢复 (after a confirmation; the core re-runs the checks of a new period).
 */
export function PersonFlexSubsidiesTab({ personId, person, onChanged }: PersonTabProps) {
  const confirm = useConfirmWrite();
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const read = useRead('flexibleSubsidies.listByPerson', { personId, includeDeleted });
  const removeWrite = useWrite('flexibleSubsidies.remove');
  const restoreWrite = useWrite('flexibleSubsidies.restore');
  const canWrite = useCan('flexibleSubsidies.create') && !person.deletedAt;
  const changed = () => {
    read.reload();
    onChanged();
  };
  const editing = useDialog<FlexSubsidy | 'new'>(changed);
  const ending = useDialog<FlexSubsidy>(changed);

  const remove = (f: FlexSubsidy) =>
    confirm({
      title: '删除补贴记录',
      content: `确定删除${person.name} ${f.startMonth} 至 ${f.endMonth} 的灵活就业社会保险补贴记录吗？删除后该补贴期不再计入享受月数，操作记录中保留删除内容。`,
      okText: '删除',
      danger: true,
      write: () => removeWrite.write({ id: f.id }),
      done: `已删除 ${f.startMonth} 至 ${f.endMonth} 的补贴记录`,
      after: (ok) => ok && changed(),
    });

  const restore = (f: FlexSubsidy) =>
    confirm({
      title: '恢复补贴记录',
      content: `确定恢复${person.name} ${f.startMonth} 至 ${f.endMonth} 的灵活就业社会保险补贴记录吗？恢复后该补贴期重新计入享受月数。`,
      okText: '恢复',
      write: () => restoreWrite.write({ id: f.id }),
      done: `已恢复 ${f.startMonth} 至 ${f.endMonth} 的补贴记录`,
      after: (ok) => ok && changed(),
    });

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{read.data ? usedText(live(read.data)) : ''}</Typography.Text>
        <Space>
          <DeletedSwitch checked={includeDeleted} onChange={setIncludeDeleted} />
          {canWrite && <AddButton onClick={() => editing.open('new')}>登记补贴</AddButton>}
        </Space>
      </Flex>
      <ReadListTable<FlexSubsidy>
        read={read}
        label="灵活就业社会保险补贴"
        pagination={false}
        emptyText="尚无补贴记录"
        rowClassName={(f) => (f.deletedAt ? 'row-deleted' : '')}
        columns={[
          { title: '起始年月', dataIndex: 'startMonth', width: 90 },
          { title: '截止年月', dataIndex: 'endMonth', width: 90 },
          { title: '享受月数', dataIndex: 'months', width: 80 },
          { title: '享受类别', dataIndex: 'targetLabel', width: 130 },
          { title: '补贴险种', dataIndex: 'insuranceLabel', width: 160 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 80,
            render: (s: FlexSubsidy['status'], f: FlexSubsidy) =>
              f.deletedAt ? (
                <Tag title={`${f.updatedBy} ${formatDateTime(f.deletedAt)} 删除`}>已删除</Tag>
              ) : (
                <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag>
              ),
          },
          {
            title: '终止',
            key: 'terminated',
            width: 170,
            render: (_: unknown, f: FlexSubsidy) =>
              f.terminatedOn
                ? `${f.terminatedOn} ${f.terminateReasonLabel}${f.terminateNote ? `（${f.terminateNote}）` : ''}`
                : '',
          },
          { title: '经办人', dataIndex: 'handler', width: 90 },
          { title: '备注', dataIndex: 'remark' },
          ...(canWrite
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, f: FlexSubsidy) =>
                    f.deletedAt ? (
                      <RowLink onClick={() => restore(f)}>恢复</RowLink>
                    ) : (
                      <RowActions>
                        <RowLink onClick={() => editing.open(f)}>修改</RowLink>
                        {!f.terminatedOn && <RowLink onClick={() => ending.open(f)}>终止</RowLink>}
                        <RowLink danger onClick={() => remove(f)}>
                          删除
                        </RowLink>
                      </RowActions>
                    ),
                },
              ]
            : []),
        ]}
      />
      {editing.value && (
        <FlexSubsidyModal
          personId={personId}
          personName={person.name}
          detail={editing.value === 'new' ? null : editing.value}
          onClose={editing.close}
          onSaved={editing.done}
        />
      )}
      {ending.value && (
        <FlexTerminateModal
          period={ending.value}
          personName={person.name}
          onClose={ending.close}
          onDone={ending.done}
        />
      )}
    </>
  );
}
