import { App } from 'antd';
import { createContext, useCallback, useContext, useEffect, useId } from 'react';

/** The question asked before unsaved input is dropped (UI.md), worded the same wherever it is asked. */
export const DISCARD_QUESTION = { title: '放弃未保存的内容吗？', okText: '放弃', cancelText: '继续填写' } as const;

/**
 * Where a form holds unsaved input: on a page (with the address under which moving keeps it mounted, if any), or
 * in a drawer or modal (whose mask keeps the navigation out of reach, so only signing out can drop it).
 */
interface HeldInput {
  onPage: boolean;
  keptWithin: string | null;
}

/**
 * The one registry of the forms holding unsaved input (page forms through useLeaveGuard, drawers and modals through
 * useConfirmClose). LeaveGuard keeps it: going to another page asks for the page forms, signing out for all.
 */
interface UnsavedInputs {
  hold(form: string, where: HeldInput): void;
  release(form: string): void;
  /** The forms holding unsaved input now. */
  held(): HeldInput[];
}

export function createUnsavedInputs(): UnsavedInputs {
  const forms = new Map<string, HeldInput>();
  return {
    hold: (form, where) => forms.set(form, where),
    release: (form) => forms.delete(form),
    held: () => [...forms.values()],
  };
}

/** Given by LeaveGuard (one per router); without it a form only guards the reload. */
export const UnsavedInputsContext = createContext<UnsavedInputs | null>(null);

/** While `dirty`, reloading or closing the page makes the browser (or the Electron window) ask first. */
function useWarnOnUnload(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/**
 * A form reports its unsaved input: while `dirty` it is in the registry (where it is: `onPage`, `keptWithin`), and
 * reloading or closing the window asks first.
 */
export function useHoldsInput(dirty: boolean, onPage: boolean, keptWithin: string | null = null) {
  const inputs = useContext(UnsavedInputsContext);
  const form = useId();
  useWarnOnUnload(dirty);

  useEffect(() => {
    if (!inputs || !dirty) return;
    inputs.hold(form, { onPage, keptWithin });
    return () => inputs.release(form);
  }, [inputs, dirty, form, onPage, keptWithin]);
}

/** How the question before dropping all unsaved input is put: what happens next, and above what it shows. */
export interface DiscardAllQuestion {
  content: string;
  zIndex?: number;
}

/**
 * Drops the unsaved input of every form at once (signing out swaps the whole page, it does not navigate): `drop`
 * runs straight away when no form holds any, after 放弃 when one does; 继续填写 leaves everything as it was.
 */
export function useDiscardAll(): (drop: () => void, question: DiscardAllQuestion) => void {
  const { modal } = App.useApp();
  const inputs = useContext(UnsavedInputsContext);
  return useCallback(
    (drop, { content, zIndex }) => {
      if (!inputs || inputs.held().length === 0) {
        drop();
        return;
      }
      modal.confirm({ ...DISCARD_QUESTION, content, zIndex, onOk: drop });
    },
    [modal, inputs],
  );
}
