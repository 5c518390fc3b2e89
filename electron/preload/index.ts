import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, type Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { IPC, checkedSaveFile, type ChooseFolderResult, type SaveFileResult, type TaizhangBridge } from './api-types';

// Sandboxed preload: bundled to one CommonJS file by electron-vite; its only import at run time is 'electron'.
// The page gets a fixed, frozen object; it never sees ipcRenderer.

/** The allow-list is the contract's channel list itself, so the two cannot drift apart. */
export const ALLOWED_CHANNELS: ReadonlySet<string> = new Set<string>(CHANNELS);

const unknownChannel = (channel: unknown): Promise<Result<never>> =>
  Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${String(channel)}` } });

export const api: TaizhangBridge = Object.freeze({
  invoke(channel: string, input: unknown) {
    // A Set lookup, not an object lookup: '__proto__', 'constructor' and the like are not channels.
    if (typeof channel !== 'string' || !ALLOWED_CHANNELS.has(channel)) return unknownChannel(channel);
    return ipcRenderer.invoke(IPC.prefix + channel, input);
  },
  saveFile(suggestedName: string, contentBase64: string): Promise<SaveFileResult> {
    return checkedSaveFile(suggestedName, contentBase64, (name, base64) =>
      ipcRenderer.invoke(IPC.saveFile, name, base64),
    );
  },
  chooseFolder(title: string): Promise<ChooseFolderResult> {
    return ipcRenderer.invoke(IPC.chooseFolder, typeof title === 'string' ? title : '');
  },
  onProgress(listener: (status: JobStatus) => void) {
    if (typeof listener !== 'function') return () => undefined;
    const relay = (_event: IpcRendererEvent, status: JobStatus) => listener(status);
    ipcRenderer.on(IPC.progress, relay);
    return () => {
      ipcRenderer.removeListener(IPC.progress, relay);
    };
  },
} as TaizhangBridge);

contextBridge.exposeInMainWorld('taizhang', api);
