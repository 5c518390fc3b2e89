import { Navigate, Route, Routes } from 'react-router';
import { WorklistsPage } from './WorklistsPage';

/** #/registrations/* — the work lists of the monthly routine; registrations themselves live on the person page. */
export function RegistrationsModule() {
  return (
    <Routes>
      <Route index element={<WorklistsPage />} />
      <Route path="*" element={<Navigate to="/registrations" replace />} />
    </Routes>
  );
}
