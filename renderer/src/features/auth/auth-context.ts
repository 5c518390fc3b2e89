import { createContext, useContext } from 'react';
import type { Account } from '../../../../shared/contract/accounts';

export interface Auth {
  account: Account;
  lockMinutes: number;
  signOut: () => void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside the auth gate');
  return auth;
}
