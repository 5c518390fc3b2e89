import { Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { KeepsInputWithin } from './LeaveGuard';

interface ModuleTab {
  key: string;
  label: ReactNode;
  children: ReactNode;
}

/**
 * A module page made of tabs, one address each (#/{base}/{tab}): the module's title, then its tabs; choosing a tab
 * goes to its address, and a missing or unknown `tab` opens the first. A tab's content is unmounted when it is left,
 * unless `keepMounted` (a tab keeps its unsaved input when the clerk looks at another one, so going from tab to tab
 * does not ask to leave a page form: see LeaveGuard).
 */
export function ModuleTabs({
  title,
  base,
  tab,
  items,
  keepMounted,
}: {
  title: string;
  /** The module's address: `/training`. */
  base: string;
  /** The tab the address names. */
  tab: string | undefined;
  items: ModuleTab[];
  keepMounted?: boolean;
}) {
  const navigate = useNavigate();
  const active = items.some((i) => i.key === tab) ? tab : items[0].key;
  const tabs = (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(`${base}/${key}`)}
      destroyOnHidden={!keepMounted}
      items={items}
    />
  );
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {title}
      </Typography.Title>
      {keepMounted ? <KeepsInputWithin base={base}>{tabs}</KeepsInputWithin> : tabs}
    </>
  );
}
