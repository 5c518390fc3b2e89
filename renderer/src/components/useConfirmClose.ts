import { App } from 'antd';
import { DISCARD_QUESTION, useHoldsInput } from './unsaved-input';

/**
 * Closing a form (UI.md: nothing is lost by closing a window): straight away when nothing changed, after asking
 * when something did, never while saving. While the form holds changes, reloading or closing the window asks too, and
 * so does signing out (the form is in the registry of unsaved input, unsaved-input.ts).
 */
export function useConfirmClose(dirty: boolean, saving: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  useHoldsInput(dirty, false);

  return () => {
    if (saving) return;
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({ ...DISCARD_QUESTION, content: '关闭后，刚才填写的内容不会保存。', onOk: onClose });
  };
}
