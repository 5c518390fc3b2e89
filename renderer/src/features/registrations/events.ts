import { useEffect, useRef } from 'react';

// A write to registrations or contacts changes the work lists: the forms fire this event, and the badges
// (navigation, tabs) and open lists reload on it.

const EVENT = 'taizhang:registrations-changed';

export function notifyRegistrationsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `onChange` after each registration or contact write made in this window. */
export function useRegistrationsChanged(onChange: () => void): void {
  const ref = useRef(onChange);
  useEffect(() => {
    ref.current = onChange;
  }, [onChange]);
  useEffect(() => {
    const handler = () => ref.current();
    window.addEventListener(EVENT, handler);
    return () => window.removeEventListener(EVENT, handler);
  }, []);
}
