import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, BackupSettings } from '../../shared/contract/backups';
import { jobEnded, ok, type FakeHandlers } from './fake-api';
import { fillIn, retype, SOON } from './queries';
import { openSettingsTab } from './settings-page';

// 设置 → 备份与恢复 (issue 20): the list, 立即备份, a backup to take away, 校验 and 恢复 as jobs, the passphrase.

const COUNTS = {
  persons: 1234,
  registrations: 980,
  contacts: 0,
  employers: 3,
  posts: 0,
  placements: 0,
  internships: 0,
};
// Local times, so the page must show them as they are whatever the machine's time zone.
const AT_0830 = new Date(2026, 10, 28, 8, 30).toISOString();
const AT_1715 = new Date(2026, 10, 27, 17, 15).toISOString();

function entry(over: Partial<BackupEntry>): BackupEntry {
  return {
    kind: 'auto',
    createdAt: AT_0830,
    day: '2026-11-28',
    appVersion: '0.1.0',
    schemaVersion: 7,
    counts: COUNTS,
    name: 'taizhang-auto-20261128-083000.db',
    folder: null,
    sizeBytes: 3 * 1024 * 1024 + 200_000,
    encrypted: false,
    readable: true,
    problem: null,
    ...over,
  };
}

const PLAIN = entry({});
const ON_STICK = entry({
  kind: 'manual',
  createdAt: AT_1715,
  name: 'taizhang-manual-20261127-171500.tzbak',
  folder: '/media/u',
  encrypted: true,
  sizeBytes: 800 * 1024,
});
const BEFORE = entry({ kind: 'before-restore', name: 'taizhang-before-restore-20261128-090000.db' });
const BACKUP_SETTINGS: BackupSettings = {
  keepDaily: 7,
  keepMonthly: 12,
  passphraseSet: true,
  folder: '/home/clerk/.config/就业援助台账/backups',
};

const done = (data: unknown) => jobEnded('job-1', ok(data), { channel: 'backups' });

let jobResult: unknown = null;
function handlers(over: FakeHandlers = {}): FakeHandlers {
  return {
    'backups.settings': () => ok(BACKUP_SETTINGS),
    'backups.list': ({ folder }) => ok({ items: folder ? [ON_STICK] : [PLAIN] }),
    'backups.create': () => ((jobResult = { backup: entry({ kind: 'manual' }), file: null }), ok({ jobId: 'job-1' })),
    'backups.verify': () => (
      (jobResult = { ok: true, message: '备份完好，可以用于恢复。', schemaVersion: 7 }),
      ok({ jobId: 'job-1' })
    ),
    'backups.restore': () => (
      (jobResult = { undo: BEFORE, restored: ON_STICK, schemaVersion: 7 }),
      ok({ jobId: 'job-1' })
    ),
    'jobs.status': () => done(jobResult),
    ...over,
  };
}

const open = (over: FakeHandlers = {}) => openSettingsTab('backups', handlers(over));

beforeEach(() => {
  jobResult = null;
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { taizhang?: unknown }).taizhang;
});

describe('备份与恢复', () => {
  it('lists the backups with local time, kind, counts, size and encryption, and the settings', async () => {
    open();
    const row = (await screen.findByText('2026-11-28 08:30')).closest('tr')!;
    expect(within(row).getByText('每日自动')).toBeInTheDocument();
    expect(within(row).getByText('人员 1,234 · 登记 980 · 用人单位 3')).toBeInTheDocument();
    expect(within(row).getByText('3.2 MB')).toBeInTheDocument();
    expect(within(row).getByText('否')).toBeInTheDocument();
    expect(screen.getByText(BACKUP_SETTINGS.folder)).toBeInTheDocument();
    expect(screen.getByText(/保留最近 7 天、最近 12 个月的备份/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '备份与恢复', selected: true })).toBeInTheDocument();
  });

  it('立即备份 backs up to the data folder and reads the list again', async () => {
    const fake = open();
    await screen.findByText('2026-11-28 08:30');
    const before = fake.callsTo('backups.list').length;
    await userEvent.click(screen.getByRole('button', { name: '立即备份' }));
    await waitFor(() => expect(fake.callsTo('backups.create')).toEqual([{ target: 'dataFolder' }]), SOON);
    await waitFor(() => expect(fake.callsTo('backups.list').length).toBeGreaterThan(before), SOON);
    expect(await screen.findByText(/已备份到数据文件夹/, {}, SOON)).toBeInTheDocument();
  });

  it('desktop: backs up to a chosen folder with the passphrase, then shows that folder', async () => {
    const chooseFolder = vi.fn(async () => ({ path: '/media/u' }));
    (window as { taizhang?: unknown }).taizhang = { chooseFolder };
    const fake = open();
    await userEvent.click(await screen.findByRole('button', { name: '备份到U盘/文件夹' }));
    const dialog = await screen.findByRole('dialog', { name: '备份到U盘/文件夹' });
    expect(within(dialog).getByText(/\/media\/u/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '开始备份' }));
    expect(await within(dialog).findByText('请输入备份口令')).toBeInTheDocument();
    expect(fake.callsTo('backups.create')).toEqual([]);
    await fillIn(within(dialog).getByLabelText('备份口令'), 'county-secret-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '开始备份' }));
    await waitFor(
      () =>
        expect(fake.callsTo('backups.create')).toEqual([
          { target: 'folder', folder: '/media/u', passphrase: 'county-secret-1' },
        ]),
      SOON,
    );
    expect(await screen.findByText('/media/u 中的备份', {}, SOON)).toBeInTheDocument();
    await waitFor(() => expect(fake.callsTo('backups.list')).toContainEqual({ folder: '/media/u' }));
    expect(await screen.findByText('已加密')).toBeInTheDocument();
  });

  it('browser: without a passphrase set, a download first asks to set one', async () => {
    const fake = open({ 'backups.settings': () => ok({ ...BACKUP_SETTINGS, passphraseSet: false }) });
    await userEvent.click(await screen.findByRole('button', { name: '下载加密备份' }));
    expect(await screen.findByRole('dialog', { name: '设置备份口令' })).toBeInTheDocument();
    expect(fake.callsTo('backups.create')).toEqual([]);
    expect(screen.queryByRole('button', { name: '备份到U盘/文件夹' })).toBeNull();
  });

  it('restore names what will be replaced, asks for the passphrase, and invalidates every cached read', async () => {
    (window as { taizhang?: unknown }).taizhang = { chooseFolder: vi.fn(async () => ({ path: '/media/u' })) };
    const fake = open();
    await userEvent.click(await screen.findByRole('button', { name: '查看U盘/文件夹中的备份' }));
    const row = (await screen.findByText('2026-11-27 17:15', {}, SOON)).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
    const dialog = await screen.findByRole('dialog', { name: '恢复备份' });
    expect(dialog).toHaveTextContent(
      '将用 2026-11-27 17:15 的手动备份（人员 1,234 · 登记 980 · 用人单位 3）替换当前台账中的全部数据',
    );
    expect(dialog).toHaveTextContent('恢复前程序会先把当前台账备份为“恢复前”备份');
    const settingsReads = fake.callsTo('backups.settings').length;
    await fillIn(within(dialog).getByLabelText('备份口令'), 'county-secret-1');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    await waitFor(
      () =>
        expect(fake.callsTo('backups.restore')).toEqual([
          { name: ON_STICK.name, folder: '/media/u', passphrase: 'county-secret-1' },
        ]),
      SOON,
    );
    const result = await screen.findByText(/恢复前的台账已保存为 2026-11-28 08:30 的恢复前备份/, {}, SOON);
    expect(result).toBeInTheDocument();
    // Reads not tied to backups were invalidated too: the settings are read again.
    await waitFor(() => expect(fake.callsTo('backups.settings').length).toBeGreaterThan(settingsReads), SOON);
  });

  it('校验 of a plain backup runs at once and shows what the check found', async () => {
    const fake = open();
    const row = (await screen.findByText('2026-11-28 08:30')).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: '校验' }));
    await waitFor(
      () => expect(fake.callsTo('backups.verify')).toEqual([{ name: PLAIN.name, folder: null, passphrase: null }]),
      SOON,
    );
    expect(await screen.findByText('备份完好，可以用于恢复。', {}, SOON)).toBeInTheDocument();
  });

  it('the passphrase form checks length and repetition before it writes', async () => {
    const fake = open({ 'backups.setPassphrase': () => ok({ ...BACKUP_SETTINGS }) });
    await userEvent.click(await screen.findByRole('button', { name: '修改口令' }));
    const dialog = await screen.findByRole('dialog', { name: '修改备份口令' });
    await fillIn(within(dialog).getByLabelText('现在的口令'), 'old-secret-1');
    await userEvent.type(within(dialog).getByLabelText('新口令'), 'short');
    await userEvent.type(within(dialog).getByLabelText('再次输入新口令'), 'short');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('备份口令至少8个字符')).toBeInTheDocument();
    await retype(within(dialog).getByLabelText('新口令'), 'new-secret-2');
    await retype(within(dialog).getByLabelText('再次输入新口令'), 'new-secret-3');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('两次输入的新口令不一致')).toBeInTheDocument();
    expect(fake.callsTo('backups.setPassphrase')).toEqual([]);
    await retype(within(dialog).getByLabelText('再次输入新口令'), 'new-secret-2');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() =>
      expect(fake.callsTo('backups.setPassphrase')).toEqual([{ passphrase: 'new-secret-2', current: 'old-secret-1' }]),
    );
  });
});
