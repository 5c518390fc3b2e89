import { useParams } from 'react-router';
import { ModuleTabs } from '../../components/ModuleTabs';
import { ClassListTab } from './ClassListTab';
import { ClassPage, type ResultImportDialog } from './ClassPage';
import { ProvidersTab } from './ProvidersTab';

/** #/training/* — 职业技能培训: 培训班 (list, #/training/classes/:id the class page) and 定点培训机构. */
export function TrainingModule({ ResultImport }: { ResultImport?: ResultImportDialog }) {
  const rest = useParams()['*'] ?? '';
  const [tab, id] = rest.split('/');
  if (tab === 'classes' && id) return <ClassPage id={id} ResultImport={ResultImport} />;
  return (
    <ModuleTabs
      title="职业技能培训"
      base="/training"
      tab={tab}
      items={[
        { key: 'classes', label: '培训班', children: <ClassListTab /> },
        { key: 'providers', label: '定点培训机构', children: <ProvidersTab /> },
      ]}
    />
  );
}
