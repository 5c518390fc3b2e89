import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonFlexSubsidiesTab } from '../../renderer/src/features/flexible-subsidies';
import type { FlexSubsidy, FlexSubsidyList, FlexSubsidyPlan } from '../../shared/contract/flexible-subsidies';
import { failed, ok, type FakeHandlers } from './fake-api';
import { ABDU } from './person-fixtures';
import { SOON, dialogTitled, fieldItem, onlyCallTo, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';

// The 灵活就业补贴 tab of the person page (BR-30): the periods, 登记 with what the core derives from the start month
// (截止年月, 享受类别 and 补贴险种, for the clerk to confirm), a refusal shown under its field, 终止 and 删除, and
// 已删除 with 恢复 after a confirmation (the core's refusal said).

const PERIOD: FlexSubsidy = {
  id: 'f1',
  personId: 'p1',
  startMonth: '2022-01',
  endMonth: '2022-12',
  lastMonth: '2022-12',
  months: 12,
  target: '9',
  targetLabel: '其他灵活就业人员',
  insurance: 'P',
  insuranceLabel: '养老保险',
  handler: '阿依古丽',
  remark: null,
  terminatedOn: null,
  terminateReason: null,
  terminateReasonLabel: '',
  terminateNote: null,
  status: 'ended',
  deletedAt: null,
  createdAt: '2022-01-05T02:00:00.000Z',
  createdBy: '阿依古丽',
  updatedAt: '2022-01-05T02:00:00.000Z',
  updatedBy: '阿依古丽',
};
const LIST: FlexSubsidyList = {
  items: [PERIOD],
  retirementMonth: '2063-02',
  usedMonths: 12,
  extendedToRetirement: false,
};
const PLAN: FlexSubsidyPlan = {
  endMonth: '2027-02',
  extendedToRetirement: false,
  limitMonth: '2063-01',
  usedMonths: 12,
  difficult: true,
  target: '1',
  insurance: 'PMU',
};
const TITLE = `登记灵活就业社会保险补贴：${ABDU.name}`;

function setup(handlers: FakeHandlers = {}) {
  return renderWithFakeApi(<PersonFlexSubsidiesTab personId="p1" person={ABDU} onChanged={vi.fn()} />, {
    'flexibleSubsidies.listByPerson': () => ok(LIST),
    'flexibleSubsidies.plan': () => ok(PLAN),
    ...handlers,
  });
}

async function openNew() {
  await userEvent.click(await screen.findByRole('button', { name: /登记补贴/ }));
  const dialog = await waitFor(() => dialogTitled(TITLE));
  await userEvent.type(within(dialog).getByLabelText('起始年月'), '2025-03');
  await waitFor(() => expect(within(dialog).getByLabelText('截止年月')).toHaveValue('2027-02'), SOON);
  return dialog;
}

const save = (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

describe('灵活就业补贴 tab', () => {
  it('lists the periods with the months used', async () => {
    setup();
    const table = await screen.findByRole('table', { name: '灵活就业社会保险补贴' });
    expect(await within(table).findByText('2022-01')).toBeInTheDocument();
    expect(within(table).getByText('其他灵活就业人员')).toBeInTheDocument();
    expect(within(table).getByText('已到期')).toBeInTheDocument();
    expect(screen.getByText('共 1 个补贴期，累计享受 12 个月（累计不超过36个月）。')).toBeInTheDocument();
  });

  it('登记: the start month fills in the end and the derived 享受类别 and 补贴险种; saving sends them', async () => {
    const { callsTo } = setup({ 'flexibleSubsidies.create': () => ok({ ...PERIOD, id: 'f2' }) });
    const dialog = await openNew();
    expect(callsTo('flexibleSubsidies.plan')).toContainEqual({ personId: 'p1', startMonth: '2025-03', id: null });
    expect(
      within(dialog).getByText('其他补贴期已享受12个月，累计不超过36个月，本次最晚至 2027-02'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('该人员在起始年月为就业困难人员（认定有效），补贴养老、医疗、失业保险'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: '就业困难人员' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: '养老、医疗、失业保险' })).toBeChecked();
    await save(dialog);
    expect(await onlyCallTo(callsTo, 'flexibleSubsidies.create')).toEqual({
      personId: 'p1',
      startMonth: '2025-03',
      endMonth: '2027-02',
      target: '1',
      insurance: 'PMU',
      handler: '阿依古丽',
      remark: '',
    });
  });

  it('choosing 其他灵活就业人员 sets pension only; a refusal of the core shows under its field', async () => {
    const message = '补贴期限累计不能超过36个月：其他补贴期已享受12个月，本次最多24个月，截止年月最晚为 2027-02';
    const { callsTo } = setup({
      'flexibleSubsidies.create': () => failed('RULE_VIOLATION', message, { endMonth: message }),
    });
    const dialog = await openNew();
    await userEvent.click(within(dialog).getByRole('radio', { name: '其他灵活就业人员' }).closest('label')!);
    expect(within(dialog).getByRole('radio', { name: '养老保险' })).toBeChecked();
    await save(dialog);
    expect(await within(fieldItem('截止年月', dialog)).findByText(message)).toBeInTheDocument();
    expect(callsTo('flexibleSubsidies.create')).toMatchObject([{ target: '9', insurance: 'P' }]);
    expect(dialogTitled(TITLE)).toBeInTheDocument();
  });

  it('终止 sends the date, reason and note; 删除 asks first, naming the period', async () => {
    const { callsTo } = setup({
      'flexibleSubsidies.terminate': () => ok({ ...PERIOD, terminatedOn: '2025-03-15', status: 'terminated' }),
      'flexibleSubsidies.remove': () => ok(PERIOD),
    });
    const table = await screen.findByRole('table', { name: '灵活就业社会保险补贴' });
    await userEvent.click(await within(table).findByRole('button', { name: '终止' }));
    const dialog = await waitFor(() => dialogTitled(`终止灵活就业社会保险补贴：${ABDU.name}`));
    expect(within(dialog).getByLabelText('终止日期')).toHaveValue('2025-03-15');
    await typeAndPick(within(dialog).getByLabelText('终止原因'), '本人申请');
    await userEvent.type(within(dialog).getByLabelText('终止说明'), '书面申请');
    await userEvent.click(within(dialog).getByRole('button', { name: '终止' }));
    expect(await onlyCallTo(callsTo, 'flexibleSubsidies.terminate')).toEqual({
      id: 'f1',
      terminatedOn: '2025-03-15',
      terminateReason: '5',
      terminateNote: '书面申请',
    });

    await userEvent.click(within(table).getByRole('button', { name: '删除' }));
    const confirm = await waitFor(() => dialogTitled('删除补贴记录'));
    expect(
      within(confirm).getByText(
        `确定删除${ABDU.name} 2022-01 至 2022-12 的灵活就业社会保险补贴记录吗？删除后该补贴期不再计入享受月数，操作记录中保留删除内容。`,
      ),
    ).toBeInTheDocument();
    expect(callsTo('flexibleSubsidies.remove')).toEqual([]);
    await userEvent.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(callsTo('flexibleSubsidies.remove')).toEqual([{ id: 'f1' }]), SOON);
  });

  it('已删除 lists the deleted periods greyed with 恢复 only; 恢复 asks first and says a refusal', async () => {
    const GONE: FlexSubsidy = {
      ...PERIOD,
      id: 'f2',
      startMonth: '2020-01',
      endMonth: '2020-06',
      deletedAt: '2026-11-20T03:00:00.000Z',
    };
    let refuse = true;
    const { callsTo } = setup({
      'flexibleSubsidies.listByPerson': (i) => ok(i.includeDeleted ? { ...LIST, items: [PERIOD, GONE] } : LIST),
      'flexibleSubsidies.restore': () =>
        refuse
          ? failed(
              'RULE_VIOLATION',
              '不能恢复 2020-01 至 2020-06 的补贴记录：与已登记的补贴期（2020-01 至 2020-12）重叠，同一人的补贴期不能重叠',
            )
          : ok({ ...GONE, deletedAt: null }),
    });
    const table = await screen.findByRole('table', { name: '灵活就业社会保险补贴' });
    await within(table).findByText('2022-01');
    expect(within(table).queryByText('2020-01')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    const row = (await within(table).findByText('2020-01')).closest('tr') as HTMLElement;
    expect(callsTo('flexibleSubsidies.listByPerson').at(-1)).toEqual({ personId: 'p1', includeDeleted: true });
    expect(row).toHaveClass('row-deleted');
    expect(within(row).getByText('已删除')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: '修改' })).not.toBeInTheDocument();
    // The summary still counts the live period only.
    expect(screen.getByText('共 1 个补贴期，累计享受 12 个月（累计不超过36个月）。')).toBeInTheDocument();

    const restore = async () => {
      await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
      // The confirmation on screen (a closed one may stay in the page, hidden).
      const ok = await waitFor(() => {
        const inDialog = screen.getAllByRole('button', { name: '恢复' }).filter((b) => b.closest('[role="dialog"]'));
        expect(inDialog).toHaveLength(1);
        return inDialog[0];
      });
      const confirm = ok.closest('.ant-modal-confirm') as HTMLElement;
      expect(confirm).toHaveTextContent('恢复补贴记录');
      expect(confirm).toHaveTextContent(
        `确定恢复${ABDU.name} 2020-01 至 2020-06 的灵活就业社会保险补贴记录吗？恢复后该补贴期重新计入享受月数。`,
      );
      await userEvent.click(ok);
    };
    await restore();
    expect(
      await screen.findByText(
        '不能恢复 2020-01 至 2020-06 的补贴记录：与已登记的补贴期（2020-01 至 2020-12）重叠，同一人的补贴期不能重叠',
      ),
    ).toBeInTheDocument();
    refuse = false;
    await restore();
    await waitFor(() => expect(callsTo('flexibleSubsidies.restore')).toEqual([{ id: 'f2' }, { id: 'f2' }]), SOON);
    expect(await screen.findByText('已恢复 2020-01 至 2020-06 的补贴记录')).toBeInTheDocument();
  });
});
