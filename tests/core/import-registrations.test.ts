import { describe, expect, it } from 'vitest';
import type { RosterImportResult } from '../../shared/contract/roster-imports';
import { maskIdsThreeTwo, snapshot } from './harness';
import { expectCancelledUntouched, registerState } from './db-bytes';
import { failInsertAfter } from './forced-failure';
import type { Setup } from './registrations-fixtures';
import { BATCH_ID, BEFORE_IMPORT_COPY, jobData, jobError, jobErrorUnchanged, mappedColumns } from './import-workbooks';
import { NEW_OK, check, roster, scene } from './import-registrations-scene';

// Issue 14: the 失业登记 roster (import-registrations-scene.ts) checked and committed — exactly which rows go in and
// which are refused with which message; nothing written until the commit; a failed commit leaves the database as it
// was. Mappings and defaults: import-registrations-mapping.test.ts; the error file and the template:
// import-registrations-files.test.ts.

const registrationsOf = (s: Setup) =>
  s.core.ctx.db
    .prepare(
      `SELECT p.name, r.reg_date, r.reason, r.job_wish, r.responsible_staff, r.reg_place_id, r.status
         FROM registrations r JOIN persons p ON p.id = r.person_id ORDER BY r.reg_date, p.name`,
    )
    .all();

describe('issue 14: the 失业登记 roster import', () => {
  it('dry run: maps the synonyms, skips what is not data, refuses exactly the rows the rules refuse, writes nothing', async () => {
    const s = await scene();
    const before = snapshot(s.core);
    const r = await check(s, roster());
    expect(snapshot(s.core)).toBe(before);
    expect([r.kind, r.sheetName, r.headerRow, r.total, r.acceptedCount, r.errorRows]).toEqual([
      'registrations',
      '登记',
      2,
      8,
      2,
      6,
    ]);
    expect(mappedColumns(r)).toEqual([
      'B:name',
      'C:idNumber',
      'D:ethnicity',
      'E:township',
      'F:village',
      'G:regDate',
      'H:reason',
      'I:jobWish',
      'J:responsibleStaff',
      'K:needs',
    ]);
    expect(r.ignoredColumns).toEqual([
      { column: 'A', header: '序号' },
      { column: 'L', header: '备注' },
    ]);
    expect(r.skippedRows).toEqual([
      { row: 11, reason: '合计行' },
      { row: 12, reason: '签字或填表人行' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [5, 'D', '民族', '该人员尚未登记，将按本行新建：请填写民族'],
      [6, 'C', '公民身份号码', '该人员已有有效的失业登记（2026-10-01 登记），请打开已有登记'],
      [7, 'B', '姓名', '姓名“古丽”与已登记的“吐尔逊”不符，请核对姓名和公民身份号码'],
      [8, 'G', '登记日期', '登记日期不能晚于今天（2026-11-28）'],
      [9, 'G', '登记日期', '登记日期当天该人员15周岁，未满16周岁，不能办理失业登记'],
      [
        10,
        'H',
        '失业原因',
        '失业原因“被开除”不在代码表中，可填写：从学校毕业或肄业、从用人单位失业、个体工商户/私营企业停业、承包土地被征用、退出现役且未安置、刑满释放/假释/监外执行、其他',
      ],
    ]);
    // Only the person of an accepted row is listed as new: the 15-year-old's rehearsed person was rolled back.
    expect(r.newPersons).toEqual([
      { row: 4, name: expect.stringMatching(/^阿依古丽（653121\*+\d{3}\d）$/), detail: '' },
    ]);
  });

  it('names the persons it will create with the county ID mask (CFG-29), as every list does', async () => {
    const s = await scene();
    const mask = await maskIdsThreeTwo(s.core);
    const r = await check(s, roster());
    expect(r.newPersons).toEqual([{ row: 4, name: `阿依古丽（${mask(NEW_OK)}）`, detail: '' }]);
  });

  it('commit: without 导入有效行 refuses and writes nothing; with it writes exactly the valid rows through the registration rules', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const refused = await jobErrorUnchanged(s.core, 'imports.registrations.commit', { token: r.token });
    expect(refused.message).toBe(
      '文件中有 6 行有错误。若只导入没有错误的行，请选择“导入有效行”；否则请改正文件后重新检查。',
    );

    const done = await jobData<RosterImportResult>(s.core, 'imports.registrations.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({
      created: 2,
      skipped: 6,
      persons: 1,
      employers: 0,
      posts: 0,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    expect(registrationsOf(s)).toEqual([
      {
        name: '努尔',
        reg_date: '2026-10-01',
        reason: '02',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
      {
        name: '艾力·买买提',
        reg_date: '2026-11-02',
        reason: '02',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
      {
        name: '阿依古丽',
        reg_date: '2026-11-03',
        reason: '01',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
    ]);
    const created = s.core.ctx.db
      .prepare('SELECT name, ethnicity, residence_region_id, employment_status FROM persons WHERE id_number = ?')
      .get(NEW_OK);
    expect(created).toEqual({
      name: '阿依古丽',
      ethnicity: '05',
      residence_region_id: s.village1,
      employment_status: '10',
    });
    const needs = s.core.ctx.db
      .prepare('SELECT needs FROM registrations WHERE person_id = ?')
      .pluck()
      .get(s.knownId) as number;
    expect(needs).toBeGreaterThan(0);
    const audit = s.core.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE summary LIKE '导入失业登记名册%'")
      .pluck()
      .all();
    expect(audit).toEqual(['导入失业登记名册：失业登记 2 条，新增人员 1 人，跳过 6 行（文件“失业登记花名册.xlsx”）']);
    const again = await jobError(s.core, 'imports.registrations.commit', { token: r.token, skipInvalidRows: true });
    expect(again.message).toBe('这次检查的结果已经导入；如需再次导入，请重新选择文件检查。');
  });

  it('a commit the rules now refuse (registered meanwhile) names the row and leaves the database byte-identical', async () => {
    const s = await scene();
    const r = await check(s, roster());
    await s.register(s.knownId, { regDate: '2026-11-01' });
    const e = await jobErrorUnchanged(s.core, 'imports.registrations.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(e.message).toBe(
      '第 3 行：该人员已有有效的失业登记（2026-11-01 登记），请打开已有登记。未导入任何数据，请重新检查文件。',
    );
  });

  it('a cancelled commit, and one failing part-way (a person and a registration written), leave the file byte-identical', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const before = await expectCancelledUntouched(s.core, 'imports.registrations.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    // The second registration is refused by the database, after the first one and the new person were written.
    const failure = failInsertAfter(s.core, 'registrations', 1, ['persons', 'registrations']);
    const e = await jobError(s.core, 'imports.registrations.commit', { token: r.token, skipInvalidRows: true });
    expect(e.code).toBe('INTERNAL');
    const [p0, r0] = failure.start;
    expect(failure.atFailure()).toEqual([p0 + 1, r0 + 1]);
    failure.remove();
    expect(registerState(s.core)).toEqual(before);
  });
});
