import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ABDU, RECOGNISED } from './person-fixtures';
import { failed, ok } from './fake-api';
import { SOON, dialogTitled, retype } from './queries';
import { renderPersonRecognitions } from './recognition-scene';

// 修改帮扶信息 (DOMAIN §3.5 一人一策) on the person's 就业困难认定 tab: offered on a recognition in force (and an application
// in progress), not on one that has exited; the modal sends the fields with the record's updatedAt, and shows the
// core's refusal at the top of the form.

const HELPED = { ...RECOGNISED, helper: '阿依古丽', plan: '推荐公益性岗位' };
const EXITED = {
  ...RECOGNISED,
  id: 'r0',
  status: '05',
  statusLabel: '已退出',
  stage: 'exited',
  stageLabel: '已退出',
  applyDate: '2024-01-06',
  exitDate: '2024-12-01',
  exitReason: 'R11',
  exitReasonLabel: '本人申请退出',
} as const;
const STALE = '该认定记录已被他人修改，请刷新后再改';

function setup(update: () => ReturnType<typeof ok> | ReturnType<typeof failed>) {
  return renderPersonRecognitions({
    'recognitions.listByPerson': () => ok({ items: [HELPED, EXITED] }),
    'recognitions.updateHelp': update,
  });
}

describe('修改帮扶信息', { timeout: 60_000 }, () => {
  it('is offered on the recognition in force only; the modal sends 帮扶责任人 and 帮扶措施 with updatedAt', async () => {
    const { callsTo, onChanged } = setup(() => ok({ ...HELPED, helper: '努尔古丽', plan: null }));
    const current = await screen.findByRole('region', { name: '认定 2025-01-06' }, SOON);
    expect(within(current).getByText('推荐公益性岗位')).toBeInTheDocument();
    const exited = screen.getByRole('region', { name: '认定 2024-01-06' });
    expect(within(exited).queryByRole('button', { name: '修改帮扶信息' })).not.toBeInTheDocument();

    await userEvent.click(within(current).getByRole('button', { name: '修改帮扶信息' }));
    const dialog = dialogTitled(`修改帮扶信息：${ABDU.name}`);
    expect(within(dialog).getByLabelText('帮扶责任人')).toHaveValue('阿依古丽');
    await retype(within(dialog).getByLabelText('帮扶责任人'), '努尔古丽');
    await userEvent.clear(within(dialog).getByLabelText('帮扶措施'));
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), SOON);
    expect(callsTo('recognitions.updateHelp')).toEqual([
      { id: 'r1', expectedUpdatedAt: RECOGNISED.updatedAt, helper: '努尔古丽', plan: '' },
    ]);
  });

  it("shows the core's refusal at the top of the form and stays open", async () => {
    const { callsTo, onChanged } = setup(() => failed('CONFLICT', STALE));
    const current = await screen.findByRole('region', { name: '认定 2025-01-06' }, SOON);
    await userEvent.click(within(current).getByRole('button', { name: '修改帮扶信息' }));
    const dialog = dialogTitled(`修改帮扶信息：${ABDU.name}`);
    await retype(within(dialog).getByLabelText('帮扶责任人'), '努尔古丽');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText(STALE, {}, SOON)).toBeInTheDocument();
    expect(callsTo('recognitions.updateHelp')).toHaveLength(1);
    expect(onChanged).not.toHaveBeenCalled();
  });
});
