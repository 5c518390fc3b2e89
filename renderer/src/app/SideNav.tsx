import { Menu, Tag } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { MODULES, moduleOfPath } from './modules';

/** Left navigation: one entry per module; modules not built yet carry a grey 尚未开放 tag. */
export function SideNav() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = moduleOfPath(pathname);
  return (
    <nav aria-label="功能模块">
      <Menu
        mode="inline"
        style={{ borderInlineEnd: 'none' }}
        selectedKeys={current ? [current.path] : []}
        onClick={({ key }) => navigate(key)}
        items={MODULES.map((m) => ({
          key: m.path,
          icon: m.icon,
          label: m.ready ? (
            m.label
          ) : (
            <span>
              {m.label}
              <Tag style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}>尚未开放</Tag>
            </span>
          ),
        }))}
      />
    </nav>
  );
}
