import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RetentionTab } from '../../renderer/src/features/internships/RetentionTab';
import { ok } from './fake-api';
import { retype } from './queries';
import { renderWithFakeApi } from './render';

// 留用率's period is typed in the one date input: a date typed as 2026/1/5 or 20260131 is tidied when the box is
// left, and Enter counts at once with the tidied dates.

const RATE = { ended: 2, retained: 1, ratePercent: 50, excluded: 0, standing: null };
const NONE = { ended: 0, retained: 0, ratePercent: null, excluded: 0, standing: null };

describe('见习 → 留用率: the period typed as dates', { timeout: 60_000 }, () => {
  it('tidies the typed dates and counts the period on Enter', async () => {
    const { callsTo } = renderWithFakeApi(<RetentionTab />, {
      'internships.retentionByHost': () => ok({ hosts: [], total: RATE }),
    });
    await waitFor(() => expect(callsTo('internships.retentionByHost')).toHaveLength(1));
    const from = screen.getByLabelText('结束日期从');
    const to = screen.getByLabelText('至');
    await retype(from, '2026/1/5');
    await retype(to, '20260131');
    expect(from).toHaveValue('2026-01-05');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(callsTo('internships.retentionByHost')).toContainEqual({ from: '2026-01-05', to: '2026-01-31' }),
    );
    expect(to).toHaveValue('20260131');
  });

  it('shows every host of the one answer, past the 100th, and the total, with no call per base', async () => {
    const hosts = Array.from({ length: 120 }, (_, i) => ({
      hostId: `h${i + 1}`,
      hostName: `第${String(i + 1).padStart(3, '0')}见习基地`,
      ...(i === 119 ? RATE : NONE),
    }));
    const { callsTo } = renderWithFakeApi(<RetentionTab />, {
      'internships.retentionByHost': () => ok({ hosts, total: RATE }),
    });
    const table = await screen.findByRole('table', { name: '留用率' });
    const last = (await within(table).findByText('第120见习基地')).closest('tr') as HTMLElement;
    expect(last).toHaveTextContent('第120见习基地2150.0%0');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 120 + 1);
    expect(within(table).getByText('合计').closest('tr')).toHaveTextContent('合计2150.0%0');
    // 合计 is the table's footer, held at the bottom of the box the 120 hosts scroll in.
    const total = within(table).getByText('合计').closest('tr') as HTMLElement;
    expect(total.closest('tfoot')).not.toBeNull();
    expect(total).toHaveStyle({ position: 'sticky', bottom: '0px' });
    expect(callsTo('internships.retentionByHost')).toHaveLength(1);
    expect(callsTo('internships.retention')).toEqual([]);
    expect(callsTo('employers.list')).toEqual([]);
  });
});
