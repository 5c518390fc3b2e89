import type { ThemeConfig } from 'antd';
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const media = () => (typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null);

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

/** True while the system asks for reduced motion (Windows: 设置 → 辅助功能 → 视觉效果 → 动画效果 off). */
export const usePrefersReducedMotion = (): boolean => useSyncExternalStore(subscribe, () => media()?.matches ?? false);

/**
 * The theme with antd's motion off when the system asks for reduced motion (WCAG 2.3.3): dialogs, drawers and menus
 * appear at once instead of zooming and sliding. A slow office computer gains too; the browser tests ask for it, so
 * a click never lands on a dialog still zooming in. Without motion a dialog's content comes in the same render as the
 * dialog: forms put their fields in components/OnceInDocument so that the first field's autoFocus still holds.
 */
export const withMotion = (theme: ThemeConfig, reduced: boolean): ThemeConfig =>
  reduced ? { ...theme, token: { ...theme.token, motion: false } } : theme;
