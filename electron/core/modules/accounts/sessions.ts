import { randomBytes } from 'node:crypto';

/** A session ends after this many minutes without a call (browser and desktop alike). */
export const SESSION_IDLE_MINUTES = 30;

interface Session {
  accountId: string;
  lastSeen: number;
}

/**
 * Sessions live in the core's memory only: a restart signs everyone out. The token is 32 random bytes; the
 * transport keeps it (an HttpOnly cookie per port in browser mode, the main process on the desktop). Idle time
 * is measured with the core's clock (ctx.now), so tests can move it.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly idleMs = SESSION_IDLE_MINUTES * 60_000) {}

  open(accountId: string, nowMs: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { accountId, lastSeen: nowMs });
    return token;
  }

  /** The account of a live session (and its idle clock restarted), or null when absent or expired. */
  touch(token: string | null | undefined, nowMs: number): string | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    if (nowMs - s.lastSeen > this.idleMs) {
      this.sessions.delete(token);
      return null;
    }
    s.lastSeen = nowMs;
    return s.accountId;
  }

  close(token: string | null | undefined): boolean {
    return !!token && this.sessions.delete(token);
  }

  /** Ends every session of an account (deactivated, password reset by the administrator). */
  closeAccount(accountId: string, except?: string): void {
    for (const [token, s] of this.sessions)
      if (s.accountId === accountId && token !== except) this.sessions.delete(token);
  }
}
