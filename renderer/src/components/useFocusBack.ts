import { useEffect, useState } from 'react';

/**
 * Gives the focus back, once a form drawer or modal is gone, to the element that had it when it was first rendered
 * (the button that opened it), so the keyboard clerk goes on from there rather than from the top of the page. The
 * callers unmount their forms on close, so antd's own return of the focus never runs.
 */
export function useFocusBack() {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && opener && opener !== document.body && opener.isConnected) opener.focus();
      }, 0);
    },
    [opener],
  );
}
