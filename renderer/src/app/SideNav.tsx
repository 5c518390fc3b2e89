import { Badge, Menu, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useWorklistCounts } from '../features/registrations/useWorklistCounts';
import { MODULES, moduleOfPath, type AppModule } from './modules';

const REGISTRATIONS = '/registrations';

/**
 * Left navigation: one entry per module; modules not built yet carry a grey 尚未开放 tag. 失业登记与联系 carries
 * the count of 本月待联系 of the working month (UI.md: work lists have a count badge in the navigation).
 */
export function SideNav() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = moduleOfPath(pathname);
  const counts = useWorklistCounts();

  const label = (m: AppModule): ReactNode => {
    if (!m.ready) {
      return (
        <span>
          {m.label}
          <Tag style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}>尚未开放</Tag>
        </span>
      );
    }
    if (m.path === REGISTRATIONS && counts && counts.toContact > 0) {
      const title = `本月待联系 ${counts.toContact} 人，6个月未联系 ${counts.lostContact} 人，首次联系待办 ${counts.firstContactDue} 人`;
      return (
        <span title={title}>
          {m.label}
          <Badge count={counts.toContact} overflowCount={9999} size="small" style={{ marginInlineStart: 6 }} aria-label={`本月待联系 ${counts.toContact} 人`} />
        </span>
      );
    }
    return m.label;
  };

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
