import type { Locator, Page } from 'playwright-core';

/**
 * A drawer or modal by its title text. (Not by accessible name: under NODE_ENV=test rc-util gives every generated
 * id the value "test-id", so aria-labelledby points at the first such element on the page.)
 */
export const dialogTitled = (page: Page, title: string) =>
  page.getByRole('dialog').filter({ has: page.getByText(title, { exact: true }) });

/**
 * The part of the form a clerk sees as one field: the smallest block holding both the label text and the control
 * it names, so also the field's message under it.
 */
export const fieldItem = (scope: Locator, label: string) => {
  const page = scope.page();
  return scope
    .locator('div')
    .filter({ has: page.locator('label').getByText(label, { exact: true }) })
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .last();
};

/**
 * Waits until an open select highlights an option (the one Enter takes), through the combobox's
 * aria-activedescendant; with `text`, until the highlighted option's name contains it (the search answered).
 */
export async function highlighted(select: Locator, text?: string) {
  const handle = await select.elementHandle();
  await select.page().waitForFunction(
    ([el, want]) => {
      const id = el?.getAttribute('aria-expanded') === 'true' ? el.getAttribute('aria-activedescendant') : null;
      const option = id ? document.getElementById(id) : null;
      if (option?.getAttribute('role') !== 'option') return false;
      return !want || (option.getAttribute('aria-label') ?? option.textContent ?? '').includes(want);
    },
    [handle, text ?? ''] as const,
  );
}

/**
 * Waits until the select's list is closed, or the select itself has gone: a choice may hide its own field (a saved
 * import mapping, once applied, shows the check result tab instead of the mapping), and a wait for a visible closed
 * select then never ends.
 */
export const listClosed = (select: Locator) =>
  select.and(select.page().locator('[aria-expanded="true"]')).waitFor({ state: 'hidden' });

/** Waits until no select on the page has its list open. */
export const allListsClosed = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[role="combobox"][aria-expanded="true"]').length === 0);

/** A visible option of an open select, by (part of) its text, to click as a clerk with a mouse does. */
export const visibleOption = (page: Page, text: string) => page.getByTitle(text).filter({ visible: true });

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

/** Clicks a searchable select, types, waits until the highlighted option holds `text`, takes it with Enter. */
export async function typeAndPick(select: Locator, text: string) {
  await select.click();
  await focused(select);
  await select.page().keyboard.type(text);
  await highlighted(select, text);
  await select.page().keyboard.press('Enter');
  await listClosed(select);
}

/**
 * The set-up wizard of a new data folder walked without loading the divisions: 单位名称 and Enter, 所在县 疏附县,
 * 下一步, 暂不载入; waits until the wizard has closed.
 */
export async function skipDivisionsInWizard(wizard: Locator) {
  await wizard.getByLabel('单位名称', { exact: true }).fill('疏附县人力资源和社会保障局');
  await wizard.page().keyboard.press('Enter');
  await typeAndPick(wizard.getByRole('combobox', { name: '所在县(市、区)' }), '疏附县');
  await wizard.getByRole('button', { name: '下一步', exact: true }).click();
  await wizard.getByRole('button', { name: '暂不载入', exact: true }).click();
  await wizard.waitFor({ state: 'hidden' });
}

/**
 * Waits until no transition runs on the page (a dialog's zoom, a drawer's slide, a spinner's fade; endless
 * animations excepted): a click on a confirmation still zooming in can be lost, leaving it open.
 */
export const animationsDone = (page: Page) =>
  page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
