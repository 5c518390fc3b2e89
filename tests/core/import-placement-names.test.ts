import { describe, expect, it } from 'vitest';
import { snapshot } from './harness';
import { addEmployer, USCC_1, uscc } from './posts-fixtures';
import { HEADER, check, placementRow, scene } from './import-placements-scene';

// audit4 gap 4: a 公益性岗位安置 roster names its 用人单位 as the township writes it. A name not registered as written
// but like a registered employer's (the county in front, 村委会 for 村民委员会, contained in it or containing it) is
// refused naming the registered one, instead of creating a second employer; a 统一社会信用代码 that matches wins, and
// a registered employer with another 统一社会信用代码 is another unit.

const NEW_POST = { code: null, title: '村庄保洁员', type: '村庄保洁', nature: '机关', basis: '脱贫人口' };
const URBAN = { title: '门卫', type: 'U06', place: '乌帕尔镇', basis: '低保对象' };
const OTHER_USCC = uscc('12653121MB7654321');
const SIMILAR = (names: string) => `与已登记的${names}相似，如是同一单位请改为该名称或填写统一社会信用代码`;

describe('imports.placements: employer names written another way (audit4 gap 4)', () => {
  it('refuses a name like a registered employer, naming it; a matching 统一社会信用代码 wins', async () => {
    const s = await scene();
    await addEmployer(s, '阿亚格曼干村村民委员会', '5', s.village1);
    const { r1 } = s.ids;
    const before = snapshot(s.core);
    const r = await check(s, [
      HEADER,
      placementRow(1, r1, { ...NEW_POST, employer: '疏附县乌帕尔镇人民政府', uscc: null }), // 2 county in front
      placementRow(2, r1, { ...NEW_POST, employer: '乌帕尔镇', uscc: null }), // 3 contained
      placementRow(3, r1, { ...NEW_POST, employer: '疏附县阿亚格曼干村委会', uscc: null }), // 4 committee
      placementRow(4, r1, { ...NEW_POST, employer: '疏附县乌帕尔镇人民政府', uscc: USCC_1 }), // 5 USCC matches
    ]);
    expect(snapshot(s.core)).toBe(before);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [2, 'D', '用人单位', SIMILAR('“乌帕尔镇人民政府”')],
      [3, 'D', '用人单位', SIMILAR('“乌帕尔镇人民政府”')],
      [4, 'D', '用人单位', SIMILAR('“阿亚格曼干村村民委员会”')],
    ]);
    expect(r.acceptedCount).toBe(1);
    expect(r.newEmployers).toEqual([]);
    // The new post is named with the employer its 统一社会信用代码 found, under its registered name (importreadings).
    expect(r.newPosts.map((p) => p.name)).toEqual(['乌帕尔镇人民政府/村庄保洁员']);
  });

  it('creates an employer whose name is like none, or whose 统一社会信用代码 differs from the similar one', async () => {
    const s = await scene();
    const { r1, u1 } = s.ids;
    const r = await check(s, [
      HEADER,
      placementRow(1, r1, { ...NEW_POST, employer: '塔什米里克乡卫生院', uscc: null }),
      placementRow(2, u1, { ...NEW_POST, ...URBAN, employer: '乌帕尔镇', uscc: OTHER_USCC }),
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.newEmployers.map((e) => e.name)).toEqual(['塔什米里克乡卫生院', '乌帕尔镇']);
  });
});
