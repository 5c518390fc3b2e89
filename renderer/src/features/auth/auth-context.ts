import type { Account } from '../../../../shared/contract/accounts';
import { requiredContext } from '../../components/required-context';

export interface Auth {
  account: Account;
  lockMinutes: number;
  signOut: () => void;
}

export const [AuthContext, useAuth] = requiredContext<Auth>('useAuth must be used inside the auth gate');
