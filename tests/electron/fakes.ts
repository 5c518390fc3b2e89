// Recording fakes for the parts of Electron the shell uses. No test loads the real 'electron'.
import { vi } from 'vitest';

type Listener = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
}

export function fakeSession() {
  return {
    requestHandler: null as null | Listener,
    checkHandler: null as null | Listener,
    headersListener: null as null | Listener,
    setPermissionRequestHandler(h: Listener) {
      this.requestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      this.checkHandler = h;
    },
    webRequest: {
      onHeadersReceived: vi.fn(),
    },
  };
}

export class FakeWebContents extends FakeEmitter {
  session = fakeSession();
  windowOpenHandler: null | Listener = null;
  destroyed = false;
  sent: unknown[][] = [];
  setWindowOpenHandler(h: Listener) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  minimized = false;
  calls: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.calls.push('restore');
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
}

/** Behaves like ipcMain: a second handler for the same name throws. */
export function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const handle = vi.fn((name: string, fn: Listener) => {
    if (handlers.has(name)) throw new Error(`Attempted to register a second handler for '${name}'`);
    handlers.set(name, fn);
  });
  const removeHandler = vi.fn((name: string) => void handlers.delete(name));
  return { handlers, handle, removeHandler };
}

export const frameEvent = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
