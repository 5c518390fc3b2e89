import { Navigate, Route, Routes } from 'react-router';
import { PersonListPage } from '../features/persons/PersonListPage';
import { PersonPage } from '../features/persons/PersonPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { MODULES } from './modules';
import { NotYetOpenPage } from './NotYetOpenPage';
import { PERSON_TABS } from './person-tabs';
import { PersonToolbar } from './PersonToolbar';
import { useSession } from '../components/session';

/** Without an office nothing else can be set up, so the start page is then 设置 → 单位信息. */
function StartPage() {
  const { settings } = useSession();
  return <Navigate to={settings.office ? MODULES[0].path : '/settings/office'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<StartPage />} />
      {MODULES.filter((m) => !m.ready || m.element).map((m) => (
        <Route key={m.path} path={`${m.path}/*`} element={m.ready ? m.element : <NotYetOpenPage title={m.label} />} />
      ))}
      <Route path="/persons" element={<PersonListPage Toolbar={PersonToolbar} />} />
      <Route path="/persons/:id" element={<PersonPage tabs={PERSON_TABS} />} />
      <Route path="/reports" element={<ReportsPage />} />
      <Route path="/settings/:tab?" element={<SettingsPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
