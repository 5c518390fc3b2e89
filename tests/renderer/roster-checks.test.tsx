import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import { BatchesTable } from '../../renderer/src/features/subsidies/BatchesTable';
import { draftBatch } from './batch-fixtures';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

// What a roster rests on before 审核 (audit3 gap 1): the review confirm and the roster drawer say how many rows rest
// on attendance never entered, and 审核 sends the clerk's agreement with it.

const DRAFT = draftBatch({ persons: 2, totalFen: 380_000, unentered: 2 });
const UNENTERED = '有 2 人的考勤尚未录入，将按全勤计发。';

describe('roster checks before review', () => {
  it('the review confirm says how many rest on attendance never entered and sends the confirmation', async () => {
    const fake = createFakeApi({
      'subsidies.get': () => ok(DRAFT),
      'subsidies.review': () => ok({ ...DRAFT, status: 'reviewed', unentered: 0 }),
    });
    renderWithApp(<BatchesTable batches={[DRAFT]} loading={false} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '审核' }));
    const dialog = await screen.findByRole('dialog', { name: `审核：${DRAFT.name}` });
    expect(await within(dialog).findByText(UNENTERED)).toBeInTheDocument();
    within(dialog).getByLabelText('审核人').focus();
    await userEvent.paste('阿依古丽');
    await userEvent.click(within(dialog).getByRole('button', { name: '审核并锁定' }));
    await waitFor(() =>
      expect(fake.callsTo('subsidies.review')).toEqual([{ id: 'b1', reviewedBy: '阿依古丽', confirmUnentered: true }]),
    );
  });

  it('the roster drawer says it too', async () => {
    const fake = createFakeApi({ 'subsidies.get': () => ok(DRAFT) });
    renderWithApp(<BatchDrawer id="b1" onClose={() => {}} />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByText(UNENTERED)).toBeInTheDocument();
  });
});
