import type { ChannelOutput } from '../../../shared/contract';
import type { Account } from '../../../shared/contract/accounts';
import type { AppSettings } from '../../../shared/contract/settings';
import { requiredContext } from './required-context';

type SystemInfo = ChannelOutput<'system.info'>;

/** What the whole shell knows after start-up: the settings and the core's system info ("today"). */
export interface Session {
  settings: AppSettings;
  info: SystemInfo;
  /** Call with the settings a write returned, so header and status bar follow at once. */
  setSettings: (settings: AppSettings) => void;
  /** The signed-in account (issue 19): it signs every change; its role decides which buttons show. */
  account: Account;
  /** Ends the session and returns to the sign-in screen (after asking when a form holds unsaved input). */
  signOut: () => void;
}

export const [SessionContext, useSession] = requiredContext<Session>('useSession must be used inside SessionContext');
