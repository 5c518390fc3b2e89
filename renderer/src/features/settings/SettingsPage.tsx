import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { BackupsTab } from './backups/BackupsTab';
import { OfficeForm } from './OfficeForm';
import { RegionsTab } from './RegionsTab';

type SettingsTab = 'office' | 'regions' | 'backups';

/** 设置: 单位信息 (/settings/office), 行政区划 (/settings/regions) and 备份与恢复 (/settings/backups). */
export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const active: SettingsTab = tab === 'regions' || tab === 'backups' ? tab : 'office';
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
          { key: 'backups', label: '备份与恢复', children: <BackupsTab /> },
        ]}
      />
    </>
  );
}
