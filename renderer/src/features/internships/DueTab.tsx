import { Alert, Typography } from 'antd';
import { CountBadge } from '../../components/CountBadge';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { worklistsOutput } from '../../../../shared/contract/internships';
import { useFetch } from '../../api';
import { useCan } from '../../components/useCan';
import { TownshipSelect } from '../../components/TownshipSelect';
import { useBaseMark, useEndInternship } from './useInternshipDialogs';
import { InternTable } from './InternTable';
import { dateColumn, ListTable, numberColumn, RowLink } from '../../components/list-page';

type Worklists = z.output<typeof worklistsOutput>;

const Heading = ({ title, count }: { title: string; count: number }) => (
  <Typography.Title level={5} style={{ marginTop: 8 }}>
    {title} <CountBadge count={count} />
  </Typography.Title>
);

/** 到期提醒: internships ending within 30 days (结束见习), and bases whose recognition lapses within 60 days (修改). */
export function DueTab({
  lists,
  error,
  onChanged,
  townshipId,
  onTownship,
}: {
  lists: Worklists | null;
  error: string | null;
  onChanged: () => void;
  /** The 乡镇(街道) of the host the lists are narrowed to (undefined: the county). */
  townshipId?: string;
  onTownship?: (id: string | undefined) => void;
}) {
  const fetchRead = useFetch();
  const navigate = useNavigate();
  const canEnd = useCan('internships.end');
  const ending = useEndInternship(onChanged);
  const canRenew = useCan('employers.update');
  const base = useBaseMark(onChanged);
  const [failed, setFailed] = useState<string | null>(null);

  const renew = async (id: string) => {
    const r = await fetchRead('employers.get', { id });
    if (r.ok) base.mark(r.data);
    else setFailed(r.error.message);
  };

  return (
    <>
      {(error ?? failed) && <Alert type="error" showIcon title={error ?? failed} style={{ marginBottom: 8 }} />}
      {onTownship && <TownshipSelect value={townshipId} onChange={onTownship} />}
      <Heading title="30天内见习期满" count={lists?.counts.ending ?? 0} />
      <InternTable
        label="即将期满的见习"
        items={lists?.ending ?? []}
        loading={!lists && !error}
        showDaysLeft
        emptyText="30天内没有见习期满的人员"
        onView={(r) => navigate(`/persons/${r.personId}`)}
        onEnd={canEnd ? ending.end : undefined}
      />
      <Heading title="60天内到期的见习基地" count={lists?.counts.expiringBases ?? 0} />
      <ListTable
        label="即将到期的见习基地"
        items={lists?.expiringBases}
        emptyText={<Typography.Text type="secondary">60天内没有到期的见习基地</Typography.Text>}
        columns={[
          { title: '见习单位', dataIndex: 'name' },
          dateColumn('有效期至', 'baseValidUntil', 120),
          {
            title: '剩余天数',
            dataIndex: 'daysLeft',
            width: 100,
            render: (v: number) => (v < 0 ? `已过期 ${-v} 天` : `${v} 天`),
          },
          numberColumn('在见习人数', 'activeInterns', 100),
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_, b) => canRenew && <RowLink onClick={() => void renew(b.id)}>修改有效期</RowLink>,
          },
        ]}
      />
      {ending.modal}
      {base.modal}
    </>
  );
}
