import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { CountBadge } from '../../components/CountBadge';
import { ModuleTabs } from '../../components/ModuleTabs';
import { useNavBadges } from '../../components/NavCount';
import { ClassListTab } from './ClassListTab';
import { ClassPage, type ResultImportDialog } from './ClassPage';
import { FollowUpsTab } from './FollowUpsTab';
import { ProvidersTab } from './ProvidersTab';

interface Props {
  ResultImport?: ResultImportDialog;
  /** 培训补贴: the subsidies module's training roster tab, given by app/modules.tsx (a feature does not import another). */
  subsidies?: ReactNode;
}

/**
 * #/training/* — 职业技能培训: 培训班 (list, #/training/classes/:id the class page), 定点培训机构, 就业跟踪 (the
 * trainees still to follow up, counted as in the navigation) and 培训补贴 (the month's roster).
 */
export function TrainingModule({ ResultImport, subsidies }: Props) {
  const rest = useParams()['*'] ?? '';
  const [tab, id] = rest.split('/');
  const followUps = useNavBadges()?.training.followUps ?? 0;
  if (tab === 'classes' && id) return <ClassPage id={id} ResultImport={ResultImport} />;
  return (
    <ModuleTabs
      title="职业技能培训"
      base="/training"
      tab={tab}
      items={[
        { key: 'classes', label: '培训班', children: <ClassListTab /> },
        { key: 'providers', label: '定点培训机构', children: <ProvidersTab /> },
        {
          key: 'followups',
          label: (
            <>
              就业跟踪
              {followUps > 0 && (
                <span style={{ marginInlineStart: 6 }}>
                  <CountBadge count={followUps} small />
                </span>
              )}
            </>
          ),
          children: <FollowUpsTab />,
        },
        ...(subsidies ? [{ key: 'subsidies', label: '培训补贴', children: subsidies }] : []),
      ]}
    />
  );
}
