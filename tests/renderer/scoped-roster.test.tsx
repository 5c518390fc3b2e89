import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { BatchDetail } from '../../shared/contract/subsidies';
import { failed, ok } from './fake-api';
import { PLACES } from './person-fixtures';
import { chooseRadio, fieldItem, onlyCallTo, typeAndPick } from './queries';
import { renderWithFakeApi } from './render';
import { postRosterCard } from './roster-card-fixtures';
import { draftBatch } from './batch-fixtures';

// 按乡镇或单位生成 on a roster card (DOMAIN §3.10 范围): the form sends the kind, the month and the scope chosen,
// says what is missing under its field without sending, and shows the core's refusal under the field it names.

const DETAIL = draftBatch({
  id: 'b2',
  scope: 'township',
  scopeId: 't2',
  scopeName: '塔什米里克乡',
  name: '2026年10月塔什米里克乡公益性岗位岗位补贴发放花名册',
  totalFen: 182_000,
});

function renderCard(generate: (input: unknown) => ReturnType<typeof ok<BatchDetail>> | ReturnType<typeof failed>) {
  return renderWithFakeApi(postRosterCard('2026-10'), {
    'regions.list': () => ok({ items: PLACES }),
    'employers.list': () =>
      ok({
        items: [{ id: 'e1', name: '乌帕尔镇人民政府', townshipName: '乌帕尔镇' }],
        total: 1,
        page: 1,
        pageSize: 100,
      }),
    'subsidies.generateBatch': generate,
  });
}

const openForm = async () => {
  await userEvent.click(await screen.findByRole('button', { name: '按乡镇或单位生成' }));
  return screen.findByRole('dialog', { name: '按乡镇或单位生成2026年10月公益性岗位岗位补贴发放花名册' });
};

describe('按乡镇或单位生成', () => {
  it('sends the 乡镇 chosen; without one it says so under the field and sends nothing', async () => {
    const fake = renderCard(() => ok(DETAIL));
    const dialog = await openForm();
    await userEvent.click(within(dialog).getByRole('button', { name: '生成花名册' }));
    await waitFor(() => expect(fieldItem('乡镇(街道)')).toHaveTextContent('请选择乡镇(街道)'));
    expect(fake.callsTo('subsidies.generateBatch')).toEqual([]);
    await typeAndPick(within(dialog).getByRole('combobox', { name: '乡镇(街道)' }), '塔什米里克乡');
    await userEvent.click(within(dialog).getByRole('button', { name: '生成花名册' }));
    expect(await onlyCallTo(fake.callsTo, 'subsidies.generateBatch')).toEqual({
      kind: 'post',
      month: '2026-10',
      scope: 'township',
      townshipId: 't2',
      employerId: null,
    });
    expect(await screen.findByText(`${DETAIL.name}已生成`)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('sends the 用人单位 chosen and shows the core’s refusal under it, the form staying open', async () => {
    const message = '乌帕尔镇人民政府2026年10月有 2 人的考勤已列入“2026年10月公益性岗位岗位补贴发放花名册”。';
    const fake = renderCard(() => failed('RULE_VIOLATION', message, { employerId: '已有 2 人列入其他花名册' }));
    const dialog = await openForm();
    await chooseRadio('用人单位', dialog);
    await typeAndPick(within(dialog).getByRole('combobox', { name: '用人单位' }), '乌帕尔镇人民政府');
    await userEvent.click(within(dialog).getByRole('button', { name: '生成花名册' }));
    expect(await onlyCallTo(fake.callsTo, 'subsidies.generateBatch')).toEqual({
      kind: 'post',
      month: '2026-10',
      scope: 'employer',
      townshipId: null,
      employerId: 'e1',
    });
    await waitFor(() => expect(fieldItem('用人单位')).toHaveTextContent('已有 2 人列入其他花名册'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
