import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { DISCARD_QUESTION } from './useConfirmClose';
import { KeptWithinContext, LeaveGuardsContext, type LeaveGuards } from './useLeaveGuard';

const isWithin = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/**
 * Asks before the app goes to another page while a page form (useLeaveGuard) holds unsaved input, with the words
 * of useConfirmClose: 放弃 goes on, 继续填写 stays on the page with the input and the address as they were. One
 * for the whole app, just inside the data router (a router takes a single blocker). Going to the same page with
 * another query, or between addresses under which the form is kept mounted (KeepsInputWithin), loses nothing and
 * does not ask.
 */
export function LeaveGuard({ children }: { children: ReactNode }) {
  const { modal } = App.useApp();
  const held = useRef(new Map<string, string | null>());
  const guards = useMemo<LeaveGuards>(
    () => ({
      hold: (form, keptWithin) => held.current.set(form, keptWithin),
      release: (form) => held.current.delete(form),
    }),
    [],
  );
  const loses = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      nextLocation.pathname !== currentLocation.pathname &&
      [...held.current.values()].some((within) => within === null || !isWithin(nextLocation.pathname, within)),
    [],
  );
  const blocker = useBlocker(loses);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const question = modal.confirm({
      ...DISCARD_QUESTION,
      content: '离开此页后，刚才填写的内容不会保存。',
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => question.destroy();
  }, [blocker, modal]);

  return <LeaveGuardsContext.Provider value={guards}>{children}</LeaveGuardsContext.Provider>;
}

/** A page whose tabs stay mounted under `base` (ModuleTabs keepMounted): moving between them keeps the input. */
export function KeepsInputWithin({ base, children }: { base: string; children: ReactNode }) {
  return <KeptWithinContext.Provider value={base}>{children}</KeptWithinContext.Provider>;
}
