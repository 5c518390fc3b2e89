import { Badge, Space } from 'antd';
import { COUNT_BADGE_COLOURS } from '../../components/CountBadge';
import { useCallback, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { ModuleTabs } from '../../components/ModuleTabs';
import { useTownshipParam } from '../../components/useTownshipParam';
import { BasesTab } from './BasesTab';
import { DueTab } from './DueTab';
import { InternListTab } from './InternListTab';
import { RetentionTab } from './RetentionTab';
import { useRead } from '../../api';

/** A tab label with its count badge (nothing when zero). */
const counted = (label: string, count: number) => (
  <Space size={6}>
    {label}
    <Badge count={count} size="small" color={COUNT_BADGE_COLOURS.due.background} />
  </Space>
);

interface Props {
  /** 补贴发放: the subsidies module's allowance tab, given by app/modules.tsx (a feature does not import another). */
  allowances: ReactNode;
}

/** #/internships/* — 就业见习: 见习人员, 见习基地, 留用率, 到期提醒 and 补贴发放 (#/internships/{tab}). */
export function InternshipsModule({ allowances }: Props) {
  const tab = useParams()['*']?.split('/')[0];
  // 到期提醒 of one 乡镇(街道) of the host (?township=…, as the 首页's reminder opens it); the county otherwise.
  const [townshipId, chooseTownship] = useTownshipParam();
  const lists = useRead('internshipWorklists.due', { townshipId });
  const [retentionVersion, setRetentionVersion] = useState(0);
  const changed = useCallback(() => {
    lists.reload();
    setRetentionVersion((v) => v + 1);
  }, [lists]);
  const counts = lists.data?.counts;

  return (
    <ModuleTabs
      title="就业见习"
      base="/internships"
      tab={tab}
      items={[
        { key: 'interns', label: '见习人员', children: <InternListTab onChanged={changed} /> },
        {
          key: 'bases',
          label: counted('见习基地', counts?.expiringBases ?? 0),
          children: <BasesTab onChanged={changed} />,
        },
        { key: 'retention', label: '留用率', children: <RetentionTab key={retentionVersion} /> },
        {
          key: 'due',
          label: counted('到期提醒', (counts?.ending ?? 0) + (counts?.expiringBases ?? 0)),
          children: (
            <DueTab
              lists={lists.data}
              error={lists.error}
              onChanged={changed}
              townshipId={townshipId}
              onTownship={chooseTownship}
            />
          ),
        },
        { key: 'allowances', label: '补贴发放', children: allowances },
      ]}
    />
  );
}
