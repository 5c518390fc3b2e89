import type { BrowserWindow, Dialog, Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import { WINDOW_TITLE } from './window';

interface MenuOptions {
  /** Developer tools appear only in an unpackaged run. */
  packaged: boolean;
  showAbout: () => void;
}

/** The Chinese application menu. Roles give the standard behaviour and shortcuts. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!options.packaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });

  return [
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: `关于${WINDOW_TITLE}`, click: () => options.showAbout() }] },
  ];
}

export interface MenuDeps {
  Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  window: () => BrowserWindow | null;
  version: string;
  packaged: boolean;
}

function aboutText(version: string): { message: string; detail: string } {
  return { message: WINDOW_TITLE, detail: `版本 ${version}\n离线运行，数据只保存在本机。` };
}

export function installMenu(deps: MenuDeps): void {
  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: `关于${WINDOW_TITLE}`,
      buttons: ['确定'],
      ...aboutText(deps.version),
    };
    const win = deps.window();
    void (win ? deps.dialog.showMessageBox(win, options) : deps.dialog.showMessageBox(options));
  };
  deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(buildMenuTemplate({ packaged: deps.packaged, showAbout })));
}
