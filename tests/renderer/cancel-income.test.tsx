import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CancelRegistrationModal } from '../../renderer/src/features/registrations/CancelRegistrationModal';
import type { Result } from '../../shared/contract';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { CALL, REG } from './contact-fixtures';
import { ABDU } from './person-fixtures';
import { retype } from './queries';
import { showRegistrationTab } from './registration-tab';
import { renderWithApp } from './render';

// Issue 19, CFG-25: the cancel form asks the monthly income for C03 (有稳定收入的劳动) only, with the standard in force
// on the cancellation date as its hint, and sends it in fen. BR-08: the optional 告知日期 is sent when filled, named in
// the confirmation, and the core's refusal of it is shown under the field. INFO.today is 2025-03-15.

const REG_ID = '01900000-0000-7000-8000-0000000000b1';
const TARGET = { registrationId: REG_ID, personName: '阿卜杜', employmentStatus: '10' };

/** The cancel form for `reason`; `refuse` answers the cancel call instead while it returns a refusal. */
function renderModal(reason: string, refuse: (input: unknown) => Result<never> | null = () => null) {
  const fake = createFakeApi({
    'registrations.cancelIncomeStandard': () => ok({ fen: 190_000, basis: '当地最低工资标准' }),
    'registrations.cancel': (input) =>
      refuse(input) ??
      ok({
        registration: { id: REG_ID, status: 'cancelled', cancelReason: reason, ...(input as object) },
        personEmploymentStatus: '22',
        recognitionExitSuggested: false,
      }),
  });
  const onDone = vi.fn();
  renderWithApp(
    <CancelRegistrationModal target={TARGET} suggestedReason={reason} onClose={vi.fn()} onDone={onDone} />,
    {
      api: fake.api,
      settings: SETTINGS,
    },
  );
  return { fake, onDone };
}

/** The labels of a registration card's facts, in order. */
const factLabels = (card: HTMLElement) =>
  [...card.querySelectorAll('.ant-descriptions-item-label')].map((l) => l.textContent);

describe('注销登记: income for 有稳定收入的劳动', { timeout: 60_000 }, () => {
  it('C03 shows 月收入 with the standard in force and sends it in fen', async () => {
    const { fake, onDone } = renderModal('C03');
    const dialog = await screen.findByRole('dialog');
    const income = await within(dialog).findByRole('spinbutton', { name: '月收入(元)' });
    expect(await within(dialog).findByText('不低于 1,900.00 元（当地最低工资标准）')).toBeInTheDocument();
    expect(fake.callsTo('registrations.cancelIncomeStandard')).toContainEqual({ id: REG_ID, date: '2025-03-15' });
    await userEvent.type(income, '2100.5');
    await userEvent.click(within(dialog).getByRole('button', { name: '注销' }));
    await screen.findByText(/确定于 2025-03-15 注销“阿卜杜”的失业登记/);
    const confirm = screen.getAllByRole('dialog').at(-1)!;
    await userEvent.click(within(confirm).getByRole('button', { name: '注销' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.callsTo('registrations.cancel')).toEqual([
      { id: REG_ID, cancelDate: '2025-03-15', cancelReason: 'C03', cancelNote: '', cancelIncome: 210_050 },
    ]);
  });

  it('another reason neither shows nor sends an income', async () => {
    const { fake } = renderModal('C01');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('注销说明');
    expect(within(dialog).queryByText('月收入(元)')).toBeNull();
    expect(fake.callsTo('registrations.cancelIncomeStandard')).toEqual([]);
  });
});

describe('注销登记: Ctrl+S (UI.md: save with Ctrl+S)', { timeout: 60_000 }, () => {
  it('Ctrl+S submits like the 注销 button: the confirmation comes first, then the cancellation is sent', async () => {
    const { fake, onDone } = renderModal('C01');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('注销说明');
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await screen.findByText(/确定于 2025-03-15 注销“阿卜杜”的失业登记/);
    expect(fake.callsTo('registrations.cancel')).toEqual([]);
    await userEvent.click(within(screen.getAllByRole('dialog').at(-1)!).getByRole('button', { name: '注销' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.callsTo('registrations.cancel')).toEqual([
      { id: REG_ID, cancelDate: '2025-03-15', cancelReason: 'C01', cancelNote: '' },
    ]);
  });
});

describe('注销登记: 告知日期 (BR-08)', { timeout: 60_000 }, () => {
  it('is optional; when filled it is named in the confirmation, sent, and a refusal shows under it', async () => {
    const message = '告知日期不能早于注销日期（2025-03-15）';
    const { fake, onDone } = renderModal('C01', (input) =>
      (input as { notifiedDate?: string }).notifiedDate === '2025-03-14'
        ? failed('BAD_INPUT', message, { notifiedDate: message })
        : null,
    );
    const dialog = await screen.findByRole('dialog');
    const notified = await within(dialog).findByLabelText('告知日期');
    expect(notified).toHaveValue('');
    const submit = async (text: RegExp) => {
      // After a refusal the button's loading icon stays in its leaving animation in jsdom: its name ends in 注销.
      await userEvent.click(within(dialog).getByRole('button', { name: /注销$/ }));
      await screen.findByText(text);
      await userEvent.click(within(screen.getAllByRole('dialog').at(-1)!).getByRole('button', { name: '注销' }));
    };
    await retype(notified, '2025-03-14');
    await submit(/2025-03-14 已告知本人/);
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    await retype(notified, '2025-03-15');
    await submit(/2025-03-15 已告知本人/);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.callsTo('registrations.cancel').at(-1)).toEqual({
      id: REG_ID,
      cancelDate: '2025-03-15',
      cancelReason: 'C01',
      cancelNote: '',
      notifiedDate: '2025-03-15',
    });
  });

  it('a cancelled registration shows its 告知日期 on the person page', async () => {
    const card = await showRegistrationTab({
      ...REG,
      status: 'cancelled',
      cancelDate: '2025-03-10',
      cancelReason: 'C01',
      notifiedDate: '2025-03-12',
    });
    expect(within(card).getByText('告知日期')).toBeInTheDocument();
    expect(within(card).getByText('2025-03-12')).toBeInTheDocument();
  });

  it('a cancelled card starts with its cancellation, shows no contact due dates, and its contacts stay correctable', async () => {
    const cancelled = { ...REG, status: 'cancelled', cancelDate: '2025-03-10', cancelReason: 'C01' } as const;
    const card = await showRegistrationTab({ ...cancelled, nextContactDate: '2025-04-10' }, ABDU, [CALL]);
    const labels = factLabels(card);
    expect(labels.slice(0, 2)).toEqual(['注销日期', '注销原因']);
    expect(labels).not.toContain('首次联系期限');
    expect(labels).not.toContain('计划下次联系');
    // The core lets a clerk correct or delete a contact up to the cancel date (tests/core/contacts-soft-delete).
    const row = (await within(card).findByText('2025-03-10', { selector: 'td' })).closest('tr')!;
    expect(within(row).getByRole('button', { name: '修改' })).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: '删除' })).toBeInTheDocument();
  });

  it('an active card shows 首次联系期限 and 计划下次联系 and no cancellation', async () => {
    const card = await showRegistrationTab({ ...REG, nextContactDate: '2025-04-10' });
    const labels = factLabels(card);
    expect(labels).toContain('首次联系期限');
    expect(labels).toContain('计划下次联系');
    expect(labels).not.toContain('注销日期');
  });

  it('an active card without a planned contact says 计划下次联系 — (audit6 gap 12), not an empty cell', async () => {
    const card = await showRegistrationTab({ ...REG, nextContactDate: null });
    const label = [...card.querySelectorAll('.ant-descriptions-item-label')].find(
      (l) => l.textContent === '计划下次联系',
    )!;
    expect(label.nextElementSibling?.textContent).toBe('—');
  });
});
