import { Button, Result } from 'antd';
import { OpeningSpinner } from '../../components/OpeningSpinner';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Account } from '../../../../shared/contract/accounts';
import { onSessionExpired, useApi, usePutRead, useRead } from '../../api';
import { useDiscardAll, type DiscardAllQuestion } from '../../components/unsaved-input';
import { AuthContext, type Auth } from './auth-context';
import { LOCK_Z_INDEX, LockOverlay } from './LockOverlay';
import { SetupScreen } from './SetupScreen';
import { SignInScreen } from './SignInScreen';
import { useIdle } from './useIdle';

// Signing out swaps the page for the sign-in screen (no navigation the leave guard would see), so it asks itself.
/** The page's wrapper adds no box of its own (the layout below is as without it); locked, nothing in it is drawn. */
const SHOWN_PAGE = { display: 'contents' } as const;
const HIDDEN_PAGE = { display: 'contents', visibility: 'hidden' } as const;

const SIGN_OUT_QUESTION: DiscardAllQuestion = {
  content: '退出登录后，刚才填写的内容不会保存。',
  zIndex: LOCK_Z_INDEX + 1,
};

/**
 * Nothing of the register shows before sign-in (issue 19): the first start creates the administrator, then the
 * sign-in screen; once signed in, idle time or an ended session lock the page under an overlay that keeps it.
 * 退出登录 (the header's, or the lock's 切换账号) asks first while any form holds unsaved input.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const statusRead = useRead('auth.status', {}, { keepPrevious: false });
  const putRead = usePutRead();
  const status = statusRead.data ?? null;
  // While locked, the account stays the one that locked (a re-read of auth.status then answers "nobody").
  const [locked, setLocked] = useState<Account | null>(null);

  // Another account must not see what the last one read: every read but the sign-in state itself is dropped.
  const forgetReads = useCallback(
    () => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' }),
    [queryClient],
  );
  const signedIn = useCallback(
    (account: Account) => {
      forgetReads();
      setLocked(null);
      putRead('auth.status', {}, { needsSetup: false, account, lockMinutes: status?.lockMinutes ?? 10 });
    },
    [forgetReads, putRead, status?.lockMinutes],
  );
  const signOut = useCallback(async () => {
    await api.invoke('auth.signOut', {});
    forgetReads();
    setLocked(null);
    putRead('auth.status', {}, { needsSetup: false, account: null, lockMinutes: status?.lockMinutes ?? 10 });
  }, [api, forgetReads, putRead, status?.lockMinutes]);
  const discardAll = useDiscardAll();
  const askSignOut = useCallback(() => discardAll(() => void signOut(), SIGN_OUT_QUESTION), [discardAll, signOut]);

  const account = locked ?? status?.account ?? null;
  const lock = useCallback(() => {
    setLocked(account);
    void api.invoke('auth.signOut', {}); // the session ends now; the password opens a new one
  }, [api, account]);
  const unlocked = useCallback(() => {
    setLocked(null);
    void queryClient.invalidateQueries(); // reads refused while locked are fetched again
  }, [queryClient]);

  useEffect(() => (account ? onSessionExpired(() => setLocked(account)) : undefined), [account]);
  useIdle(status?.lockMinutes ?? 0, lock, !account || !!locked);

  const auth = useMemo<Auth | null>(
    () => (account && status ? { account, lockMinutes: status.lockMinutes, signOut: askSignOut } : null),
    [account, status, askSignOut],
  );

  if (!status && statusRead.error) {
    return (
      <Result
        status="error"
        title="台账未能打开"
        subTitle={statusRead.error}
        extra={
          <Button type="primary" onClick={statusRead.reload}>
            重试
          </Button>
        }
      />
    );
  }
  if (!status) {
    return <OpeningSpinner />;
  }
  if (status.needsSetup) return <SetupScreen onSignedIn={signedIn} />;
  if (!auth) return <SignInScreen onSignedIn={signedIn} />;
  return (
    <AuthContext.Provider value={auth}>
      {/* While locked the page stays mounted (half-filled forms keep their input) but is neither shown nor reachable:
          a passer-by at an idle desk must not read the list behind the lock (DOMAIN §9.4). Drawers and modals of the
          page render outside this wrapper; the lock's opaque mask covers them. */}
      <div
        style={locked ? HIDDEN_PAGE : SHOWN_PAGE}
        aria-hidden={locked ? true : undefined}
        inert={locked ? true : undefined}
      >
        {children}
      </div>
      {locked && <LockOverlay account={auth.account} onUnlocked={unlocked} onSwitch={askSignOut} />}
    </AuthContext.Provider>
  );
}
