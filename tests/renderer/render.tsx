import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { ApiClient } from '../../renderer/src/api';
import { AppProviders } from '../../renderer/src/app/AppProviders';
import { appRoutes } from '../../renderer/src/app/routes';
import { SessionContext, type Session } from '../../renderer/src/components/session';
import type { AppSettings } from '../../shared/contract/settings';
import type { Account } from '../../shared/contract/accounts';
import { ACCOUNT, INFO, SETTINGS, createFakeApi, type FakeHandlers } from './fake-api';

interface Options {
  api: ApiClient;
  /** Omit to render without a session (first start, bootstrap). */
  settings?: AppSettings;
  route?: string;
  /** The signed-in account; an administrator by default. */
  account?: Account;
}

/**
 * Renders a piece of the app with the real providers, a fake api, the app's route tree in a memory router (the
 * leave guard included) and a fixed session; `router` tells where the app went.
 */
export function renderWithApp(ui: ReactElement, { api, settings, route = '/', account = ACCOUNT }: Options) {
  const setSettings = vi.fn();
  const session: Session | null = settings ? { settings, info: INFO, setSettings, account, signOut: vi.fn() } : null;
  const page = session ? <SessionContext.Provider value={session}>{ui}</SessionContext.Provider> : ui;
  const router = createMemoryRouter(appRoutes(page), { initialEntries: [route] });
  const utils = render(
    <AppProviders api={api}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, setSettings, router };
}

/**
 * `ui` rendered as renderWithApp does, over a fake api answering `handlers` and signed in with SETTINGS unless
 * `options` say otherwise: the fake's calls (callsTo) with the render's utilities and router.
 */
export function renderWithFakeApi(ui: ReactElement, handlers: FakeHandlers, options: Omit<Options, 'api'> = {}) {
  const fake = createFakeApi(handlers);
  return { ...fake, ...renderWithApp(ui, { settings: SETTINGS, ...options, api: fake.api }) };
}

/**
 * A page's scene: `ui` over the fake api answering `handlers`, rendered at the address a test gives, with the channels
 * `over` adds or replaces for that test.
 */
export const pageScene =
  (ui: ReactElement, handlers: FakeHandlers) =>
  (route: string, over: FakeHandlers = {}) =>
    renderWithFakeApi(ui, { ...handlers, ...over }, { route });
