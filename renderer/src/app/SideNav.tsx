import { Menu, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { MODULES, moduleOfPath, type AppModule } from './modules';

/**
 * Left navigation: one entry per module; modules not built yet carry a grey 尚未开放 tag, modules with work lists
 * the count of what waits there (UI.md: work lists have a count badge in the navigation).
 */
export function SideNav() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = moduleOfPath(pathname);

  const label = (m: AppModule): ReactNode =>
    m.ready ? (
      <span>
        {m.label}
        {m.badge}
      </span>
    ) : (
      <span>
        {m.label}
        <Tag style={{ marginInlineStart: 4, marginInlineEnd: 0, fontSize: 10, lineHeight: '16px', paddingInline: 2 }}>
          尚未开放
        </Tag>
      </span>
    );

  return (
    <nav aria-label="功能模块">
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        selectedKeys={current ? [current.path] : []}
        onClick={({ key }) => navigate(key)}
        items={MODULES.map((m) => ({ key: m.path, icon: m.icon, label: label(m) }))}
      />
    </nav>
  );
}
