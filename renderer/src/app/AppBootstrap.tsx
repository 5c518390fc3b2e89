import { Button, Result } from 'antd';
import { OpeningSpinner } from '../components/OpeningSpinner';
import { useCallback, useMemo, useState } from 'react';
import type { AppSettings } from '../../../shared/contract/settings';
import { usePutRead, useRead } from '../api';
import { AppShell } from './AppShell';
import { FirstRunWizard } from './first-run/FirstRunWizard';
import { useAuth } from '../features/auth/auth-context';
import { SessionContext, type Session } from '../components/session';

/**
 * After sign-in (AuthGate): loads settings and system info, runs the set-up wizard on a data folder without an
 * office yet (the administrator was created on the first-start screen), then shows the shell.
 */
export function AppBootstrap() {
  const settingsRead = useRead('settings.get', {}, { keepPrevious: false });
  const infoRead = useRead('system.info', {}, { keepPrevious: false });
  const putRead = usePutRead();
  const setSettings = useCallback((settings: AppSettings) => putRead('settings.get', {}, settings), [putRead]);
  const settings = settingsRead.data;
  const info = infoRead.data;
  const { account, signOut } = useAuth();
  // The wizard stays open from its first saved setting (the office, at the county step) until its last step.
  const [inWizard, setInWizard] = useState(false);
  const session = useMemo<Session | null>(
    () => (settings && info ? { settings, info, setSettings, account, signOut } : null),
    [settings, info, setSettings, account, signOut],
  );
  const failure = settingsRead.error ?? infoRead.error;
  const loading = settingsRead.loading || infoRead.loading;

  // Only the first read (or a retry) shows the spinner: a later re-read (after a settings write) keeps the shell.
  if (!session && (loading || !failure)) {
    return <OpeningSpinner />;
  }
  if (!session) {
    const retry = () => {
      if (settingsRead.error) settingsRead.reload();
      if (infoRead.error) infoRead.reload();
    };
    return (
      <Result
        status="error"
        title="台账未能打开"
        subTitle={failure ?? undefined}
        extra={
          <Button type="primary" onClick={retry}>
            重试
          </Button>
        }
      />
    );
  }
  if (session.settings.office === null || inWizard) {
    const onSettings = (s: AppSettings) => {
      setInWizard(true);
      setSettings(s);
    };
    const onDone = () => {
      setInWizard(false);
      settingsRead.reload();
    };
    return <FirstRunWizard settings={session.settings} onSettings={onSettings} onDone={onDone} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <AppShell />
    </SessionContext.Provider>
  );
}
