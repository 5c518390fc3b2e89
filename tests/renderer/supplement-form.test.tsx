// The 补发/扣回 line form of a draft supplementary roster (audit9 gap 8): on a 岗位补贴 roster the clerk says whether
// the line corrects the 岗位补贴 or the 社保补贴 claimed with it (RPT-07 counts them apart); other kinds have no choice.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import { draftBatch, rosterItem } from './batch-fixtures';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { onlyCallTo, typeAndPick } from './queries';
import { renderWithApp } from './render';

const ORIGINAL = draftBatch({ id: 'b0', status: 'reviewed', statusLabel: '已审核', items: [rosterItem({ id: 'i0' })] });
const SUPPLEMENT = draftBatch({ id: 'b1', month: '2026-11', supplementary: true, name: '2026年11月补发/扣回花名册' });

function drawerOf(batch = SUPPLEMENT) {
  const fake = createFakeApi({
    'subsidies.get': (input) => ok(input.id === 'b0' ? ORIGINAL : batch),
    'subsidies.list': () => ok({ items: [{ ...ORIGINAL, kind: batch.kind }] }),
    'subsidies.adjust': () => ok(batch),
  });
  renderWithApp(<BatchDrawer id="b1" onClose={() => {}} />, { api: fake.api, settings: SETTINGS });
  return fake;
}

const combo = (name: string) => within(screen.getByRole('dialog')).getByRole('combobox', { name });
async function pick(name: string, text: string) {
  await userEvent.click(combo(name));
  await typeAndPick(combo(name), text);
}

describe('补发/扣回 line', () => {
  it('on a 岗位补贴 roster, 更正项目 社保补贴 sends part si with the amount in fen', async () => {
    const fake = drawerOf();
    await screen.findByText('2026年11月补发/扣回花名册');
    await pick('原花名册', '2026年10月');
    await pick('更正人员', '阿依古丽');
    await pick('更正项目', '社保补贴');
    await userEvent.type(screen.getByLabelText('补发/扣回金额(元)'), '-45.60');
    await userEvent.type(screen.getByLabelText('补发/扣回原因'), '社保多报');
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await onlyCallTo(fake.callsTo, 'subsidies.adjust')).toEqual({
      batchId: 'b1',
      originalItemId: 'i0',
      amountFen: -4_560,
      reason: '社保多报',
      part: 'si',
    });
  });

  it('on a 见习补贴 roster there is nothing to choose', async () => {
    drawerOf({ ...SUPPLEMENT, kind: 'internship', kindLabel: '见习补贴' });
    await screen.findByText('2026年11月补发/扣回花名册');
    expect(within(screen.getByRole('dialog')).queryByRole('combobox', { name: '更正项目' })).toBeNull();
    expect(combo('原花名册')).toBeInTheDocument();
  });
});
