import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { claimPeriodLabel, quarterStart } from '../../shared/domain/claim-period';
import { addMonths } from '../../shared/domain/dates';
import { ok } from './fake-api';
import { PLACES } from './person-fixtures';
import { fieldItem, onlyCallTo, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';
import { postRosterCard } from './roster-card-fixtures';
import { draftBatch } from './batch-fixtures';

// The generate forms of a roster card (生成花名册, 按乡镇或单位生成) say which period the roster covers (BR-24, the
// setting 补贴申领周期): by quarter the clerk chooses the quarter (2025年第一季度（1–3月）) and its first month is
// sent; by month, the month.

/** subsidies.claimPeriod as the core answers it with 补贴申领周期 按季度 (byQuarter) or 按月. */
const claimPeriodBy = (byQuarter: boolean) => (input: { month: string }) => {
  const from = byQuarter ? quarterStart(input.month) : input.month;
  const to = byQuarter ? addMonths(from, 2) : from;
  return ok({ from, to, byQuarter, label: claimPeriodLabel(from, to) });
};

function renderCard(byQuarter: boolean, month = '2025-02') {
  return renderWithFakeApi(postRosterCard(month), {
    'regions.list': () => ok({ items: PLACES }),
    'subsidies.claimPeriod': claimPeriodBy(byQuarter),
    'subsidies.generateBatch': () => ok({ ...draftBatch({}), unverifiedLeftOut: 0 }),
    'subsidies.rosterUnentered': () => ok({ persons: 4 }),
  });
}

describe('the period of a roster in its generate form', () => {
  it('by quarter: 生成花名册 shows the quarter, lets the clerk choose another and sends its first month', async () => {
    const fake = renderCard(true);
    await userEvent.click(await screen.findByRole('button', { name: '生成花名册' }));
    const dialog = await screen.findByRole('dialog', { name: '生成2025年第一季度公益性岗位岗位补贴发放花名册' });
    await waitFor(() => expect(fieldItem('季度', dialog)).toHaveTextContent('花名册期间：2025年第一季度（1–3月）'));
    // The quarter is running (working date 2025-03-15): the roster's persons without attendance, over the quarter.
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        '本季度还有 4 人的考勤尚未录入，未录入的将按全勤计发。',
      ),
    );
    await typeAndPick(within(dialog).getByRole('combobox', { name: '季度' }), '2024年第四季度');
    await waitFor(() => expect(fieldItem('季度', dialog)).toHaveTextContent('花名册期间：2024年第四季度（10–12月）'));
    await userEvent.click(within(dialog).getByRole('button', { name: '生成花名册' }));
    expect(await onlyCallTo(fake.callsTo, 'subsidies.generateBatch')).toEqual({
      kind: 'post',
      month: '2024-10',
      scope: 'county',
      townshipId: null,
      employerId: null,
    });
  });

  it('by quarter: 按乡镇或单位生成 shows the quarter too', async () => {
    renderCard(true);
    await userEvent.click(await screen.findByRole('button', { name: '按乡镇或单位生成' }));
    const dialog = await screen.findByRole('dialog', {
      name: '按乡镇或单位生成2025年第一季度公益性岗位岗位补贴发放花名册',
    });
    await waitFor(() => expect(fieldItem('季度', dialog)).toHaveTextContent('花名册期间：2025年第一季度（1–3月）'));
  });

  it('by month: the month, sent as chosen', async () => {
    const fake = renderCard(false);
    await userEvent.click(await screen.findByRole('button', { name: '生成花名册' }));
    const dialog = await screen.findByRole('dialog', { name: '生成2025年2月公益性岗位岗位补贴发放花名册' });
    await waitFor(() => expect(fieldItem('月份', dialog)).toHaveTextContent('花名册期间：2025年2月'));
    expect(within(dialog).queryByRole('combobox', { name: '季度' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: '生成花名册' }));
    expect(await onlyCallTo(fake.callsTo, 'subsidies.generateBatch')).toMatchObject({
      kind: 'post',
      month: '2025-02',
      scope: 'county',
    });
  });
});

describe('生成花名册 for a month still running (audit6)', () => {
  it('warns first: a draft reviewed after the month ends, with the count of its persons without attendance', async () => {
    const fake = renderCard(false, '2025-03');
    await userEvent.click(await screen.findByRole('button', { name: '生成花名册' }));
    const dialog = await screen.findByRole('dialog', { name: '生成2025年3月公益性岗位岗位补贴发放花名册' });
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('2025年3月尚未结束：现在生成的花名册是草稿，月末后才能审核。');
    await waitFor(() => expect(alert).toHaveTextContent('本月还有 4 人的考勤尚未录入，未录入的将按全勤计发。'));
    // The roster's own count (its period and scope), as its review will ask the clerk to confirm.
    expect(fake.callsTo('subsidies.rosterUnentered').at(-1)).toEqual({
      kind: 'post',
      month: '2025-03',
      scope: 'county',
      townshipId: null,
      employerId: null,
    });
  });

  it('says nothing for a month that has ended', async () => {
    const fake = renderCard(false);
    await userEvent.click(await screen.findByRole('button', { name: '生成花名册' }));
    const dialog = await screen.findByRole('dialog', { name: '生成2025年2月公益性岗位岗位补贴发放花名册' });
    await waitFor(() => expect(fieldItem('月份', dialog)).toHaveTextContent('花名册期间：2025年2月'));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(fake.callsTo('subsidies.rosterUnentered')).toHaveLength(0);
  });
});

describe('新建补发/扣回花名册 and the working date', () => {
  it.each([
    ['2025-04', '2025年4月尚未开始，不能新建补发/扣回花名册'],
    ['2025-03', null],
  ])('for %s (working date 2025-03-15) the button is disabled saying why: %s', async (month, reason) => {
    const fake = renderWithFakeApi(postRosterCard(month), { 'regions.list': () => ok({ items: PLACES }) });
    const button = await screen.findByRole('button', { name: '新建补发/扣回花名册' });
    if (reason) {
      expect(button).toBeDisabled();
      expect(button).toHaveAttribute('title', reason);
      await userEvent.click(button, { pointerEventsCheck: 0 });
      expect(fake.callsTo('subsidies.createSupplement')).toHaveLength(0);
    } else {
      expect(button).toBeEnabled();
      expect(button).not.toHaveAttribute('title');
    }
  });
});
