// Browser mode: the serve command prints a URL with ?token=...; the page keeps the token for the tab
// and removes it from the address bar so it is not bookmarked or shown in screenshots.

export const TOKEN_STORAGE_KEY = 'taizhang.token';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Moves `?token=` from the page URL into sessionStorage. Call once before the router starts. */
export function captureTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  storage()?.setItem(TOKEN_STORAGE_KEY, token);
  url.searchParams.delete('token');
  // Keep history.state: the hash router stores its own keys there.
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

export function readToken(): string | null {
  return storage()?.getItem(TOKEN_STORAGE_KEY) ?? null;
}
