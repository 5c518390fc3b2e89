import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Channel } from '../../shared/contract';
import type { CallsTo } from './fake-api';

// Queries by role, label and text for what the renderer tests look at, so that no test depends on antd's class
// names (issue 16). The same ideas as tests/e2e/locators.ts, for Testing Library.

/** How long a find waits for what comes after a polled job or a slow render: on a busy machine it takes a moment. */
export const SOON = { timeout: 5000 };

/**
 * The open dialog (drawer or modal) whose title is `title`. Not by accessible name: under NODE_ENV=test rc-util
 * gives every generated id the value "test-id", so aria-labelledby points at the first such element on the page.
 */
export const queryDialogTitled = (title: string): HTMLElement | null =>
  screen.queryAllByRole('dialog').find((d) => within(d).queryAllByText(title, { exact: true }).length > 0) ?? null;

export function dialogTitled(title: string): HTMLElement {
  const found = queryDialogTitled(title);
  if (!found) throw new Error(`no open dialog titled “${title}”`);
  return found;
}

/** What the question before leaving a page with unsaved input (LeaveGuard) says under its title. */
export const LEAVE_QUESTION = '离开此页后，刚才填写的内容不会保存。';

/** That question, once it shows (found by its text: see queryDialogTitled). */
export const findLeaveQuestion = async (): Promise<HTMLElement> =>
  (await screen.findByText(LEAVE_QUESTION)).closest('[role="dialog"]') as HTMLElement;

/**
 * The part of a form a clerk sees as one field: the smallest element holding both the `<label>` with this text and
 * the control it points at, so also the message and hint under the field. (By the label element, not by accessible
 * name: a group or a control may carry the same name, e.g. the 常住地 pair of selects.)
 */
export function fieldItem(label: string, scope: HTMLElement = document.body): HTMLElement {
  const labels = Array.from(scope.querySelectorAll('label')).filter(
    (l) => l.textContent?.trim() === label && l.htmlFor !== '',
  );
  if (labels.length !== 1) throw new Error(`${labels.length} <label>s “${label}” pointing at a control`);
  const control = document.getElementById(labels[0].htmlFor);
  if (!control) throw new Error(`the <label> “${label}” points at no element`);
  let item = control.parentElement;
  while (item && !item.contains(labels[0])) item = item.parentElement;
  if (!item) throw new Error(`no element holds both the <label> “${label}” and its control`);
  return item;
}

/** The option an open select highlights (the one Enter takes), through the combobox's aria-activedescendant. */
export function activeOption(combobox: HTMLElement): HTMLElement | null {
  const id = combobox.getAttribute('aria-expanded') === 'true' ? combobox.getAttribute('aria-activedescendant') : null;
  const option = id ? document.getElementById(id) : null;
  return option?.getAttribute('role') === 'option' ? option : null;
}

/** The text of the highlighted option as it is announced: its aria-label, else its text. */
export const activeOptionName = (combobox: HTMLElement): string | null => {
  const option = activeOption(combobox);
  return option ? (option.getAttribute('aria-label') ?? option.textContent) : null;
};

/**
 * The names of the options an open select offers, from its listbox (rc-select keeps there the highlighted option
 * and its neighbours: enough to tell none, one or several apart).
 */
export function offeredOptions(combobox: HTMLElement): string[] {
  const id = combobox.getAttribute('aria-controls');
  const list = id ? document.getElementById(id) : null;
  if (!list) return [];
  return within(list)
    .queryAllByRole('option')
    .map((o) => o.getAttribute('aria-label') ?? o.textContent ?? '');
}

/**
 * What a select shows beside its search box (the chosen option, or the placeholder): the smallest block around
 * the combobox that holds any text.
 */
export function selectShown(combobox: HTMLElement): HTMLElement {
  let box = combobox.parentElement;
  while (box && !box.textContent?.trim()) box = box.parentElement;
  if (!box) throw new Error('the select shows no text');
  return box;
}

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 };

/** Presses Enter on a select: rc-select reads keyCode, which user-event leaves 0 under happy-dom, and locks Enter until the key is up. */
export function pressEnter(el: HTMLElement) {
  fireEvent.keyDown(el, ENTER);
  fireEvent.keyUp(el, ENTER);
}

/**
 * Puts `text` into a text field at once, as a clerk pasting it: one input event and one render, where typing renders
 * the form once per key. For tests not about keystrokes; the text is taken literally (no user-event key syntax).
 */
export async function fillIn(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** Clears a text field and types `text` into it, as a clerk correcting a value. */
export async function retype(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  await userEvent.type(field, text);
}

/** Types into a select, waits until the option it highlights holds `text`, and takes it with Enter. */
export async function typeAndPick(combobox: HTMLElement, text: string) {
  await userEvent.type(combobox, text);
  await waitFor(() => expect(activeOptionName(combobox)).toContain(text));
  pressEnter(combobox);
}

/** Picks a button-style radio (RadioField) in `scope`: its input takes no pointer events, the clerk clicks its label. */
export async function chooseRadio(name: string, scope: HTMLElement = document.body) {
  await userEvent.click((await within(scope).findByRole('radio', { name })).closest('label') as HTMLElement);
}

/**
 * Waits until the fake api has received exactly one call on `channel` and returns that call's input, for the test's
 * check of what the form sent.
 */
export async function onlyCallTo(callsTo: CallsTo, channel: Channel): Promise<unknown> {
  await waitFor(() => expect(callsTo(channel)).toHaveLength(1), SOON);
  const calls = callsTo(channel);
  expect(calls, channel).toHaveLength(1);
  return calls[0];
}

/**
 * 重置 of a list page's search bar (the one named `bar`, else the page's only 重置): the list is read again from its
 * first page with no filter at all.
 */
export async function resetsToFirstPage(callsTo: CallsTo, channel: Channel, bar?: string) {
  const scope = bar ? screen.getByRole('search', { name: bar }) : document.body;
  await userEvent.click(within(scope).getByRole('button', { name: '重置' }));
  await waitFor(() => expect(callsTo(channel).at(-1)).toEqual({ page: 1, pageSize: 20 }), SOON);
}
