// The browser's download, stubbed for the renderer tests: the object URL and the anchor click that saves a file.
import { vi } from 'vitest';

export interface ClickedDownload {
  download: string;
  href: string;
}

/**
 * Stubs URL.createObjectURL (answering `href`), URL.revokeObjectURL and the anchor click, and returns the list the
 * clicks are recorded in (each download's file name and address). Call it in beforeEach; vi.restoreAllMocks undoes it.
 */
export function stubDownloads(href = 'blob:taizhang/1'): ClickedDownload[] {
  const clicked: ClickedDownload[] = [];
  vi.spyOn(URL, 'createObjectURL').mockReturnValue(href);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  return clicked;
}
