// The shape of `window.taizhang`, for the renderer's API client, and the IPC names both sides of it use.
// No imports that run: the preload, the main process and the renderer can all include this file.
import type { Channel, ChannelInput, ChannelOutput, Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';

/** Outcome of the native save dialog. `error` is a Chinese sentence when the file could not be written. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}

/** Outcome of the native choose-folder dialog: the folder's absolute path, or null when cancelled. */
export interface ChooseFolderResult {
  path: string | null;
}

export interface TaizhangBridge {
  /** Calls one contract channel; a name outside the contract resolves to an UNKNOWN_CHANNEL Result. */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Shows the native save dialog (保存文件) and writes the bytes; `{ saved: false }` when cancelled. */
  saveFile(suggestedName: string, contentBase64: string): Promise<SaveFileResult>;
  /** Shows the native choose-folder dialog (e.g. a USB stick for a backup). */
  chooseFolder(title: string): Promise<ChooseFolderResult>;
  /** Progress of long jobs; returns the function that unsubscribes. */
  onProgress(listener: (status: JobStatus) => void): () => void;
}

/** IPC names shared by the preload and the main process: a contract channel's name is `prefix` + the channel. */
export const IPC = {
  prefix: 'taizhang:',
  saveFile: 'taizhang:save-file',
  progress: 'taizhang:progress',
  chooseFolder: 'taizhang:choose-folder',
} as const;

/** saveFile's arguments, checked on both sides of the bridge: `save` runs only with two strings. */
export function checkedSaveFile(
  suggestedName: unknown,
  contentBase64: unknown,
  save: (name: string, base64: string) => Promise<SaveFileResult>,
): Promise<SaveFileResult> {
  if (typeof suggestedName !== 'string' || typeof contentBase64 !== 'string') {
    return Promise.resolve({ saved: false, error: '保存文件的参数有误。' });
  }
  return save(suggestedName, contentBase64);
}
