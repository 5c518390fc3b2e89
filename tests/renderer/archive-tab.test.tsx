import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArchiveView } from '../../shared/contract/archive';
import { jobEnded, ok } from './fake-api';
import { openSettingsTab } from './settings-page';
import { SOON } from './queries';

// 设置 → 档案到期 (CFG-31): the list, and the purge's confirmation — it names the count and 删除 stays disabled
// until 确认删除 is typed; only then is archive.purge called, with the count shown.

const VIEW: ArchiveView = {
  years: 5,
  cutoff: '2021-11-28',
  total: 2,
  persons: [
    { id: 'p1', name: '旧甲', idNumberMasked: '653121********0115', township: '乌帕尔镇', lastActivity: '2021-11-27' },
    { id: 'p2', name: '旧乙', idNumberMasked: '653121********0131', township: null, lastActivity: '2020-03-01' },
  ],
};
const done = (data: unknown) => jobEnded('job-1', ok(data), { channel: 'archive' });

const open = () =>
  openSettingsTab('archive', {
    'archive.list': () => ok(VIEW),
    'archive.purge': () => ok({ jobId: 'job-1' }),
    'jobs.status': () =>
      done({ persons: 2, deleted: { persons: 2 }, backup: 'taizhang-before-purge-20261128-090000.db' }),
  });

describe('档案到期', () => {
  it('lists the expired cases with the period and the cutoff', async () => {
    open();
    const table = await screen.findByRole('table', { name: '到期档案' });
    expect(await within(table).findByText('旧甲')).toBeInTheDocument();
    expect(within(table).getByText('2020-03-01')).toBeInTheDocument();
    expect(screen.getByText(/保存期限 5 年：最后一次业务在 2021-11-28 之前的到期档案共 2 人/)).toBeInTheDocument();
  });

  it('the purge asks for 确认删除 and names the count; cancelling or a wrong word calls nothing', async () => {
    const fake = open();
    await screen.findByText('旧甲');
    await userEvent.click(screen.getByRole('button', { name: '删除到期档案' }));
    const dialog = await screen.findByRole('dialog', { name: '删除 2 人的到期档案' });
    const confirm = within(dialog).getByRole('button', { name: '删除' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('确认文字'), '删除');
    expect(confirm).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '删除 2 人的到期档案' })).toBeNull(), SOON);
    expect(fake.callsTo('archive.purge')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: '删除到期档案' }));
    const again = await screen.findByRole('dialog', { name: '删除 2 人的到期档案' });
    expect(within(again).getByLabelText('确认文字')).toHaveValue('');
    await userEvent.type(within(again).getByLabelText('确认文字'), '确认删除');
    await userEvent.click(within(again).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(fake.callsTo('archive.purge')).toEqual([{ count: 2, confirm: '确认删除' }]), SOON);
    expect(await screen.findByText(/已删除 2 人的到期档案/, {}, SOON)).toBeInTheDocument();
  });
});
