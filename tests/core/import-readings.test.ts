import { describe, expect, it } from 'vitest';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { makeCore } from './harness';
import { base64, jobData, workbookOf } from './import-workbooks';
import { makeId } from './persons-fixtures';
import { trainingCounty } from './training-fixtures';
import { USCC_1 } from './posts-fixtures';
import { HEADER, check, newPersonRow, roster, scene } from './import-registrations-scene';
import {
  HEADER as PLACEMENT_HEADER,
  check as checkPlacements,
  placementRow,
  scene as placementScene,
} from './import-placements-scene';

// Every import kind's check lists how it read the values it stores in another form (readings: 写法 → 按…导入), the
// person import's way: the roster kinds too, for the rows they would import only; and 需要核对的行 counts rows, not
// the notes on them.

describe('roster kinds list their readings (importreadings)', () => {
  it('失业登记: codes, a new person’s columns and a registered person’s name, for accepted rows only', async () => {
    const s = await scene();
    const rows = roster();
    rows[2][1] = '艾力 · 买买提'; // row 3: the registered 艾力·买买提, padded
    rows[3][3] = '维'; // row 4: a new person, 民族 shortened
    const r = await check(s, rows);
    expect(r.acceptedCount).toBe(2);
    expect(r.errors.map((e) => e.row)).toEqual([5, 6, 7, 8, 9, 10]);
    // 单位失业 is written on rows 3, 6, 7, 8 and 9; only row 3 is imported.
    expect(r.readings).toEqual([
      { column: 'B', field: '姓名', written: '艾力 · 买买提', readAs: '艾力·买买提', rows: 1 },
      { column: 'D', field: '民族', written: '维', readAs: '维吾尔族', rows: 1 },
      { column: 'H', field: '失业原因', written: '单位失业', readAs: '从用人单位失业', rows: 1 },
      { column: 'H', field: '失业原因', written: '毕业', readAs: '从学校毕业或肄业', rows: 1 },
    ]);
  });

  it('失业登记: 就业意愿 written 是 / 否 reads as the wish named in full, a label as written is no reading', async () => {
    const s = await scene();
    const place = ['疏附县乌帕尔镇', '阿亚格曼干村村委会'] as const;
    const row = (no: number, name: string, birth: string, wish: string) => {
      const r = newPersonRow(no, name, makeId('653121', birth, `1${no}2`), ...place);
      r[8] = wish;
      return r;
    };
    const r = await check(s, [
      HEADER,
      row(1, '阿依古丽', '19920202', '是'),
      row(2, '古丽', '19930303', '否'),
      row(3, '热依拉', '19940404', '是'),
      row(4, '米娜', '19950505', '有'),
      row(5, '再娜', '19960606', '暂无'),
    ]);
    expect(r.acceptedCount).toBe(5);
    expect(r.readings?.filter((x) => x.field === '就业意愿')).toEqual([
      { column: 'I', field: '就业意愿', written: '是', readAs: '有就业意愿', rows: 2 },
      { column: 'I', field: '就业意愿', written: '否', readAs: '无就业意愿', rows: 1 },
    ]);
  });

  it('counts a row once however many notes it has (需要核对的行)', async () => {
    const s = await scene();
    const id = makeId('653121', '19920202', '102');
    const place = ['疏附县乌帕尔镇', '阿亚格曼干村村委会'] as const;
    const other = makeId('653121', '19930303', '112');
    const r = await check(s, [
      HEADER,
      newPersonRow(1, '阿依古丽', id, ...place),
      newPersonRow(2, '古丽', other, ...place),
    ]);
    expect(r.acceptedCount).toBe(2);
    expect(r.warningCount).toBe(4);
    expect(r.warningRows).toBe(2);
    expect(r.readings).toEqual([
      { column: 'H', field: '失业原因', written: '毕业', readAs: '从学校毕业或肄业', rows: 2 },
    ]);
  });

  it('培训学员: a category written short or as its code, for the rows enrolled only', async () => {
    const core = makeCore();
    const c = await trainingCounty(core);
    await c.newClass(); // PX2026-001
    const person = (id: string) =>
      core.ctx.db.prepare('SELECT name, id_number FROM persons WHERE id = ?').get(id) as {
        name: string;
        id_number: string;
      };
    const [a, b, d] = [
      person(await c.registered('19800315')),
      person(await c.registered('19810315')),
      person(await c.registered('19820315')),
    ];
    const r = await jobData<RosterImportCheck>(core, 'imports.trainees.check', {
      fileName: '学员花名册.xlsx',
      contentBase64: base64(
        await workbookOf([
          {
            name: '学员',
            rows: [
              ['姓名', '身份证号码', '培训班编号', '学员类别', '报名时间'],
              [a.name, a.id_number, 'PX2026-001', '失业人员', '2026-11-12'],
              [b.name, b.id_number, 'PX2026-001', '01', '2026-11-12'],
              [d.name, d.id_number, 'PX2026-009', '失业人员', '2026-11-12'], // no such class: not listed
            ],
          },
        ]),
      ),
    });
    expect(r.acceptedCount).toBe(2);
    expect(r.readings).toEqual([
      // Ties in file order.
      { column: 'D', field: '人员类别', written: '失业人员', readAs: '城镇登记失业人员', rows: 1 },
      { column: 'D', field: '人员类别', written: '01', readAs: '城镇登记失业人员', rows: 1 },
    ]);
  });

  it('安置: a new post is named with the employer’s registered name when its 统一社会信用代码 found it', async () => {
    const s = await placementScene();
    const { r1 } = s.ids;
    const r = await checkPlacements(s, [
      PLACEMENT_HEADER,
      placementRow(1, r1, {
        employer: '乌帕尔镇政府',
        uscc: USCC_1,
        code: null,
        title: '村庄保洁员',
        type: '村庄保洁',
        basis: '脱贫人口',
      }),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.newEmployers).toEqual([]);
    expect(r.newPosts.map((p) => p.name)).toEqual(['乌帕尔镇人民政府/村庄保洁员']);
    // …and the check says which registered employer the file's name was read as.
    expect(r.readings).toEqual([
      { column: 'D', field: '用人单位', written: '乌帕尔镇政府', readAs: '乌帕尔镇人民政府', rows: 1 },
    ]);
  });
});
