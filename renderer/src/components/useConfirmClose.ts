import { App } from 'antd';
import { useEffect } from 'react';

/**
 * Closing a form (UI.md: nothing is lost by closing a window): straight away when nothing changed, after asking
 * when something did, never while saving. While the form holds changes, leaving or reloading the page asks too.
 */
export function useConfirmClose(dirty: boolean, saving: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return () => {
    if (saving) return;
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({
      title: '放弃未保存的内容吗？',
      content: '关闭后，刚才填写的内容不会保存。',
      okText: '放弃',
      cancelText: '继续填写',
      onOk: onClose,
    });
  };
}
