import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContactHistory } from '../../renderer/src/features/registrations/ContactHistory';
import { CALL } from './contact-fixtures';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { dialogTitled, fieldItem, onlyCallTo } from './queries';
import { renderWithApp, renderWithFakeApi } from './render';

// 修改联系记录 from a registration's contact history: the recorded call in the form, the §3.4 rules before
// anything is sent, and contacts.update with the fields the quick form does not show sent back as stored.

const drawer = () => dialogTitled('修改联系记录：2025-03-10');

function setup() {
  return renderWithFakeApi(<ContactHistory registrationId="r1" onChanged={() => {}} />, {
    'contacts.listByRegistration': () => ok({ items: [CALL] }),
    'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
    'contacts.update': () =>
      ok({
        contact: { ...CALL, remark: '改为上门' },
        registration: {},
        levelRaised: null,
        personStatusUpdated: false,
        warnings: {},
      }),
  });
}

async function openEdit() {
  const table = await screen.findByRole('table', { name: '联系记录' });
  await userEvent.click(await within(table).findByRole('button', { name: '修改' }));
  expect(within(drawer()).getByLabelText('联系日期')).toHaveValue('2025-03-10');
  expect(within(drawer()).getByLabelText('联系人')).toHaveValue('阿依古丽');
}

describe('修改联系记录', { timeout: 60_000 }, () => {
  it('refuses a successful call left without a service under its field, and sends nothing', async () => {
    const fake = setup();
    await openEdit();
    const services = fieldItem('本次提供服务', drawer());
    // The one service chosen is taken away by keyboard, Backspace in the empty search box.
    await userEvent.type(within(drawer()).getByRole('combobox', { name: '本次提供服务' }), '{Backspace}');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await within(services).findByText('联系成功时请至少选择一项本次提供的服务')).toBeInTheDocument();
    expect(fake.callsTo('contacts.update')).toEqual([]);
  });

  it('sends the correction with 服务需求, 建议注销 and 服务结果 kept as stored', async () => {
    const fake = setup();
    await openEdit();
    await userEvent.type(within(drawer()).getByLabelText('备注'), '改为上门');
    await userEvent.click(within(drawer()).getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(fake.callsTo, 'contacts.update')).toEqual({
      id: 'c1',
      expectedUpdatedAt: CALL.updatedAt,
      contactDate: '2025-03-10',
      method: '1',
      result: '1',
      employmentStatusFound: '10',
      employerOrActivity: '',
      services: ['SV2'],
      jobsRecommended: null,
      jobWish: '1',
      nextContactDate: '2025-04-10',
      staff: '阿依古丽',
      remark: '改为上门',
      needs: ['SV2', 'SV3'],
      suggestCancel: true,
      suggestReason: 'C11',
      serviceResult: '已推荐培训',
    });
    expect(await screen.findByText('已修改 2025-03-10 的联系记录')).toBeInTheDocument();
  });
});

describe('删除联系记录', { timeout: 60_000 }, () => {
  it('asks first naming the call; the page reads again only after the core deleted it, and a refusal is shown', async () => {
    const REFUSED = '2025年3月已锁定，不能删除该月的联系记录';
    const answers = [failed('RULE_VIOLATION', REFUSED), ok({ id: 'c1' })];
    const fake = createFakeApi({
      'contacts.listByRegistration': () => ok({ items: [CALL] }),
      'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
      'contacts.delete': () => answers.shift() ?? failed('INTERNAL', 'unexpected'),
    });
    const onChanged = vi.fn();
    renderWithApp(<ContactHistory registrationId="r1" onChanged={onChanged} />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '联系记录' });
    const remove = async () => {
      await userEvent.click(await within(table).findByRole('button', { name: '删除' }));
      const ask = (
        await screen.findAllByText(
          '确定删除 2025-03-10 的这条联系记录（电话，联系成功）吗？删除后不再计入联系次数和统计，可打开“已删除”恢复。',
        )
      ).at(-1) as HTMLElement;
      await userEvent.click(within(ask.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '删除' }));
    };

    await remove();
    expect(await screen.findByText(REFUSED)).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();

    await remove();
    expect(await screen.findByText('已删除 2025-03-10 的联系记录')).toBeInTheDocument();
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(fake.callsTo('contacts.delete')).toEqual([{ id: 'c1' }, { id: 'c1' }]);
  });
});

describe('已删除 and 恢复', { timeout: 60_000 }, () => {
  it('lists the deleted call greyed with 恢复 only; 恢复 asks first naming the call, then restores it', async () => {
    const DELETED = { ...CALL, deletedAt: '2025-03-12T02:00:00.000Z', deletedBy: '阿依古丽' };
    const fake = createFakeApi({
      'contacts.listByRegistration': (input) => ok({ items: input.includeDeleted ? [DELETED] : [] }),
      'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
      'contacts.restore': () => ok({ id: 'c1', contact: CALL, registration: {} }),
    });
    const onChanged = vi.fn();
    renderWithApp(<ContactHistory registrationId="r1" onChanged={onChanged} />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '联系记录' });
    expect(await within(table).findByText('尚无联系记录')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    const row = (await within(table).findByText('已删除')).closest('tr') as HTMLElement;
    expect(row).toHaveClass('row-deleted');
    expect(within(row).queryByRole('button', { name: '修改' })).toBeNull();
    expect(within(row).queryByRole('button', { name: '删除' })).toBeNull();
    expect(fake.callsTo('contacts.listByRegistration').at(-1)).toEqual({ registrationId: 'r1', includeDeleted: true });

    await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
    const ask = (
      await screen.findAllByText(
        '确定恢复 2025-03-10 的这条联系记录（电话，联系成功）吗？恢复后重新计入联系次数和统计。',
      )
    ).at(-1) as HTMLElement;
    expect(fake.callsTo('contacts.restore')).toEqual([]);
    await userEvent.click(within(ask.closest('.ant-modal') as HTMLElement).getByRole('button', { name: '恢复' }));
    expect(await screen.findByText('已恢复 2025-03-10 的联系记录')).toBeInTheDocument();
    expect(fake.callsTo('contacts.restore')).toEqual([{ id: 'c1' }]);
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });
});

describe('修改/删除 offered only where the core allows them', { timeout: 60_000 }, () => {
  const history = (locks: { month: string }[], readOnly?: boolean) =>
    renderWithFakeApi(<ContactHistory registrationId="r1" readOnly={readOnly} onChanged={() => {}} />, {
      'contacts.listByRegistration': () => ok({ items: [CALL] }),
      'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
      'periodLocks.list': () =>
        ok({
          locks: locks.map((l) => ({ ...l, lockedAt: '2025-04-02T08:00:00.000Z', lockedBy: '审核员', note: null })),
          events: [],
          lastEndedMonth: '2025-03',
        }),
    });

  it('a contact dated in a locked month says 已锁定 with the lock’s message, without 修改 or 删除', async () => {
    const fake = history([{ month: '2025-03' }]);
    const table = await screen.findByRole('table', { name: '联系记录' });
    const locked = await within(table).findByText('已锁定');
    expect(locked).toHaveAttribute(
      'title',
      '2025年3月已锁定（已上报），不能新增、修改或删除该月的联系记录；如需更正，请管理员解锁',
    );
    expect(within(table).queryByRole('button', { name: '修改' })).toBeNull();
    expect(within(table).queryByRole('button', { name: '删除' })).toBeNull();
    expect(fake.callsTo('periodLocks.list')).toEqual([{}]);
  });

  it('another month’s lock leaves them', async () => {
    history([{ month: '2025-02' }]);
    const table = await screen.findByRole('table', { name: '联系记录' });
    expect(await within(table).findByRole('button', { name: '修改' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: '删除' })).toBeInTheDocument();
  });

  it('offers neither on a deleted person’s (read-only) card', async () => {
    history([], true);
    const table = await screen.findByRole('table', { name: '联系记录' });
    expect(await within(table).findByText('2025-03-10')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: '修改' })).toBeNull();
    expect(within(table).queryByRole('button', { name: '删除' })).toBeNull();
    expect(within(table).queryByRole('columnheader', { name: '操作' })).toBeNull();
  });
});
