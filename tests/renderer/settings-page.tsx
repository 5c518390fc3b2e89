// The 设置 page opened on one of its tabs (/settings/:tab), as the settings tab tests render it.
import { Route, Routes } from 'react-router';
import { SettingsPage } from '../../renderer/src/features/settings/SettingsPage';
import type { Account } from '../../shared/contract/accounts';
import { ACCOUNT, SETTINGS, createFakeApi, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';

/**
 * Renders 设置 at /settings/`tab` with a fake api answering `handlers`, signed in as `account` (the administrator by
 * default); returns the fake api and the router (where the app went).
 */
export function openSettingsTab(tab: string, handlers: FakeHandlers, account: Account = ACCOUNT) {
  const fake = createFakeApi(handlers);
  const { router } = renderWithApp(
    <Routes>
      <Route path="/settings/:tab" element={<SettingsPage />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route: `/settings/${tab}`, account },
  );
  return { ...fake, router };
}
