import { Button, Result, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account, AuthStatus } from '../../../../shared/contract/accounts';
import { onSessionExpired, useApi } from '../../api';
import { AuthContext, type Auth } from './auth-context';
import { LockOverlay } from './LockOverlay';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { useIdle } from './useIdle';

/**
 * Nothing of the register shows before sign-in (issue 19): the first start creates the administrator, then the
 * sign-in screen; once signed in, idle time or an ended session lock the page under an overlay that keeps it.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);

  const load = useCallback(async () => {
    setFailure(null);
    const r = await api.invoke('auth.status', {});
    if (r.ok) setStatus(r.data);
    else setFailure(r.error.message);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const signedIn = useCallback(
    (account: Account) => {
      queryClient.clear(); // another account must not see what the last one read
      setLocked(false);
      setStatus((s) => (s ? { ...s, needsSetup: false, account } : s));
    },
    [queryClient],
  );
  const signOut = useCallback(async () => {
    await api.invoke('auth.signOut', {});
    queryClient.clear();
    setLocked(false);
    setStatus((s) => (s ? { ...s, account: null } : s));
  }, [api, queryClient]);
  const lock = useCallback(() => {
    setLocked(true);
    void api.invoke('auth.signOut', {}); // the session ends now; the password opens a new one
  }, [api]);
  const unlocked = useCallback(() => {
    setLocked(false);
    void queryClient.invalidateQueries(); // reads refused while locked are fetched again
  }, [queryClient]);

  const account = status?.account ?? null;
  useEffect(() => (account ? onSessionExpired(() => setLocked(true)) : undefined), [account]);
  useIdle(status?.lockMinutes ?? 0, lock, !account || locked);

  const auth = useMemo<Auth | null>(
    () => (account && status ? { account, lockMinutes: status.lockMinutes, signOut: () => void signOut() } : null),
    [account, status, signOut],
  );

  if (failure) {
    return (
      <Result
        status="error"
        title="台账未能打开"
        subTitle={failure}
        extra={
          <Button type="primary" onClick={() => void load()}>
            重试
          </Button>
        }
      />
    );
  }
  if (!status) {
    return (
      <div style={{ height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" description="正在打开台账…" />
      </div>
    );
  }
  if (status.needsSetup) return <SetupScreen onSignedIn={signedIn} />;
  if (!auth) return <SignInScreen onSignedIn={signedIn} />;
  return (
    <AuthContext.Provider value={auth}>
      {children}
      {locked && <LockOverlay account={auth.account} onUnlocked={unlocked} onSwitch={() => void signOut()} />}
    </AuthContext.Provider>
  );
}
