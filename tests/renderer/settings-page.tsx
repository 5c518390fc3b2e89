// The 设置 page opened on one of its tabs (/settings/:tab), as the settings tab tests render it.
import { Route, Routes } from 'react-router';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import { SETTINGS, createFakeApi, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';

/** Renders 设置 at /settings/`tab` with a fake api answering `handlers`; returns the fake api. */
export function openSettingsTab(tab: string, handlers: FakeHandlers) {
  const fake = createFakeApi(handlers);
  renderWithApp(
    <Routes>
      <Route path="/settings/:tab" element={<SettingsPage />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route: `/settings/${tab}` },
  );
  return fake;
}
