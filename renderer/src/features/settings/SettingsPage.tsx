import { useParams } from 'react-router';
import { ModuleTabs } from '../../components/ModuleTabs';
import { AuditLogTab } from './audit/AuditLogTab';
import { ImportBatchesTab } from './imports/ImportBatchesTab';
import { useCan } from '../../components/useCan';
import { useSession } from '../../components/session';
import { AccountsTab } from './accounts/AccountsTab';
import { ArchiveTab } from './archive/ArchiveTab';
import { BackupsTab } from './backups/BackupsTab';
import { PeriodLocksTab } from './locks/PeriodLocksTab';
import { OfficeForm } from './OfficeForm';
import { RegionsTab } from './RegionsTab';
import { RuleSettingsTab } from './rules/RuleSettingsTab';
import { WorkingCalendarTab } from './calendar/WorkingCalendarTab';
import { ReportLayoutsTab } from './layouts/ReportLayoutsTab';

const TABS = [
  'office',
  'regions',
  'rules',
  'layouts',
  'calendar',
  'locks',
  'audit',
  'imports',
  'backups',
  'accounts',
  'archive',
] as const;
type SettingsTab = (typeof TABS)[number];
/** Tabs only the administrator sees (the core refuses their calls to other roles anyway). */
const ADMIN_TABS: readonly SettingsTab[] = ['backups', 'accounts', 'archive'];
/** Tabs of the roles that may import (导入记录: their own imports, to undo one). */
const IMPORT_TABS: readonly SettingsTab[] = ['imports'];

/**
 * 设置: 单位信息 (/settings/office), 行政区划, 规则设置 (/settings/rules), 报表格式 (/settings/layouts), 工作日历
 * (/settings/calendar), 月份锁定 (/settings/locks), 操作记录 (/settings/audit), 导入记录 (/settings/imports, roles that
 * may import), and for the administrator 备份与恢复
 * (/settings/backups), 账号管理 (/settings/accounts) and 档案到期 (/settings/archive).
 */
export function SettingsPage() {
  const { tab } = useParams();
  const admin = useSession().account.role === 'admin';
  const imports = useCan('imports.batches.list');
  const known =
    TABS.includes(tab as SettingsTab) &&
    (admin || !ADMIN_TABS.includes(tab as SettingsTab)) &&
    (imports || !IMPORT_TABS.includes(tab as SettingsTab));
  const active: SettingsTab = known ? (tab as SettingsTab) : 'office';
  return (
    <ModuleTabs
      title="设置"
      base="/settings"
      tab={active}
      keepMounted
      items={[
        { key: 'office', label: '单位信息', children: <OfficeForm active={active === 'office'} /> },
        { key: 'regions', label: '行政区划', children: <RegionsTab /> },
        { key: 'rules', label: '规则设置', children: <RuleSettingsTab /> },
        { key: 'layouts', label: '报表格式', children: <ReportLayoutsTab active={active === 'layouts'} /> },
        { key: 'calendar', label: '工作日历', children: <WorkingCalendarTab /> },
        { key: 'locks', label: '月份锁定', children: <PeriodLocksTab /> },
        { key: 'audit', label: '操作记录', children: <AuditLogTab /> },
        ...(imports ? [{ key: 'imports', label: '导入记录', children: <ImportBatchesTab /> }] : []),
        ...(admin
          ? [
              { key: 'backups', label: '备份与恢复', children: <BackupsTab /> },
              { key: 'accounts', label: '账号管理', children: <AccountsTab /> },
              { key: 'archive', label: '档案到期', children: <ArchiveTab /> },
            ]
          : []),
      ]}
    />
  );
}
