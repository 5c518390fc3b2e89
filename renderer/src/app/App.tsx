import { HashRouter } from 'react-router';
import type { ApiClient } from '../api';
import { AuthGate } from '../features/auth/AuthGate';
import { AppBootstrap } from './AppBootstrap';
import { AppProviders } from './AppProviders';

/** The whole renderer. HashRouter, because the Electron window loads the page from file://. */
export function App({ api }: { api: ApiClient }) {
  return (
    <AppProviders api={api}>
      <HashRouter>
        <AuthGate>
          <AppBootstrap />
        </AuthGate>
      </HashRouter>
    </AppProviders>
  );
}
