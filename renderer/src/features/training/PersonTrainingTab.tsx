import { useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import type { PersonTabProps } from '../../components/person-tab';
import { useRead } from '../../api';
import { outcomeColumns } from './TrainingSubsidy';
import { ReadListTable, RowLink } from '../../components/list-page';

type Item = ChannelOutput<'training.person'>['items'][number];

/** The 培训 tab of the person page: the person's classes, results, certificates and subsidies (or why not). */
export function PersonTrainingTab({ personId }: PersonTabProps) {
  const navigate = useNavigate();
  const training = useRead('training.person', { personId });
  return (
    <ReadListTable<Item>
      read={training}
      label="该人员的培训"
      rowKey="enrolmentId"
      emptyText="尚无培训记录"
      columns={[
        {
          title: '班级编号',
          dataIndex: 'classCode',
          width: 120,
          render: (v: string, i) => <RowLink onClick={() => navigate(`/training/classes/${i.classId}`)}>{v}</RowLink>,
        },
        { title: '培训机构', dataIndex: 'providerName', ellipsis: true },
        { title: '培训工种', dataIndex: 'occupation', width: 110 },
        { title: '培训起止', key: 'term', width: 200, render: (_, i) => `${i.startDate} 至 ${i.endDate}` },
        { title: '状态', dataIndex: 'statusLabel', width: 90 },
        { title: '人员类别', dataIndex: 'categoryLabel', width: 130 },
        ...outcomeColumns<Item>((i) => ({
          refusal: i.subsidyReason,
          subsidyFen: i.subsidyFen,
          livingFen: i.livingFen,
        })),
      ]}
    />
  );
}
