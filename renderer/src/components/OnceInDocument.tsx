import { useLayoutEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children one render after itself: inside a drawer or modal, once the dialog is in the page, so that a
 * field's `autoFocus` takes the focus.
 *
 * antd (rc-portal) appends a dialog's container to the page only in a layout effect, after the content's own commit,
 * where React has already called focus() on the `autoFocus` field: a node not yet in the page, so the focus stayed
 * outside and ended on the dialog itself or its ×. With motion on, the open animation happens to render the content
 * one render later; with motion off (reduced motion, WCAG 2.3.3) it comes in the same render as the container. The
 * second render here follows at once (a layout effect's update, before the browser paints), so nothing flickers.
 */
export function OnceInDocument({ children }: { children: ReactNode }) {
  const [inDocument, setInDocument] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the second render is the point (see above)
  useLayoutEffect(() => setInDocument(true), []);
  return inDocument ? children : null;
}
