import { describe, expect, it } from 'vitest';
import { snapshot } from './harness';
import type { Cell } from './import-workbooks';
import { HEADER, check, placementRow, scene } from './import-placements-scene';

// audit4 gap 11: a refusal about a field the file has no column for (a new employer needs 单位性质, a new post
// 岗位类别) is shown on the nearest related column the file has (用人单位, 岗位名称), not on 公民身份号码, and says
// to add the column or give it a default.

/** The roster without its 单位性质 (F) and 岗位类别 (I) columns. */
const withoutNatureAndType = (row: Cell[]) => row.filter((_, i) => i !== 5 && i !== 8);

describe('imports.placements: refusals about a column the file does not have (audit4 gap 11)', () => {
  it('lands on 用人单位 / 岗位名称 and says to add the column', async () => {
    const s = await scene();
    const { r1 } = s.ids;
    const before = snapshot(s.core);
    const r = await check(
      s,
      [
        HEADER,
        placementRow(1, r1, { employer: '新单位', uscc: null, code: null, title: '护河员', basis: '脱贫人口' }),
        placementRow(2, r1, { uscc: null, code: null, title: '护河员', basis: '脱贫人口' }),
      ].map(withoutNatureAndType),
    );
    expect(snapshot(s.core)).toBe(before);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.value, e.message])).toEqual([
      [
        2,
        'D',
        '用人单位',
        '新单位',
        '用人单位“新单位”尚未登记，新建单位需要填写单位性质；请增加“单位性质”列或在列的对应关系中为它设默认值',
      ],
      [
        3,
        'G',
        '岗位名称',
        '护河员',
        '岗位“护河员”尚未登记，新建岗位需要填写岗位类别；请增加“岗位类别”列或在列的对应关系中为它设默认值',
      ],
    ]);
  });
});
