import { describe, expect, it } from 'vitest';
import type { ReportLayout } from '../../shared/contract/report-layouts';
import {
  FIXED_COUNT,
  FIXED_SEQ,
  FIXED_TOTAL_LABEL,
  applyLayout,
  layoutTree,
  mergeTrees,
} from '../../electron/core/excel/column-layout';
import { layoutProblems } from '../../electron/core/modules/report-layouts/service';
import {
  column,
  group,
  isGroup,
  leafColumns,
  type HeaderNode,
  type ReportDefinition,
} from '../../electron/core/excel/report-definition';

// applyLayout (报表格式, DOMAIN §10 L4): the pure step from a definition and a county's layout to the definition the
// writer lays out. Only presentation changes; the figures' columns are fixed; hidden columns are always kept.

const DEF: ReportDefinition = {
  code: 'RPT-T',
  name: '测试表',
  columns: [
    column('seq', '序号', 'seq'),
    column('unit', '单位'),
    column('a', '甲数', 'int'),
    group('其中', [column('b', '乙数', 'int'), column('c', '丙数', 'int')]),
    group('其中', [column('d', '丁数', 'int')]),
    column('rate', '比率', 'rate', { rate: { numerator: 'a', denominator: 'b' } }),
    column('key', '编号', 'text', { hidden: true }),
  ],
  totals: { labelColumn: 'unit', countColumn: 'a' },
  freezeColumns: 3,
};

const layout = (columns: ReportLayout['columns'], more: Partial<ReportLayout> = {}): ReportLayout => ({
  title: null,
  signatures: null,
  columns,
  ...more,
});
const keep = (id: string, header: string) => ({ id, header, omit: false });
const omit = (id: string, header: string) => ({ id, header, omit: true });

/** The headers of a tree, groups as [header, children]. */
const shape = (nodes: HeaderNode[]): unknown[] =>
  nodes.map((n) => (isGroup(n) ? [n.header, shape(n.children)] : n.header));

describe('layoutTree', () => {
  it('lists the nodes pre-order without hidden columns; repeated group ids get #2; the figures are fixed', () => {
    const tree = layoutTree(DEF);
    expect(tree.map((n) => [n.id, n.parent])).toEqual([
      ['seq', null],
      ['unit', null],
      ['a', null],
      ['group:其中', null],
      ['b', 'group:其中'],
      ['c', 'group:其中'],
      ['group:其中#2', null],
      ['d', 'group:其中#2'],
      ['rate', null],
    ]);
    expect(tree.filter((n) => n.fixed).map((n) => [n.id, n.fixedReason])).toEqual([
      ['seq', FIXED_SEQ],
      ['unit', FIXED_TOTAL_LABEL],
      ['a', FIXED_COUNT],
    ]);
    expect(layoutTree(DEF, { b: '导入时按此列识别' }).find((n) => n.id === 'b')).toMatchObject({
      fixed: true,
      fixedReason: '导入时按此列识别',
    });
  });

  it('merges several sheets: a node another sheet adds goes at the end of its parent', () => {
    const other: ReportDefinition = {
      ...DEF,
      columns: [column('seq', '序号', 'seq'), group('其中', [column('b', '乙数', 'int'), column('x', '新列', 'int')])],
      totals: { grandTotal: false },
    };
    const ids = mergeTrees([layoutTree(DEF), layoutTree(other)]).map((n) => n.id);
    expect(ids).toEqual(['seq', 'unit', 'a', 'group:其中', 'b', 'c', 'x', 'group:其中#2', 'd', 'rate']);
  });
});

describe('applyLayout', () => {
  it('no layout: the definition itself', () => {
    expect(applyLayout(DEF, null)).toBe(DEF);
  });

  it('renames leaves and groups, leaves columns out, keeps hidden columns; the rate survives its numerator', () => {
    const def = applyLayout(
      DEF,
      layout([keep('group:其中', '其中：城乡'), keep('b', '乙'), omit('c', '丙数'), omit('d', '丁数'), omit('x', 'x')]),
    );
    // 其中#2 had only 丁数: it goes. The unknown id x is ignored. The named group comes first among its siblings.
    expect(shape(def.columns)).toEqual([['其中：城乡', ['乙']], '序号', '单位', '甲数', '比率', '编号']);
    expect(leafColumns(def.columns).find((c) => c.key === 'rate')?.rate).toEqual({ numerator: 'a', denominator: 'b' });
    expect(leafColumns(def.columns).find((c) => c.key === 'key')?.hidden).toBe(true);
  });

  it('a group whose visible columns all go leaves its hidden column in its place', () => {
    const def = applyLayout(
      {
        ...DEF,
        columns: [
          column('seq', '序号', 'seq'),
          group('其中', [column('b', '乙数', 'int'), { ...column('k', '键'), hidden: true }]),
          column('a', '甲数', 'int'),
        ],
      },
      layout([omit('b', '乙数')]),
      new Set(['seq']),
    );
    expect(shape(def.columns)).toEqual(['序号', '键', '甲数']);
    expect(leafColumns(def.columns)[1].hidden).toBe(true);
  });

  it('orders among siblings: named nodes first in the layout order, unnamed after in their default order', () => {
    const def = applyLayout(DEF, layout([keep('rate', '比率'), keep('a', '甲数'), keep('c', '丙数')]));
    expect(shape(def.columns)).toEqual([
      '比率',
      '甲数',
      '序号',
      '单位',
      ['其中', ['丙数', '乙数']],
      ['其中', ['丁数']],
      '编号',
    ]);
  });

  it('fixed nodes keep their header and stay, whatever the layout says; title and signatures replace the defaults', () => {
    const def = applyLayout(
      DEF,
      layout([omit('seq', '号'), keep('unit', '地区'), omit('a', '甲')], {
        title: '{县市名}{报表名}',
        signatures: ['制表人：'],
      }),
    );
    expect(shape(def.columns).slice(0, 3)).toEqual(['序号', '单位', '甲数']);
    expect([def.title, def.signatures]).toEqual(['{县市名}{报表名}', ['制表人：']]);
  });

  it('the frozen columns count only those left of the default frozen ones', () => {
    expect(applyLayout(DEF, layout([omit('c', '丙数')])).freezeColumns).toBe(3);
    const noUnit = { ...DEF, totals: { grandTotal: false } };
    expect(applyLayout(noUnit, layout([omit('unit', '单位')]), new Set(['seq'])).freezeColumns).toBe(2);
  });
});

describe("layoutProblems (the save's checks)", () => {
  const defaults = {
    title: '{报表名}',
    signatures: [],
    columns: layoutTree({ ...DEF, totals: { grandTotal: false } }),
  };

  it('refuses a layout that leaves no data column besides 序号 (when no figure column is fixed)', () => {
    const all = defaults.columns.map((n) => ({ id: n.id, header: n.header, omit: n.id !== 'seq' }));
    expect(layoutProblems(defaults, layout(all))).toEqual({ columns: '至少要导出一列数据（序号除外）' });
    expect(layoutProblems(defaults, layout(all.map((c) => (c.id === 'd' ? { ...c, omit: false } : c))))).toEqual({});
  });

  it("allows the five placeholders only; a group's omit is ignored", () => {
    expect(layoutProblems(defaults, layout([], { title: '{县市名}{年}年{月}月{报表名}（{单位}）' }))).toEqual({});
    expect(layoutProblems(defaults, layout([], { title: '{年度}' })).title).toMatch(
      /^标题中的\{年度\}不是可用的占位符/,
    );
    expect(layoutProblems(defaults, layout([omit('group:其中', '其中')]))).toEqual({});
  });
});
