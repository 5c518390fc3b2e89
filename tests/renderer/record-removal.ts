import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Channel } from '../../shared/contract';
import type { CallsTo } from './fake-api';
import { fieldItem, SOON } from './queries';

// 删除 and 恢复 of a record as every list and tab offers them (components/ReasonDeleteModal, useConfirmWrite,
// useRestore): the question names the record, nothing is sent before the clerk confirms, then the channel once.

/**
 * The confirmation showing `question` (a 删除 or 恢复 question): nothing sent to `channel` yet; `button` in it sends
 * `input`, once. Returns the confirmation.
 */
export async function confirmedCall(
  callsTo: CallsTo,
  o: { question: string | RegExp; button: '删除' | '恢复'; channel: Channel; input: object },
): Promise<HTMLElement> {
  const ask = (await screen.findByText(o.question, {}, SOON)).closest('[role="dialog"]') as HTMLElement;
  expect(callsTo(o.channel)).toEqual([]);
  await userEvent.click(within(ask).getByRole('button', { name: o.button }));
  await waitFor(() => expect(callsTo(o.channel)).toEqual([o.input]));
  return ask;
}

/** Clicks 删除 in `scope` (a row, a card, a section) and returns the dialog that opens. */
export async function openDelete(scope: HTMLElement): Promise<HTMLElement> {
  await userEvent.click(within(scope).getByRole('button', { name: '删除' }));
  return screen.findByRole('dialog', {}, SOON);
}

/** Types `reason` into the 删除 dialog's 删除原因 and clicks its 删除. */
export async function deleteGiving(dialog: HTMLElement, reason: string): Promise<void> {
  await userEvent.type(within(dialog).getByLabelText('删除原因'), reason);
  await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
}

/**
 * The 删除 dialog that asks the reason (ReasonDeleteModal), titled `title` and naming the record `named`: 删除 without a
 * reason is refused under the field with nothing sent; with `reason` typed it sends `channel` {id, reason} and says
 * the record was deleted.
 */
export async function deletesWithReason(
  dialog: HTMLElement,
  callsTo: CallsTo,
  o: { title: string; named: string; channel: Channel; id: string; reason: string },
): Promise<void> {
  expect(dialog).toHaveTextContent(o.title);
  expect(dialog).toHaveTextContent(`确定删除“${o.named}”吗？删除后可在“已删除”中恢复。`);
  await userEvent.click(within(dialog).getByRole('button', { name: '删除' }));
  await waitFor(() => expect(fieldItem('删除原因', dialog)).toHaveTextContent('请填写删除原因'));
  expect(callsTo(o.channel)).toEqual([]);
  await deleteGiving(dialog, o.reason);
  await waitFor(() => expect(callsTo(o.channel)).toEqual([{ id: o.id, reason: o.reason }]));
  expect(await screen.findByText(`已删除“${o.named}”`, {}, SOON)).toBeInTheDocument();
}
