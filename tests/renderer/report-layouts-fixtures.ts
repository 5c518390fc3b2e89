// The 设置 → 报表格式 tab with a fake api: a roster whose header tree has a group (RPT-04) and a second report (RPT-05).
import { screen } from '@testing-library/react';
import type { FakeHandlers } from './fake-api';
import type { LayoutNodeDefault, ReportLayout, ReportLayoutView } from '../../shared/contract/report-layouts';
import { ACCOUNT, ok } from './fake-api';
import { openSettingsTab } from './settings-page';

export const node = (
  id: string,
  header: string,
  over: Partial<Pick<LayoutNodeDefault, 'kind' | 'parent' | 'fixedReason'>> = {},
): LayoutNodeDefault => ({
  id,
  header,
  kind: over.kind ?? 'column',
  parent: over.parent ?? null,
  fixed: !!over.fixedReason,
  fixedReason: over.fixedReason ?? null,
});

export const ROSTER_COLUMNS: LayoutNodeDefault[] = [
  node('seq', '序号', { fixedReason: '序号按行自动编排' }),
  node('name', '姓名', { fixedReason: '合计写在此列' }),
  node('group:岗位信息', '岗位信息', { kind: 'group' }),
  node('employer', '用人单位', { parent: 'group:岗位信息' }),
  node('post', '岗位名称', { parent: 'group:岗位信息' }),
  node('phone', '联系电话'),
  node('subsidy', '岗位补贴(元)'),
];

export const view = (layout: ReportLayout | null, over: Partial<ReportLayoutView> = {}): ReportLayoutView => ({
  report: 'RPT-04',
  name: '公益性岗位安置人员花名册',
  customised: layout !== null,
  updatedAt: layout ? '2025-03-10T02:00:00.000Z' : null,
  updatedBy: layout ? '阿依古丽' : null,
  defaults: {
    title: '{县市名}{年}年{月}月公益性岗位安置人员花名册',
    signatures: ['填表人：　　审核人：　　负责人：'],
    columns: ROSTER_COLUMNS,
  },
  layout,
  ...over,
});

export const ATTENDANCE: ReportLayoutView = {
  ...view(null),
  report: 'RPT-05',
  name: '公益性岗位人员考勤表',
  defaults: { title: '{单位}{年}年{月}月考勤表', signatures: [], columns: [node('seq', '序号')] },
};

export const LIST = {
  items: [
    {
      report: 'RPT-04' as const,
      name: '公益性岗位安置人员花名册',
      customised: false,
      updatedAt: null,
      updatedBy: null,
    },
    { report: 'RPT-05' as const, name: '公益性岗位人员考勤表', customised: false, updatedAt: null, updatedBy: null },
  ],
};

export function open(first: ReportLayoutView, more: FakeHandlers = {}, account = ACCOUNT) {
  return openSettingsTab(
    'layouts',
    {
      'reportLayouts.list': () => ok(LIST),
      'reportLayouts.get': (input) => ok(input.report === 'RPT-05' ? ATTENDANCE : first),
      ...more,
    },
    account,
  );
}

/** Text for userEvent.type, which reads { and [ as keys: doubled, they are typed as they are. */
export const literally = (text: string) => text.replace(/[{[]/g, '$&$&');

export const headerInput = (header: string) => screen.getByLabelText(`“${header}”导出时表头`);
