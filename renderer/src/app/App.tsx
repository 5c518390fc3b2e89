import { useState } from 'react';
import { RouterProvider, createHashRouter } from 'react-router';
import type { ApiClient } from '../api';
import { AuthGate } from '../features/auth/AuthGate';
import { AppBootstrap } from './AppBootstrap';
import { AppProviders } from './AppProviders';
import { appRoutes } from './routes';

const page = (
  <AuthGate>
    <AppBootstrap />
  </AuthGate>
);

/** The whole renderer. A hash router: the window always loads the one page, the app's address follows the #. */
export function App({ api }: { api: ApiClient }) {
  const [router] = useState(() => createHashRouter(appRoutes(page)));
  return (
    <AppProviders api={api}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
