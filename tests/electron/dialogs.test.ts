import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs, safeFileName, type FileDialogDeps } from '../../electron/main/dialogs';

vi.mock('electron', () => ({}));

function setup(choice: { canceled: boolean; filePath?: string }, writeFile = vi.fn(async () => undefined)) {
  const showSaveDialog = vi.fn(async () => choice);
  const win = { id: 1 };
  const dialogs = createFileDialogs({
    dialog: { showSaveDialog } as unknown as FileDialogDeps['dialog'],
    window: () => win as never,
    defaultDir: () => '/home/clerk/Documents',
    writeFile,
  });
  return { dialogs, showSaveDialog, writeFile, win };
}

describe('FileDialogs.saveFile', () => {
  it('shows the Chinese save dialog for Excel workbooks, modal to the window', async () => {
    const { dialogs, showSaveDialog, win } = setup({ canceled: true });
    await dialogs.saveFile('2025年3月花名册.xlsx', 'AA==');
    const [parent, options] = showSaveDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options.title).toBe('保存文件');
    expect(options.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(options.defaultPath).toBe(join('/home/clerk/Documents', '2025年3月花名册.xlsx'));
  });

  it('returns { saved: false } and writes nothing when cancelled', async () => {
    const { dialogs, writeFile } = setup({ canceled: true });
    await expect(dialogs.saveFile('a.xlsx', 'AA==')).resolves.toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('writes the decoded bytes to the chosen path', async () => {
    const { dialogs, writeFile } = setup({ canceled: false, filePath: '/tmp/out.xlsx' });
    await expect(dialogs.saveFile('a.xlsx', Buffer.from('PK\u0003\u0004').toString('base64'))).resolves.toEqual({
      saved: true,
      path: '/tmp/out.xlsx',
    });
    expect(writeFile).toHaveBeenCalledWith('/tmp/out.xlsx', Buffer.from('PK\u0003\u0004'));
  });

  it('offers a picture filter for a chart saved as PNG', async () => {
    const { dialogs, showSaveDialog, writeFile } = setup({ canceled: false, filePath: '/tmp/趋势' });
    await expect(dialogs.saveFile('登记失业人数趋势.png', 'iVBORw0KGgo=')).resolves.toEqual({
      saved: true,
      path: '/tmp/趋势.png',
    });
    const [, options] = showSaveDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>];
    expect(options.filters).toEqual([{ name: 'PNG 图片', extensions: ['png'] }]);
    expect(writeFile).toHaveBeenCalledWith('/tmp/趋势.png', Buffer.from('iVBORw0KGgo=', 'base64'));
  });

  it('adds the .xlsx extension a Linux dialog may leave off', async () => {
    const { dialogs, writeFile } = setup({ canceled: false, filePath: '/tmp/名单' });
    await expect(dialogs.saveFile('名单.xlsx', 'AA==')).resolves.toEqual({ saved: true, path: '/tmp/名单.xlsx' });
    expect(writeFile.mock.calls[0]).toContain('/tmp/名单.xlsx');
  });

  it('reports a file that cannot be written in Chinese', async () => {
    const busy = vi.fn(async () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    });
    const { dialogs } = setup({ canceled: false, filePath: '/tmp/open-in-excel.xlsx' }, busy);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await dialogs.saveFile('a.xlsx', 'AA==');
    expect(result.saved).toBe(false);
    expect(result.error).toMatch(/Excel/);
    expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps only a plain file name from the suggestion', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Windows\\x.xlsx')).toBe('x.xlsx');
    expect(safeFileName('a:b?.xlsx')).toBe('a_b_.xlsx');
    expect(safeFileName('')).toBe('导出.xlsx');
  });
});

describe('FileDialogs.chooseFolder', () => {
  function folderSetup(choice: { canceled: boolean; filePaths: string[] }, withWindow = true) {
    const showOpenDialog = vi.fn(async () => choice);
    const win = { id: 1 };
    const dialogs = createFileDialogs({
      dialog: { showOpenDialog } as unknown as FileDialogDeps['dialog'],
      window: () => (withWindow ? (win as never) : null),
      defaultDir: () => '/home/clerk/Documents',
    });
    return { dialogs, showOpenDialog, win };
  }

  it('shows a Chinese folder dialog modal to the window and returns the folder', async () => {
    const { dialogs, showOpenDialog, win } = folderSetup({ canceled: false, filePaths: ['/media/clerk/U盘'] });
    await expect(dialogs.chooseFolder('选择保存备份的U盘或文件夹')).resolves.toEqual({ path: '/media/clerk/U盘' });
    const [parent, options] = showOpenDialog.mock.calls[0] as unknown as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: '选择保存备份的U盘或文件夹',
      defaultPath: '/home/clerk/Documents',
      buttonLabel: '选择此文件夹',
    });
    expect(options.properties).toContain('openDirectory');
  });

  it('returns null when cancelled, and a default title when none is given', async () => {
    const { dialogs, showOpenDialog } = folderSetup({ canceled: true, filePaths: [] }, false);
    await expect(dialogs.chooseFolder('  ')).resolves.toEqual({ path: null });
    const [options] = showOpenDialog.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(options.title).toBe('选择文件夹');
  });
});
