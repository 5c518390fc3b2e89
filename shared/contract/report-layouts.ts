// 设置 → 报表格式 (DOMAIN §10 L4 [D]: "make the exporter template-driven — a column map per report, editable
// without code changes"; each prefecture's templates differ in wording, columns and signature lines).
// A county's layout of one exportable report changes only how its workbook is PRESENTED: the title template, the
// header text of columns and header groups, which columns are left out, their order among siblings, and the signature
// line(s). The figures never change: rows, sums, rates, 小计/合计 are computed as before; a left-out column is simply
// not written. Columns a workbook needs to be read back (an import's key or matched header) are `fixed`.
// Capabilities: reportLayouts.list / get read; save / reset admin (管理员), like the rule settings.
import { z } from 'zod';
import { channel, writeChannel } from './define';
import { EXPORTABLE_REPORTS } from './reports';

const reportCode = z.enum(EXPORTABLE_REPORTS, { error: '请选择报表' });

/**
 * One node of a report's header tree as the county has set it. `id`: a leaf column's key; a header group's
 * `group:` + the default headers of the groups from the top down to it joined by `/` (e.g. `group:其中`,
 * `group:本月服务/其中`; a group id met again in the same tree gets `#2`, `#3` … in sheet order, e.g. RPT-07's second
 * 其中 is `group:其中#2`). Ids a report no longer has are ignored on export; nodes the layout does not name keep their
 * default place after the named ones and their default header.
 */
export const layoutNodeSetting = z.object({
  id: z.string().min(1).max(120),
  /** Header text shown; the default's when equal to it. */
  header: z.string().trim().min(1, '请填写表头文字').max(40, '表头文字不超过40个字'),
  /** Left out of the workbook (leaf columns only; a group goes when all its columns go). */
  omit: z.boolean(),
});

export const reportLayout = z.object({
  /**
   * Title template with {县市名} {年} {月} {报表名} {单位}; null = the report's default. A title without {年}/{月} is
   * allowed (some templates put the period on the unit line only).
   */
  title: z.string().trim().min(1, '请填写标题').max(80, '标题不超过80个字').nullable(),
  /** Signature line(s) under the table; null = the default line; [] = none. */
  signatures: z
    .array(z.string().trim().min(1, '签字栏不能为空行').max(120, '签字栏每行不超过120个字'))
    .max(3)
    .nullable(),
  /** Every node the county set, siblings in the order wanted (a pre-order walk of the tree). */
  columns: z.array(layoutNodeSetting).max(400),
});
export type ReportLayout = z.infer<typeof reportLayout>;

/** A node of the report's DEFAULT header tree, pre-order, for the 报表格式 screen. */
export const layoutNodeDefault = z.object({
  id: z.string(),
  header: z.string(),
  kind: z.enum(['column', 'group']),
  /** Id of the enclosing group; null at the top. Order may change only among nodes with the same parent. */
  parent: z.string().nullable(),
  /** Cannot be left out or renamed (序号, the column carrying 合计/小计, columns an import reads back). */
  fixed: z.boolean(),
  /** Why it is fixed, in plain Chinese (shown beside it); null when not fixed. */
  fixedReason: z.string().nullable(),
});
export type LayoutNodeDefault = z.infer<typeof layoutNodeDefault>;

export const reportLayoutItem = z.object({
  report: reportCode,
  name: z.string(),
  customised: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ReportLayoutItem = z.infer<typeof reportLayoutItem>;

export const reportLayoutView = reportLayoutItem.extend({
  defaults: z.object({
    title: z.string(),
    signatures: z.array(z.string()),
    columns: z.array(layoutNodeDefault),
  }),
  /** The county's layout; null = the defaults. */
  layout: reportLayout.nullable(),
});
export type ReportLayoutView = z.infer<typeof reportLayoutView>;

export const reportLayoutSaveInput = z.object({
  report: reportCode,
  layout: reportLayout,
  /** The view's updatedAt when it was read (null when it had no layout): a stale save is refused. */
  expectedUpdatedAt: z.string().nullable(),
});
export type ReportLayoutSaveInput = z.input<typeof reportLayoutSaveInput>;

export const reportLayoutResetInput = z.object({ report: reportCode, expectedUpdatedAt: z.string().nullable() });

export const reportLayoutsChannels = {
  'reportLayouts.list': channel({
    input: z.object({}).strict(),
    output: z.object({ items: z.array(reportLayoutItem) }),
  }),
  'reportLayouts.get': channel({ input: z.object({ report: reportCode }), output: reportLayoutView }),
  'reportLayouts.save': writeChannel(reportLayoutSaveInput, reportLayoutView, 'reportLayout'),
  'reportLayouts.reset': writeChannel(reportLayoutResetInput, reportLayoutView, 'reportLayout'),
};
