// The desktop app's choose-folder dialog (preload chooseFolder); absent in browser mode, where a backup to take
// away is an encrypted download instead.

interface FolderBridge {
  chooseFolder(title: string): Promise<{ path: string | null }>;
}

function bridge(): FolderBridge | null {
  const b = (window as unknown as { taizhang?: Partial<FolderBridge> }).taizhang;
  return b && typeof b.chooseFolder === 'function' ? (b as FolderBridge) : null;
}

/** True in the desktop app, where a folder (a USB stick) can be chosen. */
export const canChooseFolder = (): boolean => bridge() !== null;

/** The chosen folder's path, or null when cancelled or unavailable. */
export async function chooseFolder(title: string): Promise<string | null> {
  const b = bridge();
  if (!b) return null;
  try {
    return (await b.chooseFolder(title)).path;
  } catch {
    return null;
  }
}
