import type { Result } from '../../shared/contract';

// Shared by the two transports (serve, Electron main): the sign-in replies carry a session token, which the
// transport keeps (cookie / main-process variable) and removes before the reply reaches the page.

/** Channels whose successful reply opens a session. */
const SESSION_OPENERS: ReadonlySet<string> = new Set(['auth.setup', 'auth.signIn', 'auth.recover']);
export const SESSION_CLOSER = 'auth.signOut';

/** Splits a reply into what the page sees and the session it opened (undefined: none opened). */
export function takeSession(channel: string, result: Result<unknown>): { result: Result<unknown>; session?: string } {
  if (!result.ok || !SESSION_OPENERS.has(channel)) return { result };
  const { session, ...data } = result.data as { session?: string };
  return { result: { ok: true, data }, session };
}
