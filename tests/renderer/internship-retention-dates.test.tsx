import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RetentionTab } from '../../renderer/src/features/internships/RetentionTab';
import { ok } from './fake-api';
import { retype } from './queries';
import { renderWithFakeApi } from './render';

// 留用率's period is typed in the one date input: a date typed as 2026/1/5 or 20260131 is tidied when the box is
// left, and Enter counts at once with the tidied dates.

const RATE = { ended: 2, retained: 1, ratePercent: 50, excluded: 0, standing: null };

describe('见习 → 留用率: the period typed as dates', { timeout: 60_000 }, () => {
  it('tidies the typed dates and counts the period on Enter', async () => {
    const { callsTo } = renderWithFakeApi(<RetentionTab />, {
      'employers.list': () => ok({ items: [], total: 0 }),
      'internships.retention': () => ok(RATE),
    });
    await waitFor(() => expect(callsTo('internships.retention')).toHaveLength(1));
    const from = screen.getByLabelText('结束日期从');
    const to = screen.getByLabelText('至');
    await retype(from, '2026/1/5');
    await retype(to, '20260131');
    expect(from).toHaveValue('2026-01-05');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(callsTo('internships.retention')).toContainEqual({ from: '2026-01-05', to: '2026-01-31' }),
    );
    expect(to).toHaveValue('20260131');
  });
});
