import {
  ContactsOutlined,
  HomeOutlined,
  FileExcelOutlined,
  ReadOutlined,
  SettingOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { HomePage } from '../features/home';
import { InternshipsModule, InternshipsNavBadge } from '../features/internships';
import { PostsModule, PostsNavBadge } from '../features/posts';
import { RecognitionsModule, RecognitionsNavBadge } from '../features/recognitions';
import { RegistrationContactEntry, RegistrationsModule, RegistrationsNavBadge } from '../features/registrations';
import { TrainingModule, TrainingNavBadge } from '../features/training';
import { AllowancesTab, AttendanceGridPage, SubsidiesPage, TrainingRosterTab } from '../features/subsidies';
import { ResultImport } from './ResultImport';

export interface AppModule {
  /** Route path, also the navigation key. */
  path: string;
  label: string;
  icon: ReactNode;
  /** False until the module is built: the navigation marks it 尚未开放. */
  ready: boolean;
  /** The module's own routes under `${path}/*`, for modules that keep them to themselves. */
  element?: ReactNode;
  /** The count of its work lists beside the name (UI.md work lists). */
  badge?: ReactNode;
}

/** The navigation, in the order the clerks work through a case. */
export const MODULES: readonly AppModule[] = [
  { path: '/home', label: '首页', icon: <HomeOutlined aria-hidden />, ready: true, element: <HomePage /> },
  { path: '/persons', label: '人员信息', icon: <TeamOutlined aria-hidden />, ready: true },
  {
    path: '/registrations',
    label: '失业登记与联系',
    icon: <ContactsOutlined aria-hidden />,
    ready: true,
    element: <RegistrationsModule />,
    badge: <RegistrationsNavBadge />,
  },
  {
    path: '/recognitions',
    label: '就业困难人员认定',
    icon: <SolutionOutlined aria-hidden />,
    ready: true,
    element: <RecognitionsModule contactEntry={RegistrationContactEntry} />,
    badge: <RecognitionsNavBadge />,
  },
  {
    path: '/posts',
    label: '公益性岗位',
    icon: <ShopOutlined aria-hidden />,
    ready: true,
    element: <PostsModule subsidies={<SubsidiesPage />} attendanceGrid={<AttendanceGridPage />} />,
    badge: <PostsNavBadge />,
  },
  {
    path: '/internships',
    label: '就业见习',
    icon: <ReadOutlined aria-hidden />,
    ready: true,
    element: <InternshipsModule allowances={<AllowancesTab />} />,
    badge: <InternshipsNavBadge />,
  },
  {
    path: '/training',
    label: '职业技能培训',
    icon: <ToolOutlined aria-hidden />,
    ready: true,
    element: <TrainingModule ResultImport={ResultImport} subsidies={<TrainingRosterTab />} />,
    badge: <TrainingNavBadge />,
  },
  { path: '/reports', label: '报表导出', icon: <FileExcelOutlined aria-hidden />, ready: true },
  { path: '/settings', label: '设置', icon: <SettingOutlined aria-hidden />, ready: true },
];

/** The module a location belongs to (its first path segment). */
export function moduleOfPath(pathname: string): AppModule | undefined {
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return MODULES.find((m) => m.path === first);
}
