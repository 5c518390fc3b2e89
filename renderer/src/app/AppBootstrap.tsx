import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppSettings } from '../../../shared/contract/settings';
import { useApi } from '../api';
import { AppShell } from './AppShell';
import { FirstStartModal } from './FirstStartModal';
import { SessionContext, type Session, type SystemInfo } from '../components/session';

type Load = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; settings: AppSettings; info: SystemInfo };

/** Loads settings and system info, asks for the operator on first start, then shows the shell. */
export function AppBootstrap() {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void Promise.all([api.invoke('settings.get', {}), api.invoke('system.info', {})]).then(([settings, info]) => {
      if (!live) return;
      if (!settings.ok) setLoad({ state: 'failed', message: settings.error.message });
      else if (!info.ok) setLoad({ state: 'failed', message: info.error.message });
      else setLoad({ state: 'ready', settings: settings.data, info: info.data });
    });
    return () => {
      live = false;
    };
  }, [api, attempt]);

  const setSettings = useCallback(
    (settings: AppSettings) => setLoad((prev) => (prev.state === 'ready' ? { ...prev, settings } : prev)),
    [],
  );
  const session = useMemo<Session | null>(
    () => (load.state === 'ready' ? { settings: load.settings, info: load.info, setSettings } : null),
    [load, setSettings],
  );

  if (load.state === 'loading') {
    return (
      <div style={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description="正在打开台账…" />
      </div>
    );
  }
  if (load.state === 'failed' || !session) {
    const retry = () => {
      setLoad({ state: 'loading' });
      setAttempt((n) => n + 1);
    };
    return (
      <Result
        status="error"
        title="台账未能打开"
        subTitle={load.state === 'failed' ? load.message : undefined}
        extra={<Button type="primary" onClick={retry}>重试</Button>}
      />
    );
  }
  if (session.settings.operatorName === null) return <FirstStartModal onDone={setSettings} />;
  return (
    <SessionContext.Provider value={session}>
      <AppShell />
    </SessionContext.Provider>
  );
}
