import { useEffect } from 'react';

// antd's number field (InputNumber, from @rc-component/input-number 1.6) hard-codes its two step buttons' names in
// English ("Increase Value" / "Decrease Value") with no prop or locale to change them (issue 18). They are mouse
// targets only (role="button" without a tab stop), so a keyboard user still steps with ↑/↓ in the field and the Tab
// order stays one stop per field; only the names a screen reader reads are wrong. This renames them once for the
// whole app, for every number field now and later.

const STEP_HANDLER_NAMES: Readonly<Record<string, string>> = {
  'Increase Value': '增加',
  'Decrease Value': '减少',
};
const SELECTOR = Object.keys(STEP_HANDLER_NAMES)
  .map((name) => `[aria-label="${name}"]`)
  .join(',');

/** Renames the English step buttons inside `root` (the root itself included). */
function renameStepHandlers(root: ParentNode): void {
  const found = [...root.querySelectorAll<HTMLElement>(SELECTOR)];
  if (root instanceof HTMLElement && root.matches(SELECTOR)) found.push(root);
  for (const el of found) {
    const name = STEP_HANDLER_NAMES[el.getAttribute('aria-label') ?? ''];
    if (name) el.setAttribute('aria-label', name);
  }
}

/** While mounted: every step button that appears in the page gets its Chinese name. */
export function useChineseStepHandlerNames(): void {
  useEffect(() => {
    renameStepHandlers(document.body);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') renameStepHandlers(r.target as HTMLElement);
        else for (const n of r.addedNodes) if (n instanceof HTMLElement) renameStepHandlers(n);
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    });
    return () => observer.disconnect();
  }, []);
}
