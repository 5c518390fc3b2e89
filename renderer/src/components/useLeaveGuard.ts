import { createContext, useContext } from 'react';
import { useHoldsInput } from './unsaved-input';

/** Given by KeepsInputWithin: the address under which a page keeps its tabs, and so their forms, mounted. */
export const KeptWithinContext = createContext<string | null>(null);

/**
 * A form on a page (not in a drawer or modal, whose mask keeps the navigation out of reach): while it holds
 * unsaved input, going to another page in the app asks first (LeaveGuard), and so do signing out, reloading and
 * closing.
 */
export function useLeaveGuard(dirty: boolean) {
  const keptWithin = useContext(KeptWithinContext);
  useHoldsInput(dirty, true, keptWithin);
}
