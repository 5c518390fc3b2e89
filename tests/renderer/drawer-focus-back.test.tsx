import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REG } from './contact-fixtures';
import { ProvidersTab } from '../../renderer/src/features/training/ProvidersTab';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';
import { dialogTitled } from './queries';
import { registrationCard, renderRegistrationTab } from './registration-tab';

// audit6 gap 8: a form drawer gives the focus back to the button that opened it when it closes (FormDrawer), so the
// keyboard clerk goes on from where they were instead of from the top of the page.

describe('focus after a form drawer closes', () => {
  it('Esc on 记录联系 puts the focus back on the 记录联系 button that opened it', async () => {
    renderRegistrationTab(REG, {
      over: { 'contacts.lookup': () => ok({ items: [], total: 0 }) },
    });
    await registrationCard(REG);
    const [opener] = screen.getAllByRole('button', { name: '记录联系' });
    await userEvent.click(opener);
    await waitFor(() => dialogTitled('记录联系'));
    expect(opener).not.toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('a form modal too: closing 认定定点培训机构 puts the focus back on its button (audit7 gap 10)', async () => {
    const fake = createFakeApi({
      'training.providers.list': () => ok({ items: [] }),
      'employers.list': () => ok({ items: [], total: 0, page: 1, pageSize: 100 }),
    });
    renderWithApp(<ProvidersTab />, { api: fake.api, settings: SETTINGS });
    const opener = await screen.findByRole('button', { name: '认定定点培训机构' });
    await userEvent.click(opener);
    const form = await waitFor(() => dialogTitled('认定定点培训机构'));
    await userEvent.click(within(form).getByLabelText('认定日期'));
    expect(opener).not.toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(opener).toHaveFocus());
  });
});
