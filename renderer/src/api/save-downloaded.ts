// Saving a file the core wrote (an export, a template, an error list): the desktop app asks where to save
// with the native dialog (the preload's saveFile); browser mode downloads it (ARCHITECTURE §7).

interface SaveOutcome {
  /** False when the clerk closed the save dialog, or the file could not be written. */
  saved: boolean;
  /** A Chinese sentence when the file could not be written. */
  error?: string;
}

interface SaveBridge {
  saveFile(suggestedName: string, contentBase64: string): Promise<SaveOutcome>;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function saveBridge(): SaveBridge | null {
  const bridge = (window as unknown as { taizhang?: Partial<SaveBridge> }).taizhang;
  return bridge && typeof bridge.saveFile === 'function' ? (bridge as SaveBridge) : null;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands the file to the clerk: native save dialog in the desktop app, a download in the browser. */
export async function saveDownloaded(fileName: string, contentBase64: string, mime = XLSX_MIME): Promise<SaveOutcome> {
  const bridge = saveBridge();
  if (bridge) {
    try {
      const r = await bridge.saveFile(fileName, contentBase64);
      return { saved: !!r?.saved, ...(r?.error ? { error: r.error } : {}) };
    } catch {
      return { saved: false, error: '文件无法保存，请重试。' };
    }
  }
  const url = URL.createObjectURL(new Blob([base64ToBytes(contentBase64)], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy by the time the page could need the memory back.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true };
}
