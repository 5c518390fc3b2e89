import { useEffect } from 'react';

const EVENTS = ['mousedown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;

/** Calls onIdle once after `minutes` without keyboard, mouse or touch input (not while `paused`). */
export function useIdle(minutes: number, onIdle: () => void, paused: boolean): void {
  useEffect(() => {
    if (paused || minutes <= 0) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const e of EVENTS) window.addEventListener(e, reset, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of EVENTS) window.removeEventListener(e, reset, { capture: true });
    };
  }, [minutes, onIdle, paused]);
}
