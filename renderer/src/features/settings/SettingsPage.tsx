import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { OfficeForm } from './OfficeForm';
import { RegionsTab } from './RegionsTab';

type SettingsTab = 'office' | 'regions';

/** 设置: 单位信息 (/settings/office) and 行政区划 (/settings/regions). */
export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const active: SettingsTab = tab === 'regions' ? 'regions' : 'office';
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
        ]}
      />
    </>
  );
}
