import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { AuditLogTab } from './audit/AuditLogTab';
import { BackupsTab } from './backups/BackupsTab';
import { PeriodLocksTab } from './locks/PeriodLocksTab';
import { OfficeForm } from './OfficeForm';
import { RegionsTab } from './RegionsTab';
import { RuleSettingsTab } from './rules/RuleSettingsTab';

const TABS = ['office', 'regions', 'rules', 'locks', 'audit', 'backups'] as const;
type SettingsTab = (typeof TABS)[number];

/**
 * 设置: 单位信息 (/settings/office), 行政区划, 规则设置 (/settings/rules), 月份锁定 (/settings/locks), 操作记录
 * (/settings/audit) and 备份与恢复 (/settings/backups).
 */
export function SettingsPage() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const active: SettingsTab = TABS.includes(tab as SettingsTab) ? (tab as SettingsTab) : 'office';
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
          { key: 'rules', label: '规则设置', children: <RuleSettingsTab /> },
          { key: 'locks', label: '月份锁定', children: <PeriodLocksTab /> },
          { key: 'audit', label: '操作记录', children: <AuditLogTab /> },
          { key: 'backups', label: '备份与恢复', children: <BackupsTab /> },
        ]}
      />
    </>
  );
}
