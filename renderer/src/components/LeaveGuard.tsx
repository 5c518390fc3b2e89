import { App } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { createUnsavedInputs, DISCARD_QUESTION, UnsavedInputsContext } from './unsaved-input';
import { KeptWithinContext } from './useLeaveGuard';

const isWithin = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/**
 * Asks before the app goes to another page while a page form (useLeaveGuard) holds unsaved input, with the words
 * of useConfirmClose: 放弃 goes on, 继续填写 stays on the page with the input and the address as they were. One
 * for the whole app, just inside the data router (a router takes a single blocker). Going to the same page with
 * another query, or between addresses under which the form is kept mounted (KeepsInputWithin), loses nothing and
 * does not ask. It keeps the registry of unsaved input, which signing out (useDiscardAll) asks too.
 */
export function LeaveGuard({ children }: { children: ReactNode }) {
  const { modal } = App.useApp();
  const [inputs] = useState(createUnsavedInputs);
  const loses = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      nextLocation.pathname !== currentLocation.pathname &&
      inputs
        .held()
        .some(
          ({ onPage, keptWithin }) => onPage && (keptWithin === null || !isWithin(nextLocation.pathname, keptWithin)),
        ),
    [inputs],
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

  return <UnsavedInputsContext.Provider value={inputs}>{children}</UnsavedInputsContext.Provider>;
}

/** A page whose tabs stay mounted under `base` (ModuleTabs keepMounted): moving between them keeps the input. */
export function KeepsInputWithin({ base, children }: { base: string; children: ReactNode }) {
  return <KeptWithinContext.Provider value={base}>{children}</KeptWithinContext.Provider>;
}
