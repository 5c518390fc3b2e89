import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RecognitionDetail } from '../../shared/contract/recognitions';
import { REG } from './contact-fixtures';
import { ok } from './fake-api';
import { ABDU, RECOGNISED } from './person-fixtures';
import { SOON } from './queries';
import { confirmedCall, deleteGiving, deletesWithReason, openDelete } from './record-removal';
import { renderPersonRecognitions } from './recognition-scene';
import { registrationCard, renderRegistrationTab, showRegistrationTab } from './registration-tab';

// A 失业登记 or 认定申请 entered on the wrong person (migration 0026): 删除 on the person page asks the reason and
// names what goes; 已删除 lists the deleted ones with who, when and why, and 恢复 asks first.

const GONE = {
  deletedAt: '2025-03-14T09:00:00Z',
  deletedBy: '古丽',
  deleteReason: '登记错了人',
};
const REG_NAME = `${ABDU.name} 2025-03-03 的失业登记`;

function renderRegistrations(deleted: { id: string; warnings?: Record<string, string> } = { id: REG.id }) {
  return renderRegistrationTab(REG, {
    over: {
      'registrations.listDeleted': () =>
        ok({
          items: [
            {
              id: '01900000-0000-7000-8000-0000000000b2',
              regDate: '2025-02-01',
              regPlaceName: '乌帕尔镇',
              serviceLevel: 'C' as const,
              responsibleStaff: '买买提',
              ...GONE,
            },
          ],
        }),
      'registrations.delete': () => ok(deleted),
      'registrations.restore': () => ok({ id: REG.id, registration: REG }),
    },
  });
}

const PENDING: RecognitionDetail = {
  ...RECOGNISED,
  categories: [...RECOGNISED.categories],
  status: '01',
  statusLabel: '申请中',
  stage: 'village',
  stageLabel: '待初审',
  noticeStart: null,
  noticeEnd: null,
  recognitionDate: null,
  steps: [RECOGNISED.steps[0]],
};

function renderRecognitions(items: RecognitionDetail[]) {
  return renderPersonRecognitions({
    'recognitions.listByPerson': () => ok({ items }),
    'recognitions.listDeleted': () =>
      ok({ items: [{ id: 'r9', applyDate: '2024-12-01', categories: '低保对象', ...GONE }] }),
    'recognitions.delete': () => ok({ id: PENDING.id }),
    'recognitions.restore': () => ok(PENDING),
  });
}

describe('删除 and 恢复 of a 失业登记 and a 认定申请 on the person page', { timeout: 60_000 }, () => {
  it('删除 of a registration without contacts names it, asks the reason and deletes only with one', async () => {
    const fake = renderRegistrations();
    const dialog = await openDelete(await registrationCard(REG));
    await deletesWithReason(dialog, fake.callsTo, {
      title: '删除失业登记',
      named: REG_NAME,
      channel: 'registrations.delete',
      id: REG.id,
      reason: '登记错了人',
    });
  });

  it('says what 删除 could not do: the 就业状态 of a registration made before it was kept stays 失业', async () => {
    const left = '就业状态仍为“失业”：这条失业登记办理时尚未记录原来的就业状态，无法自动改回，请在人员信息中核对并修改';
    renderRegistrations({ id: REG.id, warnings: { employmentStatus: left } });
    await deleteGiving(await openDelete(await registrationCard(REG)), '登记错了人');
    expect(await screen.findByText(`已删除“${REG_NAME}”`, {}, SOON)).toBeInTheDocument();
    expect(await screen.findByText(`请核对：${left}`, {}, SOON)).toBeInTheDocument();
  });

  it('a registration with contacts offers no 删除 (注销 instead)', async () => {
    const card = await showRegistrationTab({ ...REG, contactCount: 2 });
    expect(within(card).getByRole('button', { name: '注销登记' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });

  it('已删除 lists the deleted registrations with who, when and why, and 恢复 asks first', async () => {
    const fake = renderRegistrations();
    await userEvent.click(await screen.findByRole('switch', { name: '已删除' }, SOON));
    const table = await screen.findByRole('table', { name: '已删除的失业登记' }, SOON);
    const row = (await within(table).findByText('2025-02-01', {}, SOON)).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('登记错了人');
    expect(row).toHaveTextContent('古丽');
    await userEvent.click(within(row).getByRole('button', { name: `恢复 ${ABDU.name} 2025-02-01 的失业登记` }));
    await confirmedCall(fake.callsTo, {
      question: /^确定恢复“.*2025-02-01 的失业登记”吗？/,
      button: '恢复',
      channel: 'registrations.restore',
      input: { id: '01900000-0000-7000-8000-0000000000b2' },
    });
  });

  it('删除 of an application awaiting its first review asks the reason; a decided one offers none; 已删除 restores', async () => {
    const fake = renderRecognitions([PENDING]);
    const dialog = await openDelete(await screen.findByRole('region', { name: `认定 ${PENDING.applyDate}` }, SOON));
    expect(dialog).toHaveTextContent(`确定删除“${ABDU.name} 2025-01-06 的认定申请”吗？`);
    await deleteGiving(dialog, '录错了人');
    await waitFor(() => expect(fake.callsTo('recognitions.delete')).toEqual([{ id: PENDING.id, reason: '录错了人' }]));

    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    const table = await screen.findByRole('table', { name: '已删除的认定申请' }, SOON);
    await userEvent.click(await within(table).findByRole('button', { name: /^恢复 / }, SOON));
    await confirmedCall(fake.callsTo, {
      question: /^确定恢复“.*2024-12-01 的认定申请”吗？/,
      button: '恢复',
      channel: 'recognitions.restore',
      input: { id: 'r9' },
    });
  });

  it('a recognised application offers no 删除', async () => {
    renderRecognitions([RECOGNISED as unknown as RecognitionDetail]);
    const section = await screen.findByRole('region', { name: `认定 ${RECOGNISED.applyDate}` }, SOON);
    expect(within(section).getByRole('button', { name: '退出认定' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });
});
