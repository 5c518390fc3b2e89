import type { Locator, Page } from 'playwright-core';

/**
 * A drawer or modal by its title text. (Not by accessible name: under NODE_ENV=test rc-util gives every generated
 * id the value "test-id", so aria-labelledby points at the first such element on the page.)
 */
export const dialogTitled = (page: Page, title: string) => page.getByRole('dialog').filter({ has: page.getByText(title, { exact: true }) });

/** The form item (label, control, message) of a labelled field. */
export const fieldItem = (scope: Locator, label: string) =>
  scope.locator('.ant-form-item').filter({ has: scope.page().getByLabel(label, { exact: true }) });

/** Waits until the element has the keyboard focus (what a clerk sees as the caret). */
export async function focused(locator: Locator) {
  await locator.waitFor();
  const handle = await locator.elementHandle();
  try {
    await locator.page().waitForFunction((el) => document.activeElement === el, handle, { timeout: 5000 });
  } catch {
    const active = await locator.page().evaluate(() => document.activeElement?.outerHTML.slice(0, 160));
    throw new Error(`expected the focus on ${locator}, but it is on ${active}`);
  }
}
