// The core answers UNAUTHENTICATED when the session ended (idle too long, signed out elsewhere, restarted).
// The api client reports it here; the auth gate then shows the lock overlay over the page, keeping its input.

type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportSessionExpired(): void {
  for (const l of listeners) l();
}
