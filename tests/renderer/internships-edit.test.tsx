import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InternListTab } from '../../renderer/src/features/internships/InternListTab';
import { ok, type FakeHandlers } from './fake-api';
import { dialogTitled, onlyCallTo, retype } from './queries';
import { renderWithFakeApi } from './render';
import { confirmedCall } from './record-removal';
import { INTERN_BASE, INTERNSHIP as DETAIL } from './internship-fixtures';

// 见习人员 list: 编辑 opens 修改见习 filled from the record and sends internships.update; 删除 asks first, naming the
// person; the 已删除 filter lists deleted internships with 恢复 (UI.md).

function setup(route = '/internships/interns', handlers: FakeHandlers = {}) {
  return renderWithFakeApi(
    <InternListTab onChanged={vi.fn()} />,
    {
      'internships.list': () => ok({ items: [DETAIL], total: 1 }),
      'employers.list': () => ok({ items: [INTERN_BASE], total: 1 }),
      'internships.get': () => ok(DETAIL),
      'posts.defaultStandard': () =>
        ok({
          fen: 190_000,
          basis: '一类区月最低工资标准',
          tier: 1,
          minWageMonthlyFen: 190_000,
          minWageHourlyFen: 1_900,
        }),
      ...handlers,
    },
    { route },
  );
}

const table = () => screen.getByRole('table', { name: '见习人员列表' });
const rowOf = async (name: string) => (await within(table()).findByText(name)).closest('tr') as HTMLElement;

describe('见习人员 编辑 / 删除 / 恢复', { timeout: 60_000 }, () => {
  it('编辑 opens 修改见习 filled from the record and sends the corrected input with the record’s key', async () => {
    const { callsTo } = setup('/internships/interns', {
      'internships.update': (i) => ok({ ...DETAIL, insurancePolicy: i.insurancePolicy, updatedAt: 'later' }),
    });
    await userEvent.click(within(await rowOf('买买提江·吐尔逊')).getByRole('button', { name: '编辑' }));
    const drawer = await waitFor(() => dialogTitled('修改见习'));
    expect(within(drawer).getByLabelText('见习协议截止日期')).toHaveValue('2027-02-28');
    await retype(within(drawer).getByLabelText('人身意外伤害保险保单号'), 'PICC-2026-0999');
    await userEvent.click(within(drawer).getByRole('button', { name: '保存' }));
    const sent = await onlyCallTo(callsTo, 'internships.update');
    expect(sent).toMatchObject({
      id: 'i1',
      expectedUpdatedAt: '2026-09-02T08:00:00.000Z',
      hostId: 'e1',
      agreementStart: '2026-09-01',
      agreementEnd: '2027-02-28',
      hostAllowanceFen: 95_000,
      allowanceStandardFen: null,
      insurancePolicy: 'PICC-2026-0999',
    });
    expect(sent).not.toHaveProperty('personId');
    expect(callsTo('internships.get')).toEqual([{ id: 'i1' }]);
  });

  it('an ended internship opens with its agreement dates shut (its ending fixed them)', async () => {
    const ended = { ...DETAIL, status: 'ended' as const, endDate: '2026-10-31', endType: '4' };
    setup('/internships/interns', {
      'internships.list': () => ok({ items: [ended], total: 1 }),
      'internships.get': () => ok(ended),
    });
    await userEvent.click(within(await rowOf('买买提江·吐尔逊')).getByRole('button', { name: '编辑' }));
    const drawer = await waitFor(() => dialogTitled('修改见习'));
    expect(within(drawer).getByLabelText('见习协议开始日期')).toBeDisabled();
    expect(within(drawer).getByLabelText('见习协议截止日期')).toBeDisabled();
    expect(within(drawer).getByLabelText('人身意外伤害保险保单号')).toBeEnabled();
  });

  it('删除 asks first, naming the person, and deletes only when confirmed', async () => {
    const { callsTo } = setup('/internships/interns', {
      'internships.delete': () => ok({ ...DETAIL, deletedAt: 'x' }),
    });
    await userEvent.click(within(await rowOf('买买提江·吐尔逊')).getByRole('button', { name: '删除' }));
    await confirmedCall(callsTo, {
      question: '确定删除“买买提江·吐尔逊的见习（疏附县明德电子商务有限公司）”吗？删除后可在“已删除”中恢复。',
      button: '删除',
      channel: 'internships.delete',
      input: { id: 'i1' },
    });
  });

  it('the 已删除 filter lists deleted internships with 查看 and 恢复, no 编辑', async () => {
    const { callsTo } = setup('/internships/interns?deleted=1', {
      'internships.restore': () => ok(DETAIL),
    });
    const row = await rowOf('买买提江·吐尔逊');
    expect(callsTo('internships.list').at(-1)).toMatchObject({ deleted: true });
    expect(screen.getByRole('switch', { name: '已删除' })).toBeChecked();
    expect(within(row).queryByRole('button', { name: '编辑' })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
    await confirmedCall(callsTo, {
      question: /^确定恢复“买买提江·吐尔逊.*”吗？恢复后重新计入列表和报表。$/,
      button: '恢复',
      channel: 'internships.restore',
      input: { id: 'i1' },
    });
  });

  it('查看 in the 已删除 filter opens the deleted record, read only (internships.get answers it marked deleted)', async () => {
    const deleted = { ...DETAIL, deletedAt: '2026-11-20T08:00:00.000Z' };
    const { callsTo } = setup('/internships/interns?deleted=1', {
      'internships.list': () => ok({ items: [deleted], total: 1 }),
      'internships.get': () => ok(deleted),
    });
    await userEvent.click(within(await rowOf('买买提江·吐尔逊')).getByRole('button', { name: '查看' }));
    const view = await waitFor(() => dialogTitled('见习记录（已删除）'));
    expect(await within(view).findByText('该见习记录已于 2026-11-20 删除，可在列表中点“恢复”')).toBeInTheDocument();
    expect(within(view).getByText('2026-09-01 至 2027-02-28（6 个月）')).toBeInTheDocument();
    expect(within(view).queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(callsTo('internships.get')).toEqual([{ id: 'i1' }]);
  });
});
