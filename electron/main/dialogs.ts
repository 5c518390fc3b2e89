import { writeFile as fsWriteFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ChooseFolderResult, SaveFileResult } from '../preload/api-types';

// Native file dialogs of the desktop app. Saving a file and choosing a folder (a USB stick for a backup) need the
// main process: opening a file is done
// by the renderer's <input type="file">, which Electron shows as the native open dialog and which
// works the same in browser mode (`npm run serve`). In browser mode a download replaces saveFile.

export interface FileDialogs {
  saveFile(suggestedName: string, contentBase64: string): Promise<SaveFileResult>;
  chooseFolder(title: string): Promise<ChooseFolderResult>;
}

export interface FileDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** The window the dialog belongs to (modal to it); null shows a free-standing dialog. */
  window: () => BrowserWindow | null;
  /** Folder the dialog opens in, e.g. app.getPath('documents'). */
  defaultDir: () => string;
  writeFile?: (path: string, data: Buffer) => Promise<void>;
}

const XLSX_FILTER = { name: 'Excel 工作簿', extensions: ['xlsx'] };
/** Charts saved as pictures (首页's 保存为图片). */
const PNG_FILTER = { name: 'PNG 图片', extensions: ['png'] };

const WRITE_FAILED = '文件无法保存。如果该文件正在 Excel 中打开，请先关闭它，或换一个文件名后重试。';

/** Keeps only a plain file name: no folders, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const base = basename(String(name).replace(/\\/g, '/'));
  const cleaned = Array.from(base, (ch) => (ch.charCodeAt(0) < 32 || '<>:"/\\|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : '导出.xlsx';
}

export function createFileDialogs(deps: FileDialogDeps): FileDialogs {
  const write = deps.writeFile ?? ((path: string, data: Buffer) => fsWriteFile(path, data));
  return {
    async saveFile(suggestedName, contentBase64) {
      if (typeof contentBase64 !== 'string') return { saved: false, error: '没有要保存的内容。' };
      const name = safeFileName(suggestedName);
      const options: SaveDialogOptions = {
        title: '保存文件',
        defaultPath: join(deps.defaultDir(), name),
        buttonLabel: '保存',
        filters: [extname(name).toLowerCase() === '.png' ? PNG_FILTER : XLSX_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = deps.window();
      const choice = win ? await deps.dialog.showSaveDialog(win, options) : await deps.dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      // Some Linux dialogs do not add the filter's extension.
      const path = extname(choice.filePath) ? choice.filePath : `${choice.filePath}${extname(name) || '.xlsx'}`;
      try {
        await write(path, Buffer.from(contentBase64, 'base64'));
      } catch (err) {
        console.error('[saveFile]', err);
        return { saved: false, error: WRITE_FAILED };
      }
      return { saved: true, path };
    },
    async chooseFolder(title) {
      const options: OpenDialogOptions = {
        title: typeof title === 'string' && title.trim() ? title.trim().slice(0, 100) : '选择文件夹',
        defaultPath: deps.defaultDir(),
        buttonLabel: '选择此文件夹',
        properties: ['openDirectory', 'createDirectory'],
      };
      const win = deps.window();
      const choice = win ? await deps.dialog.showOpenDialog(win, options) : await deps.dialog.showOpenDialog(options);
      const path = choice.canceled ? undefined : choice.filePaths[0];
      return { path: path ?? null };
    },
  };
}
