import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlacementDetail } from '../../shared/contract/placements';
import { PostPlacementsTable } from '../../renderer/src/features/posts/PostPlacementsTable';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { leftPlacement, placement, renewal, ruralContractMonths } from './placement-fixtures';
import { as, renderPersonPosts } from './placement-scene';
import { SOON, dialogTitled, fieldItem, onlyCallTo, queryDialogTitled, retype } from './queries';
import { renderWithApp } from './render';

// 修改安置信息 (placements.update) from the placement rows: what the modal sends (checked by the contract's schema in
// the fake api), the start of a renewed term shown read-only, the core's refusal under its field, and no 修改 for
// an account that only reads.

const TITLE = '修改安置信息：买买提江·艾力（社区保洁员）';
const RURAL = placement({ areaType: 'rural', remark: '村委会推荐', updatedAt: '2025-02-01T09:30:00Z' });
/** The contract in force (2024-03-15 to 2025-03-14) began with the 续签 of 2024-03-10. */
const RENEWED = placement({ renewals: [renewal()] });
const LEFT = leftPlacement();

const rowOf = (text: string) => screen.getAllByRole('row').find((r) => r.textContent?.includes(text))!;

/** The post page's table of `items` for a clerk; opens 修改 on 买买提江's row. */
async function openEdit(items: PlacementDetail[], handlers: FakeHandlers = {}) {
  const fake = createFakeApi(handlers);
  renderWithApp(<PostPlacementsTable items={items} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />, {
    api: fake.api,
    settings: SETTINGS,
    account: as('clerk'),
  });
  await userEvent.click(within(rowOf('买买提江·艾力')).getByRole('button', { name: '修改' }));
  return { ...fake, dialog: dialogTitled(TITLE) };
}

const clickSave = (dialog: HTMLElement) => userEvent.click(within(dialog).getByRole('button', { name: '保存' }));

describe('修改安置信息', () => {
  it('prefills the placement, sends the corrected fields with the record’s time and says it is saved', async () => {
    const { dialog, callsTo } = await openEdit([RURAL, LEFT], {
      'ruleSettings.list': () => ok(ruralContractMonths(6)),
      'placements.update': () => ok({ ...RURAL, accidentInsurance: 'PICC-2025-0001' }),
    });
    const start = within(dialog).getByLabelText('合同(协议)开始日期');
    expect(start).toHaveValue('2024-03-15');
    expect(start).toBeEnabled();
    expect(within(dialog).getByLabelText('合同(协议)截止日期')).toHaveValue('2025-03-14');
    expect(within(dialog).getByLabelText('备注')).toHaveValue('村委会推荐');
    expect(within(fieldItem('意外伤害保险保单号', dialog)).getByText('乡村岗位应填写')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('意外伤害保险保单号'), 'PICC-2025-0001');
    // CFG-14 in force on the start the clerk enters: 6 months from 2025-01-01.
    await retype(start, '2025-01-02');
    const endNote = '乡村公益性岗位协议期限不超过6个月，截止日期最晚为 2025-07-01';
    expect(await within(fieldItem('合同(协议)截止日期', dialog)).findByText(endNote, {}, SOON)).toBeInTheDocument();
    await retype(within(dialog).getByLabelText('合同(协议)截止日期'), '2025-07-01');
    await retype(within(dialog).getByLabelText('备注'), '补录保单号');
    await clickSave(dialog);
    await waitFor(() => expect(queryDialogTitled(TITLE)).not.toBeInTheDocument(), SOON);
    expect(callsTo('placements.update')).toEqual([
      {
        id: 'pl-1',
        expectedUpdatedAt: '2025-02-01T09:30:00Z',
        contractStart: '2025-01-02',
        contractEnd: '2025-07-01',
        accidentInsurance: 'PICC-2025-0001',
        remark: '补录保单号',
      },
    ]);
    expect(await screen.findByText('已保存买买提江·艾力的安置信息')).toBeInTheDocument();
  });

  it('shows the start of a renewed term read-only and sends it unchanged with the corrected end', async () => {
    const { dialog, callsTo } = await openEdit([RENEWED], { 'placements.update': () => ok(RENEWED) });
    const start = within(dialog).getByLabelText('合同(协议)开始日期');
    expect(start).toHaveValue('2024-03-15');
    expect(start).toBeDisabled();
    expect(
      within(fieldItem('合同(协议)开始日期', dialog)).getByText(
        '现合同(协议)期自 2024-03-10 续签起算，开始日期为续签后的开始日期，不能修改',
      ),
    ).toBeInTheDocument();
    const end = fieldItem('合同(协议)截止日期', dialog);
    expect(within(end).getByText('应晚于续签前的合同(协议)截止日期 2024-03-14')).toBeInTheDocument();
    await retype(within(dialog).getByLabelText('合同(协议)截止日期'), '2025-02-28');
    await clickSave(dialog);
    expect(await onlyCallTo(callsTo, 'placements.update')).toMatchObject({
      contractStart: '2024-03-15',
      contractEnd: '2025-02-28',
    });
  });

  it('keeps the dates of a placement that has left and sends its corrected policy number', async () => {
    const fake = createFakeApi({ 'placements.update': () => ok(LEFT) });
    renderWithApp(<PostPlacementsTable items={[LEFT]} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      account: as('clerk'),
    });
    await userEvent.click(within(rowOf('热依拉·买买提')).getByRole('button', { name: '修改' }));
    const dialog = dialogTitled('修改安置信息：热依拉·买买提（社区保洁员）');
    expect(
      within(dialog).getByText('已于 2025-01-31 离岗，合同(协议)日期不能再修改；保单号和备注仍可更正'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('合同(协议)开始日期')).toBeDisabled();
    expect(within(dialog).getByLabelText('合同(协议)截止日期')).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('意外伤害保险保单号'), 'PICC-2024-0009');
    await clickSave(dialog);
    expect(await onlyCallTo(fake.callsTo, 'placements.update')).toEqual({
      id: 'pl-9',
      expectedUpdatedAt: '2024-03-15T08:00:00Z',
      contractStart: '2024-03-15',
      contractEnd: '2025-03-14',
      accidentInsurance: 'PICC-2024-0009',
      remark: '',
    });
  });

  it('shows the core’s refusal under its field and keeps the dialog open', async () => {
    const refusal = '乡村公益性岗位协议期限不超过12个月（可续签），截止日期最晚为 2025-03-14';
    const { dialog, callsTo } = await openEdit([RURAL], {
      'placements.update': () =>
        failed('RULE_VIOLATION', refusal, { contractEnd: '最晚为 2025-03-14' }, { rule: 'CFG-14' }),
    });
    await retype(within(dialog).getByLabelText('合同(协议)截止日期'), '2025-09-14');
    await clickSave(dialog);
    const end = fieldItem('合同(协议)截止日期', dialog);
    expect(await within(end).findByText('最晚为 2025-03-14', {}, SOON)).toBeInTheDocument();
    expect(callsTo('placements.update')).toHaveLength(1);
    expect(dialogTitled(TITLE)).toBeInTheDocument();
  });

  it('checks the dates before sending: an end before the start stays on screen', async () => {
    const { dialog, callsTo } = await openEdit([RURAL]);
    await retype(within(dialog).getByLabelText('合同(协议)截止日期'), '2024-01-01');
    await clickSave(dialog);
    const end = fieldItem('合同(协议)截止日期', dialog);
    expect(await within(end).findByText('合同(协议)截止日期不能早于开始日期', {}, SOON)).toBeInTheDocument();
    expect(callsTo('placements.update')).toEqual([]);
  });

  it('offers 修改 on a placement that has left, and none to an account that only reads', async () => {
    const { unmount } = renderPersonPosts([RURAL, LEFT], 'clerk');
    await screen.findByRole('button', { name: '年度考核' }, SOON);
    // The person page names the post, not the person: the row that has left shows its leave date.
    expect(within(rowOf('2025-01-31')).getByRole('button', { name: '修改' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '修改' })).toHaveLength(2);
    unmount();

    renderPersonPosts([RURAL, LEFT], 'readonly');
    const table = await screen.findByRole('table', { name: '公益性岗位安置' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(within(table).queryByRole('button', { name: '修改' })).not.toBeInTheDocument();
  });

  it('hides 修改, 离岗 and 报告空岗 on the post page for an account that only reads, and still shows each status', () => {
    const fake = createFakeApi({});
    renderWithApp(<PostPlacementsTable items={[RURAL, LEFT]} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      account: as('readonly'),
    });
    expect(screen.queryByRole('button', { name: '修改' })).not.toBeInTheDocument();
    expect(rowOf('买买提江·艾力')).toHaveTextContent('2024-03-15 至2025-03-14');
    // The status column hid itself for accounts that may not record a leave, and the two write links showed.
    for (const name of ['离岗', '报告空岗']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.getByText('在岗')).toBeInTheDocument();
    expect(screen.getByText('已离岗')).toBeInTheDocument();
  });
});
