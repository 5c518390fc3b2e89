import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WorklistsPage } from '../../renderer/src/features/registrations/WorklistsPage';
import { ok } from './fake-api';
import { renderWithFakeApi } from './render';
import { GULI } from './contact-fixtures';
import { dialogTitled, selectShown } from './queries';
import type { WorklistItem } from '../../shared/contract/contact-worklists';

// 失业登记与联系: the work lists' month (the shared MonthPicker) comes from the address, is sent with every read, can
// be changed by typing, and never goes past the working month (INFO.today 2025-03-15). A contact's 建议注销 shows
// on its row, with 注销 starting from the reason.

const page = (month: string, items: WorklistItem[] = []) => ({
  items,
  total: items.length,
  asOf: `${month}-28`,
  month,
  groups: [],
  staff: [],
});

function setup(route: string, items: WorklistItem[] = []) {
  return renderWithFakeApi(
    <WorklistsPage />,
    {
      'regions.list': () => ok({ items: [] }),
      'contactWorklists.counts': (i) =>
        ok({ month: i.month ?? '2025-03', asOf: '2025-03-15', toContact: 0, lostContact: 0, firstContactDue: 0 }),
      'contactWorklists.toContact': (i) => ok(page(i.month, items)),
    },
    { route },
  );
}

const monthsRead = (fake: ReturnType<typeof setup>) =>
  fake.callsTo('contactWorklists.toContact').map((i) => (i as { month: string }).month);

describe('工作清单的月份', { timeout: 60_000 }, () => {
  it('reads the month in the address and sends it with the list', async () => {
    const fake = setup('/?month=2025-02');
    const box = await screen.findByRole('textbox', { name: '月份' });
    expect(box).toHaveValue('2025-02');
    await waitFor(() => expect(monthsRead(fake)).toContain('2025-02'));
    expect(monthsRead(fake)).not.toContain('2025-03');
  });

  it('a typed month is read; a month after the working month is not taken', async () => {
    const fake = setup('/');
    const box = await screen.findByRole('textbox', { name: '月份' });
    expect(box).toHaveValue('2025-03');
    await userEvent.click(box);
    await userEvent.clear(box);
    await userEvent.type(box, '2025-01{Enter}');
    await waitFor(() => expect(monthsRead(fake)).toContain('2025-01'));
    await userEvent.click(box);
    await userEvent.clear(box);
    await userEvent.type(box, '2025-05{Enter}');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(box).toHaveValue('2025-01'));
    expect(monthsRead(fake)).not.toContain('2025-05');
  });
});

describe('建议注销 from a contact', { timeout: 60_000 }, () => {
  it('shows the suggestion on the 本月待联系 row; 注销 opens with its reason', async () => {
    const item: WorklistItem = {
      ...GULI,
      townshipId: 't1',
      villageId: 'v1',
      isDifficult: false,
      lastContactDate: '2025-02-20',
      lastContactResult: '1',
      lastSuccessfulContactDate: '2025-02-20',
      dueDate: null,
      overdue: false,
      monthsWithoutContact: null,
      suggestedCancelReason: 'C06',
    };
    setup('/', [item]);
    const row = await screen.findByRole('row', { name: /古丽米拉·艾力/ });
    expect(row).toHaveTextContent('建议注销：入学');
    await userEvent.click(within(row).getByRole('button', { name: '注销' }));
    const modal = dialogTitled('注销登记：古丽米拉·艾力');
    expect(selectShown(within(modal).getByRole('combobox', { name: '注销原因' }))).toHaveTextContent('入学');
  });
});
