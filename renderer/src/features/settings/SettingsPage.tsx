import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../components/session';
import { AccountsTab } from './accounts/AccountsTab';
import { BackupsTab } from './backups/BackupsTab';
import { OfficeForm } from './OfficeForm';
import { RegionsTab } from './RegionsTab';

type SettingsTab = 'office' | 'regions' | 'backups' | 'accounts';

/**
 * 设置: 单位信息 (/settings/office), 行政区划 (/settings/regions), and for the administrator 备份与恢复
 * (/settings/backups) and 账号管理 (/settings/accounts).
 */
export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const admin = useSession().account.role === 'admin';
  const adminTabs: SettingsTab[] = ['backups', 'accounts'];
  const active: SettingsTab =
    tab === 'regions' || (admin && adminTabs.includes(tab as SettingsTab)) ? (tab as SettingsTab) : 'office';
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        设置
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => navigate(`/settings/${key}`)}
        items={[
          { key: 'office', label: '单位信息', children: <OfficeForm active={active === 'office'} /> },
          { key: 'regions', label: '行政区划', children: <RegionsTab /> },
          ...(admin
            ? [
                { key: 'backups', label: '备份与恢复', children: <BackupsTab /> },
                { key: 'accounts', label: '账号管理', children: <AccountsTab /> },
              ]
            : []),
        ]}
      />
    </>
  );
}
