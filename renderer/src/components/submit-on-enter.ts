import type { KeyboardEvent } from 'react';

/**
 * Enter in a text field submits the form, whatever buttons it has (a modal's 保存 sits outside the <form>).
 * Not while an input method is composing (pinyin / Uyghur keyboards use Enter), nor in a select's search box.
 */
export function submitOnEnter(submit: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.ctrlKey || e.altKey || e.shiftKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.tagName !== 'INPUT' || target.getAttribute('role') === 'combobox') return;
    e.preventDefault();
    submit();
  };
}
