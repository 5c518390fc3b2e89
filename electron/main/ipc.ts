import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, type Result } from '../../shared/contract';
import type { CoreHost } from '../core/host';
import { SESSION_CLOSER, takeSession } from '../core/session-reply';
import { IPC, checkedSaveFile, type ChooseFolderResult, type SaveFileResult } from '../preload/api-types';
import type { FileDialogs } from './dialogs';

// Binds the contract to Electron IPC. Written against small interfaces so the tests drive it
// with fakes; index.ts passes the real ipcMain, core host, dialogs and window.

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
type HostLike = Pick<CoreHost, 'invoke' | 'onProgress'>;

interface BindOptions {
  /** True for the app's own page (window.ts isAppUrl bound to the page). */
  isAppUrl: (url: string) => boolean;
  dialogs: FileDialogs;
  /** The contents that receive progress events; null while no window is open. */
  target: () => WebContents | null | undefined;
}

export const FOREIGN_SENDER_MESSAGE = '拒绝来自程序以外页面的请求。';

/** Every IPC name this binding handles: one per contract channel, plus save-file and choose-folder. */
export function handledNames(): string[] {
  return [...CHANNELS.map((c) => IPC.prefix + c), IPC.saveFile, IPC.chooseFolder];
}

/** Only the main frame of the app's own page may call in; anything else is refused before the core sees it. */
function assertAppSender(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
    throw new Error(FOREIGN_SENDER_MESSAGE);
  }
}

/**
 * Binds every contract channel exactly once and forwards core progress. Returns a function that unbinds all.
 * The signed-in session is held here in the main process (issue 19): the sign-in replies' token is taken out
 * before the page sees them, and every later call carries it to the core.
 */
export function bindContract(ipcMain: IpcMainLike, host: HostLike, options: BindOptions): () => void {
  const bound: string[] = [];
  let session: string | null = null;
  for (const channel of new Set(CHANNELS)) {
    const name = IPC.prefix + channel;
    ipcMain.handle(name, async (event, input: unknown): Promise<Result<unknown>> => {
      assertAppSender(event, options.isAppUrl);
      const reply = await host.invoke(channel, input, session);
      const taken = takeSession(channel, reply);
      if (taken.session) session = taken.session;
      else if (channel === SESSION_CLOSER) session = null;
      return taken.result;
    });
    bound.push(name);
  }

  ipcMain.handle(IPC.saveFile, (event, suggestedName: unknown, contentBase64: unknown): Promise<SaveFileResult> => {
    assertAppSender(event, options.isAppUrl);
    return checkedSaveFile(suggestedName, contentBase64, (name, base64) => options.dialogs.saveFile(name, base64));
  });
  bound.push(IPC.saveFile);

  ipcMain.handle(IPC.chooseFolder, (event, title: unknown): Promise<ChooseFolderResult> => {
    assertAppSender(event, options.isAppUrl);
    return options.dialogs.chooseFolder(typeof title === 'string' ? title : '');
  });
  bound.push(IPC.chooseFolder);

  const stopProgress = host.onProgress((status) => {
    const contents = options.target();
    if (contents && !contents.isDestroyed()) contents.send(IPC.progress, status);
  });

  return () => {
    stopProgress();
    for (const name of bound) ipcMain.removeHandler(name);
  };
}
