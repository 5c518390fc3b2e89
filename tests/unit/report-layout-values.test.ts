import { describe, expect, it } from 'vitest';
import type { LayoutNodeDefault, ReportLayout, ReportLayoutView } from '../../shared/contract/report-layouts';
import {
  siblingMoves,
  toLayoutValues,
  toSaveInput,
  type LayoutNodeValue,
} from '../../renderer/src/features/settings/layouts/layout-values';
import { layoutPreview } from '../../renderer/src/features/settings/layouts/layout-preview';

// The 报表格式 form's values: the county's order over the default tree, the moves of 上移/下移, and what 保存 sends.

const col = (id: string, parent: string | null = null): LayoutNodeDefault => ({
  id,
  header: id,
  kind: 'column',
  parent,
  fixed: false,
  fixedReason: null,
});
const group = (id: string, parent: string | null = null): LayoutNodeDefault => ({ ...col(id, parent), kind: 'group' });

// a | g1 (b | g2 (c, d) | e) | f
const TREE = [
  col('a'),
  group('g1'),
  col('b', 'g1'),
  group('g2', 'g1'),
  col('c', 'g2'),
  col('d', 'g2'),
  col('e', 'g1'),
  col('f'),
];
const PARENTS = new Map(TREE.map((n) => [n.id, n.parent]));

const view = (layout: ReportLayout | null): ReportLayoutView => ({
  report: 'RPT-07',
  name: '统计表',
  customised: layout !== null,
  updatedAt: null,
  updatedBy: null,
  defaults: { title: '{县市名}统计表', signatures: ['填表人：'], columns: TREE },
  layout,
});

const ids = (columns: readonly { id: string }[]) => columns.map((c) => c.id).join(' ');

/** Applies the moves as useFieldArray's move does. */
function applied(columns: LayoutNodeValue[], moves: [number, number][]) {
  const out = [...columns];
  for (const [from, to] of moves) out.splice(to, 0, ...out.splice(from, 1));
  return out;
}

describe('报表格式 form values', () => {
  it('orders named nodes first among their siblings, the others after them in default order, unknown ids ignored', () => {
    const layout: ReportLayout = {
      title: null,
      signatures: null,
      columns: [
        { id: 'gone', header: '旧列', omit: false },
        { id: 'f', header: 'F', omit: true },
        { id: 'e', header: 'e', omit: false },
        { id: 'd', header: 'd', omit: false },
      ],
    };
    const values = toLayoutValues(view(layout));
    expect(ids(values.columns)).toBe('f a g1 e b g2 d c');
    expect(values.columns[0]).toEqual({ id: 'f', header: 'F', omit: true });
    expect(values.signatures).toEqual(['填表人：', '', '']);
  });

  it('moves a node with its subtree among its siblings only', () => {
    const columns = toLayoutValues(view(null)).columns;
    // g2 (with c, d) down past e, inside g1.
    expect(ids(applied(columns, siblingMoves(columns, PARENTS, 3, 1)))).toBe('a g1 b e g2 c d f');
    // g1 (with its five) up past a.
    expect(ids(applied(columns, siblingMoves(columns, PARENTS, 1, -1)))).toBe('g1 b g2 c d e a f');
    // f up past g1 and everything under it.
    expect(ids(applied(columns, siblingMoves(columns, PARENTS, 7, -1)))).toBe('a f g1 b g2 c d e');
    // First and last among siblings do not move.
    expect(siblingMoves(columns, PARENTS, 2, -1)).toEqual([]);
    expect(siblingMoves(columns, PARENTS, 5, 1)).toEqual([]);
  });

  it('sends null for a default or empty title and default signatures; empty signature lines at the end are dropped', () => {
    const v = view(null);
    const values = toLayoutValues(v);
    expect(toSaveInput(v, { ...values, title: ' {县市名}统计表 ' }).layout).toMatchObject({
      title: null,
      signatures: null,
    });
    expect(toSaveInput(v, { ...values, title: '' }).layout.title).toBeNull();
    expect(toSaveInput(v, { ...values, signatures: ['', '', ''] }).layout.signatures).toEqual([]);
    // A blank line between two lines is sent: the contract refuses it under that line.
    expect(toSaveInput(v, { ...values, signatures: ['制表人：', ' ', '审核人：'] }).layout.signatures).toEqual([
      '制表人：',
      '',
      '审核人：',
    ]);
    expect(toSaveInput(v, values).layout.columns).toHaveLength(TREE.length);
  });
});

describe('报表格式 preview', () => {
  const SAMPLE = { countyName: '鄯善县', unitName: '鄯善县就业服务中心', month: '2024-03' };
  /** Each row's cells as header, with rowSpan×colSpan when more than one. */
  const cells = (rows: ReturnType<typeof layoutPreview>['headerRows']) =>
    rows.map((row) =>
      row.map((c) => (c.rowSpan > 1 || c.colSpan > 1 ? `${c.header} ${c.rowSpan}×${c.colSpan}` : c.header)),
    );

  it('merges each group over its leaves and each column down to the last header row, nested groups too', () => {
    const preview = layoutPreview(view(null), toLayoutValues(view(null)), SAMPLE);
    expect(preview.title).toBe('鄯善县统计表');
    expect(preview.signatures).toEqual(['填表人：']);
    expect(cells(preview.headerRows)).toEqual([
      ['a 3×1', 'g1 1×4', 'f 3×1'],
      ['b 2×1', 'g2 1×2', 'e 2×1'],
      ['c', 'd'],
    ]);
  });

  it('drops a group with no column left (and the header row it needed), keeps a fixed node whatever the values say', () => {
    const fixedA: ReportLayoutView = {
      ...view(null),
      defaults: {
        ...view(null).defaults,
        columns: TREE.map((n) => (n.id === 'a' ? { ...n, fixed: true, fixedReason: '合计写在此列' } : n)),
      },
    };
    const values = toLayoutValues(fixedA);
    const left = values.columns.map((c) => ({ ...c, omit: ['a', 'c', 'd'].includes(c.id) }));
    const renamed = left.map((c) => (c.id === 'a' ? { ...c, header: 'A' } : c));
    expect(cells(layoutPreview(fixedA, { ...values, columns: renamed }, SAMPLE).headerRows)).toEqual([
      ['a 2×1', 'g1 1×2', 'f 2×1'],
      ['b', 'e'],
    ]);
  });

  it('fills the title placeholders with the sample, {年}年{月}月 as the month', () => {
    const values = { ...toLayoutValues(view(null)), title: '{单位}{年}年{月}月{报表名}（{县市名}）' };
    expect(layoutPreview(view(null), values, SAMPLE).title).toBe('鄯善县就业服务中心2024年3月统计表（鄯善县）');
  });
});
