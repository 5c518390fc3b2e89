import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrefersReducedMotion, withMotion } from '../../renderer/src/app/reduced-motion';
import { APP_THEME } from '../../renderer/src/app/theme';

// WCAG 2.3.3: the app turns antd's motion off while the system asks for reduced motion, and back on when it stops.

function fakeMedia(initially: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: initially,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  const spy = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => {
    expect(q).toBe('(prefers-reduced-motion: reduce)');
    return media as unknown as MediaQueryList;
  });
  const set = (v: boolean) => {
    media.matches = v;
    for (const f of listeners) f();
  };
  return { set, listeners, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('reduced motion', () => {
  it('follows the system setting as it changes, and stops listening on unmount', () => {
    const media = fakeMedia(true);
    const { result, unmount } = renderHook(() => usePrefersReducedMotion());
    expect(result.current).toBe(true);
    act(() => media.set(false));
    expect(result.current).toBe(false);
    act(() => media.set(true));
    expect(result.current).toBe(true);
    expect(media.listeners.size).toBe(1);
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('turns motion off in the theme only when asked, keeping every other token', () => {
    expect(withMotion(APP_THEME, false)).toBe(APP_THEME);
    const still = withMotion(APP_THEME, true);
    expect(still.token).toEqual({ ...APP_THEME.token, motion: false });
    expect(APP_THEME.token).not.toHaveProperty('motion');
    expect(still.components).toBe(APP_THEME.components);
  });
});
