import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { REG } from './contact-fixtures';
import { ok } from './fake-api';
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
});
