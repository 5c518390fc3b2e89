import { describe, expect, it } from 'vitest';
import type { RosterImportResult } from '../../shared/contract/roster-imports';
import { snapshot } from './harness';
import { jobData } from './import-workbooks';
import { addEmployer, addPost } from './posts-fixtures';
import { HEADER, check, placementRow, scene } from './import-placements-scene';

// audit8 gap 2: village committees of two 乡镇 share a name and have no 统一社会信用代码 (VR-08). A placement row
// whose 岗位编号 names a registered post takes the post's employer; it is refused only when its 用人单位 contradicts
// the post's. Without a 岗位编号 that settles it, the ambiguous name asks for one (or a code).

const KEKEYA = '科克亚村村民委员会';
const RURAL = { postType: 'V02', areaType: 'rural', siSubsidy: false, contractType: '2' } as const;

describe('imports.placements: same-named employers settled by 岗位编号 (audit8 gap 2)', () => {
  it('places on the post the code names; refuses a contradicting unit or an ambiguous name without a code', async () => {
    const s = await scene();
    const first = await addEmployer(s, KEKEYA, '5', s.village1);
    const second = await addEmployer(s, KEKEYA, '5', s.village3);
    await addPost(s, first, { ...RURAL, postCode: 'GY04-00004', title: '护林员', workRegionId: s.village1 });
    await addPost(s, second, { ...RURAL, postCode: 'GY04-00006', title: '护林员', workRegionId: s.village3 });
    const { r1, u1 } = s.ids;
    const row = { uscc: null, title: '护林员', basis: '脱贫人口' };
    const before = snapshot(s.core);
    const r = await check(s, [
      HEADER,
      placementRow(1, r1, { ...row, employer: KEKEYA, code: 'GY04-00006' }), // 2 the code decides
      placementRow(2, u1, { ...row, employer: '乌帕尔镇人民政府', code: 'GY04-00004', basis: '低保对象' }), // 3
      placementRow(3, u1, { ...row, employer: KEKEYA, code: null, type: '护林', basis: '低保对象' }), // 4
    ]);
    expect(snapshot(s.core)).toBe(before);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [
        3,
        'G',
        '岗位编号',
        '岗位编号 GY04-00004 是“科克亚村村民委员会”的岗位“护林员”，与本行的用人单位“乌帕尔镇人民政府”不符，请核对用人单位或岗位编号',
      ],
      [
        4,
        'E',
        '统一社会信用代码',
        '有2个名为“科克亚村村民委员会”的用人单位，请填写岗位编号（已登记的岗位）或统一社会信用代码',
      ],
    ]);
    expect([r.acceptedCount, r.newEmployers, r.newPosts]).toEqual([1, [], []]);

    await jobData<RosterImportResult>(s.core, 'imports.placements.commit', { token: r.token, skipInvalidRows: true });
    const placed = s.core.ctx.db
      .prepare(
        'SELECT pl.person_id AS personId, po.post_code AS code, po.employer_id AS employerId FROM placements pl JOIN posts po ON po.id = pl.post_id',
      )
      .all();
    expect(placed).toEqual([{ personId: r1.id, code: 'GY04-00006', employerId: second }]);
  });
});
