import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu, type MenuDeps } from '../../electron/main/menu';

vi.mock('electron', () => ({}));

const submenu = (t: MenuItemConstructorOptions[], label: string) =>
  (t.find((i) => i.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const items = (t: MenuItemConstructorOptions[], label: string) =>
  submenu(t, label)
    .filter((i) => i.type !== 'separator')
    .map((i) => [i.label, i.role]);

describe('application menu', () => {
  const template = buildMenuTemplate({ packaged: true, showAbout: () => undefined });

  it('has exactly the four Chinese top-level menus', () => {
    expect(template.map((i) => i.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('uses roles with Chinese labels', () => {
    expect(items(template, '文件')).toEqual([['退出', 'quit']]);
    expect(items(template, '编辑')).toEqual([
      ['撤销', 'undo'],
      ['重做', 'redo'],
      ['剪切', 'cut'],
      ['复制', 'copy'],
      ['粘贴', 'paste'],
      ['全选', 'selectAll'],
    ]);
    expect(items(template, '视图')).toEqual([
      ['重新加载', 'reload'],
      ['实际大小', 'resetZoom'],
      ['放大', 'zoomIn'],
      ['缩小', 'zoomOut'],
      ['全屏', 'togglefullscreen'],
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const dev = buildMenuTemplate({ packaged: false, showAbout: () => undefined });
    expect(submenu(dev, '视图').map((i) => i.role)).toContain('toggleDevTools');
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('帮助 → 关于就业援助台账 shows the version in a message box', () => {
    let built: MenuItemConstructorOptions[] = [];
    const showMessageBox = vi.fn(async () => ({ response: 0, checkboxChecked: false }));
    const win = { id: 1 };
    installMenu({
      Menu: {
        buildFromTemplate: vi.fn((t) => ((built = t), t)),
        setApplicationMenu: vi.fn(),
      } as unknown as MenuDeps['Menu'],
      dialog: { showMessageBox } as unknown as MenuDeps['dialog'],
      window: () => win as never,
      version: '0.1.0',
      packaged: true,
    });
    const about = submenu(built, '帮助')[0];
    expect(about.label).toBe('关于就业援助台账');
    (about.click as () => void)();
    const [parent, options] = showMessageBox.mock.calls[0] as unknown as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options.title).toBe('关于就业援助台账');
    expect(String(options.detail)).toContain('版本 0.1.0');
    expect(options.buttons).toEqual(['确定']);
  });
});
