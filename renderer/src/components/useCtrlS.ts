import { useEffect, useRef } from 'react';

/** Runs `action` on a key chord (tested on the window's keydown) while `enabled`, instead of the browser's own. */
function useChord(test: (e: KeyboardEvent) => boolean, action: () => void, enabled: boolean): void {
  const actionRef = useRef(action);
  const testRef = useRef(test);
  useEffect(() => {
    actionRef.current = action;
    testRef.current = test;
  }, [action, test]);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (testRef.current(e)) {
        e.preventDefault();
        actionRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

const ctrl = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** Runs `save` on Ctrl+S (Cmd+S on a Mac keyboard) while `enabled`, instead of the browser's "save page". */
export function useCtrlS(save: () => void, enabled = true): void {
  useChord((e) => ctrl(e) && e.key.toLowerCase() === 's', save, enabled);
}

/** Runs `action` on Ctrl+Enter (Cmd+Enter) while `enabled`: 保存并新增 in the forms that offer it. */
export function useCtrlEnter(action: () => void, enabled = true): void {
  useChord((e) => ctrl(e) && !e.shiftKey && e.key === 'Enter' && !e.isComposing, action, enabled);
}
