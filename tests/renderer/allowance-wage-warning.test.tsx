import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AllowancesTab } from '../../renderer/src/features/subsidies/AllowancesTab';
import type { MonthOverview } from '../../shared/contract/subsidies';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { renderWithApp } from './render';

// BR-27 / VR-14: 生成见习补贴 answers the internships whose host allowance is under the month's floor (the month's
// minimum wage × the host share); the tab shows them as a warning above the month's rows.
const OVERVIEW: MonthOverview = { month: '2026-10', employers: [], internships: { running: 1, rows: 0 }, batches: [] };
const WARNING =
  '古丽·艾力（疏附县甲见习基地）的单位岗位补助 950.00 元低于2026年10月最低工资标准 2200.00 元的50%（1100.00 元/月），请核实';

describe('见习补贴 generation warnings', () => {
  it('shows the host allowances under the month floor after 生成见习补贴', async () => {
    const fake = createFakeApi({
      'allowances.list': () => ok({ rows: [] }),
      'subsidies.overview': () => ok(OVERVIEW),
      'allowances.generate': () =>
        ok({ month: '2026-10', created: 1, refreshed: 0, removed: 0, locked: 0, total: 1, warnings: [WARNING] }),
    });
    renderWithApp(<AllowancesTab />, { api: fake.api, settings: SETTINGS, route: '/?month=2026-10' });
    await userEvent.click(await screen.findByRole('button', { name: '生成见习补贴' }));
    expect(await screen.findByText(WARNING)).toBeInTheDocument();
    expect(
      screen.getByText(
        '以下见习人员的单位岗位补助低于本月最低工资标准的规定比例，补贴已按本月标准生成，请核实单位岗位补助：',
      ),
    ).toBeInTheDocument();
    expect(fake.callsTo('allowances.generate')).toEqual([{ month: '2026-10' }]);
  });
});
