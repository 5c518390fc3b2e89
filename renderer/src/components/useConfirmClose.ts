import { App } from 'antd';
import { useEffect } from 'react';

/** The question asked before unsaved input is dropped (UI.md), worded the same wherever it is asked. */
export const DISCARD_QUESTION = { title: '放弃未保存的内容吗？', okText: '放弃', cancelText: '继续填写' } as const;

/** While `dirty`, reloading or closing the page makes the browser (or the Electron window) ask first. */
export function useWarnOnUnload(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}

/**
 * Closing a form (UI.md: nothing is lost by closing a window): straight away when nothing changed, after asking
 * when something did, never while saving. While the form holds changes, leaving or reloading the page asks too.
 */
export function useConfirmClose(dirty: boolean, saving: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  useWarnOnUnload(dirty);

  return () => {
    if (saving) return;
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({ ...DISCARD_QUESTION, content: '关闭后，刚才填写的内容不会保存。', onOk: onClose });
  };
}
