import { Navigate, Route, Routes } from 'react-router';
import { SettingsPage } from '../features/settings/SettingsPage';
import { MODULES } from './modules';
import { NotYetOpenPage } from './NotYetOpenPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to={MODULES[0].path} replace />} />
      {MODULES.filter((m) => !m.ready).map((m) => (
        <Route key={m.path} path={`${m.path}/*`} element={<NotYetOpenPage title={m.label} />} />
      ))}
      <Route path="/settings/:tab?" element={<SettingsPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
