import { useCallback, useEffect, useRef } from 'react';

/**
 * Focus for the next natural step after a drawer or modal closes (issue 18: after a save the focus was lost and the
 * clerk needed up to 16 Tabs to reach 新增 again). Attach `ref` to the element of the next step; `focusLater()` puts
 * the focus there once the closing render is done.
 */
export function useFocusLater<T extends HTMLElement = HTMLElement>() {
  const ref = useRef<T>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const focusLater = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => ref.current?.focus(), 0);
  }, []);
  return { ref, focusLater };
}
