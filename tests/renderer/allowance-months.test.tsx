import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllowancesTab } from '../../renderer/src/features/subsidies/AllowancesTab';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import type { Result } from '../../shared/contract';
import type { AllowanceRow, MonthOverview } from '../../shared/contract/subsidies';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { fillIn } from './queries';
import { renderWithApp } from './render';
import { draftBatch, rosterItem } from './batch-fixtures';

// 就业见习 → 补贴发放 (DOMAIN §3.11): each allowance month shows its deduction, reason and 单位已发放; 修改 opens the
// month's form (扣减金额 in yuan, 扣减原因, 单位已发放岗位补助) which sends fen to allowances.save and shows the
// core's refusal under its field; a locked month has no 修改; 生成花名册 says how many unverified months it left off.

const ROW: AllowanceRow = {
  id: 'a1',
  internshipId: 'i1',
  personId: 'p1',
  personName: '古丽·艾力',
  idNumberMasked: '653121********0124',
  hostName: '疏附县甲见习基地',
  position: '行政助理',
  agreementStart: '2026-09-01',
  agreementEnd: '2027-02-28',
  endDate: null,
  month: '2026-10',
  days: 31,
  calendarDays: 31,
  standardFen: 190_000,
  dueFen: 190_000,
  deductionFen: 0,
  deductionReason: null,
  paidFen: 190_000,
  earlyHireFen: 0,
  totalFen: 190_000,
  hostAllowanceVerified: false,
  updatedAt: '2026-10-31T08:00:00.000Z',
  lock: null,
};
const LOCKED: AllowanceRow = {
  ...ROW,
  id: 'a2',
  internshipId: 'i2',
  personName: '阿依努尔',
  lock: { batchId: 'b0', batchName: '2026年10月见习补贴发放花名册', status: '已审核' },
};
/** The row's key as allowances.save gets it: the id and the updatedAt read (stale-save check). */
const SENT = { id: 'a1', expectedUpdatedAt: ROW.updatedAt };
const OVERVIEW: MonthOverview = { month: '2026-10', employers: [], internships: { running: 2, rows: 2 }, batches: [] };
const BATCH = draftBatch({
  kind: 'internship',
  kindLabel: '见习补贴',
  name: '2026年10月见习补贴发放花名册',
  totalFen: 160_000,
});

describe('见习补贴 months', () => {
  it('修改 sends the deduction in fen with its reason and 单位已发放; the core refusal shows under its field', async () => {
    const fake = createFakeApi({
      'allowances.list': () => ok({ rows: [ROW, LOCKED] }),
      'subsidies.overview': () => ok(OVERVIEW),
      'allowances.save': (input): Result<unknown> =>
        input.deductionFen > 190_000
          ? failed('BAD_INPUT', '古丽·艾力2026年10月的见习补贴：扣减（2000.00元）不能超过应发生活费补助（1900.00元）', {
              deductionFen: '扣减（2000.00元）不能超过应发生活费补助（1900.00元）',
            })
          : ok({ ...ROW, deductionFen: input.deductionFen, paidFen: 190_000 - input.deductionFen }),
      'subsidies.generateBatch': () => ok({ ...BATCH, unverifiedLeftOut: 1 }),
    });
    renderWithApp(<AllowancesTab />, { api: fake.api, settings: SETTINGS, route: '/?month=2026-10' });
    const gulRow = (await screen.findByText('古丽·艾力')).closest('tr')!;
    expect(within(gulRow).getByText('未核实')).toBeInTheDocument();
    // The masked number with 显示完整号码, on one line like every other list's (VR-09).
    expect(within(gulRow).getByText('653121********0124')).toBeInTheDocument();
    expect(within(gulRow).getByRole('button', { name: '显示完整号码' })).toBeInTheDocument();
    // The month a reviewed roster locks has no 修改.
    expect(screen.queryByRole('button', { name: '修改阿依努尔的见习补贴' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '修改古丽·艾力的见习补贴' }));
    const dialog = await screen.findByRole('dialog', { name: '见习补贴：古丽·艾力（2026年10月）' });
    expect(within(dialog).getByText(/应发生活费补助 1900\.00 元/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('扣减金额(元)'), '2000');
    await fillIn(within(dialog).getByLabelText('扣减原因'), '单位未足额发放岗位补助');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(
      await within(dialog).findAllByText(/扣减（2000\.00元）不能超过应发生活费补助（1900\.00元）/),
    ).not.toHaveLength(0);

    const amount = within(dialog).getByLabelText('扣减金额(元)');
    await userEvent.clear(amount);
    await userEvent.type(amount, '300');
    expect(within(dialog).getByText('实发 1600.00 元')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('单位已发放本月岗位补助（已核实）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('allowances.save')).toEqual([
      { ...SENT, deductionFen: 200_000, deductionReason: '单位未足额发放岗位补助', hostAllowanceVerified: false },
      { ...SENT, deductionFen: 30_000, deductionReason: '单位未足额发放岗位补助', hostAllowanceVerified: true },
    ]);

    // 生成花名册 opens its form (the period the roster covers); its own 生成花名册 generates.
    await userEvent.click(screen.getByRole('button', { name: '生成花名册' }));
    const form = await screen.findByRole('dialog', { name: '生成2026年10月见习补贴发放花名册' });
    await userEvent.click(within(form).getByRole('button', { name: '生成花名册' }));
    expect(await screen.findByText('花名册已生成；1 人本月未核实单位已发放岗位补助，未列入花名册')).toBeInTheDocument();
  });

  it('the 见习补贴 roster drawer names its columns 见习单位 and 见习岗位', async () => {
    const item = rosterItem({
      id: 'it1',
      personName: '古丽·艾力',
      employerName: '疏附县明德电子商务有限公司',
      position: '仓储管理',
      amountFen: 160_000,
    });
    const fake = createFakeApi({ 'subsidies.get': () => ok({ ...BATCH, items: [item] }) });
    renderWithApp(<BatchDrawer id="b1" onClose={vi.fn()} />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByRole('columnheader', { name: '见习单位' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '见习岗位' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '用人单位' })).toBeNull();
  });
});
