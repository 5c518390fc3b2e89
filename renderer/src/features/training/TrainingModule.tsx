import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ClassListTab } from './ClassListTab';
import { ClassPage, type ResultImportDialog } from './ClassPage';
import { ProvidersTab } from './ProvidersTab';

const TABS = ['classes', 'providers'] as const;

/** #/training/* — 职业技能培训: 培训班 (list, #/training/classes/:id the class page) and 定点培训机构. */
export function TrainingModule({ ResultImport }: { ResultImport?: ResultImportDialog }) {
  const rest = useParams()['*'] ?? '';
  const [tab, id] = rest.split('/');
  const navigate = useNavigate();
  if (tab === 'classes' && id) return <ClassPage id={id} ResultImport={ResultImport} />;
  const active = (TABS as readonly string[]).includes(tab) ? tab : 'classes';
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        职业技能培训
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/training/${key}`)}
        destroyOnHidden
        items={[
          { key: 'classes', label: '培训班', children: <ClassListTab /> },
          { key: 'providers', label: '定点培训机构', children: <ProvidersTab /> },
        ]}
      />
    </>
  );
}
