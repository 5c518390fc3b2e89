import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InputNumber } from 'antd';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SETTINGS, createFakeApi } from './fake-api';
import { renderWithApp } from './render';

// Issue 18: antd's number fields name their step buttons "Increase Value"/"Decrease Value" in English. Inside the
// app they are named 增加/减少 — also for a field that appears later — and Tab still goes field to field.

function Fields() {
  const [more, setMore] = useState(false);
  return (
    <>
      <InputNumber aria-label="学时" />
      <button type="button" onClick={() => setMore(true)}>
        再加一项
      </button>
      {more && <InputNumber aria-label="计划人数" />}
    </>
  );
}

describe('number field step buttons', { timeout: 30_000 }, () => {
  it('are named 增加 and 减少, also when a field appears later, and are no Tab stop', async () => {
    renderWithApp(<Fields />, { api: createFakeApi({}).api, settings: SETTINGS });
    await waitFor(() => expect(screen.getAllByRole('button', { name: '增加' })).toHaveLength(1));
    expect(screen.getAllByRole('button', { name: '减少' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Value/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '再加一项' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: '增加' })).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: '减少' })).toHaveLength(2);
    expect(document.body.innerHTML).not.toMatch(/Increase Value|Decrease Value/);

    await userEvent.click(screen.getByLabelText('学时'));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: '再加一项' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('计划人数')).toHaveFocus();
  });
});
