import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import { BatchesTable } from '../../renderer/src/features/subsidies/BatchesTable';
import { draftBatch } from './batch-fixtures';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

// What a roster rests on before 审核/上报/拨付 (audit3 gaps 1, 4): the review confirm and the roster drawer say how
// many rows rest on attendance never entered and who lacks an account (the drawer links each to the person); 审核
// sends the clerk's agreement with the first, 上报/拨付 with the second.

const NO_ACCOUNT = { personId: 'p2', personName: '阿布都热合曼', hostName: null };
const DRAFT = draftBatch({ persons: 2, totalFen: 380_000, unentered: 2, missingAccounts: [NO_ACCOUNT] });
const UNENTERED = '有 2 人的考勤尚未录入，将按全勤计发。';
const MISSING = '1 人缺少社会保障卡号(银行账号)';

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
    expect(within(dialog).getByText(MISSING)).toBeInTheDocument();
    expect(within(dialog).getByText('阿布都热合曼')).toBeInTheDocument();
    // 审核人 starts as the signed-in account's name (阿依古丽).
    expect(within(dialog).getByLabelText('审核人')).toHaveValue('阿依古丽');
    await userEvent.click(within(dialog).getByRole('button', { name: '审核并锁定' }));
    await waitFor(() =>
      expect(fake.callsTo('subsidies.review')).toEqual([{ id: 'b1', reviewedBy: '阿依古丽', confirmUnentered: true }]),
    );
  });

  it('the roster drawer says it too, each payee without an account a link to the person', async () => {
    const fake = createFakeApi({ 'subsidies.get': () => ok(DRAFT) });
    renderWithApp(<BatchDrawer id="b1" onClose={() => {}} />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByText(UNENTERED)).toBeInTheDocument();
    expect(screen.getByText(MISSING)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '阿布都热合曼' })).toHaveAttribute('href', '/persons/p2');
  });

  it('拨付 names who lacks an account and sends the confirmation', async () => {
    const reported = { ...DRAFT, status: 'reported' as const, statusLabel: '已上报', unentered: 0 };
    const fake = createFakeApi({
      'subsidies.get': () => ok(reported),
      'subsidies.pay': () => ok({ ...reported, status: 'paid' }),
    });
    renderWithApp(<BatchesTable batches={[reported]} loading={false} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '确认拨付' }));
    const dialog = await screen.findByRole('dialog', { name: `拨付：${DRAFT.name}` });
    expect(await within(dialog).findByText(MISSING)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '确认已拨付' }));
    await waitFor(() =>
      expect(fake.callsTo('subsidies.pay')).toEqual([
        { id: 'b1', paidDate: expect.any(String), confirmMissingAccounts: true },
      ]),
    );
  });
});
