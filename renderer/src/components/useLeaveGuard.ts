import { createContext, useContext, useEffect, useId } from 'react';
import { useWarnOnUnload } from './useConfirmClose';

/** The page forms holding unsaved input, by form: the address under which moving keeps them mounted, if any. */
export interface LeaveGuards {
  hold(form: string, keptWithin: string | null): void;
  release(form: string): void;
}

/** Given by LeaveGuard (one per router); without it a page form only guards the reload. */
export const LeaveGuardsContext = createContext<LeaveGuards | null>(null);

/** Given by KeepsInputWithin: the address under which a page keeps its tabs, and so their forms, mounted. */
export const KeptWithinContext = createContext<string | null>(null);

/**
 * A form on a page (not in a drawer or modal, whose mask keeps the navigation out of reach): while it holds
 * unsaved input, going to another page in the app asks first (LeaveGuard), and so do reloading and closing.
 */
export function useLeaveGuard(dirty: boolean) {
  const guards = useContext(LeaveGuardsContext);
  const keptWithin = useContext(KeptWithinContext);
  const form = useId();
  useWarnOnUnload(dirty);

  useEffect(() => {
    if (!guards || !dirty) return;
    guards.hold(form, keptWithin);
    return () => guards.release(form);
  }, [guards, dirty, form, keptWithin]);
}
