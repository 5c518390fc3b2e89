// Township scope (issue 19), imports: a 乡镇经办 of A cannot import a row living in B or naming a registered person of
// B (refused by row and column, nothing written), nor commit a file the administrator checked that holds such a row.
import { describe, expect, it } from 'vitest';
import type { PersonImportCheck } from '../../shared/contract/imports';
import type { JobStatus } from '../../shared/contract/system';
import type { ImportBatch } from '../../shared/contract/import-batches';
import type { Result } from '../../shared/contract/result';
import { jobResult, snapshot } from './harness';
import { base64, workbook, type Cell } from './import-workbooks';
import { REGISTRATION_ROSTER_HEAD } from '../roster-columns';
import { makeId } from './persons-fixtures';
import { jobAs } from './township-scope-clerk';
import { A_REGISTRATION_ROW, scenePerTest } from './township-scope-scene';

const scene = scenePerTest();

/** The head of a persons import file. */
const HEAD: Cell[] = ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态'];

describe('imports for another township', () => {
  it('a row living in B, or naming a registered person of B, is refused by row and column', async () => {
    const s = scene();
    const before = snapshot(s.core);
    const rows: Cell[][] = [
      HEAD,
      ['甲镇导入', makeId('653121', '19900101', '051'), '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
      ['乙乡导入', makeId('653121', '19900101', '061'), '汉族', '塔什米里克乡', '库木巴格村', '失业'],
      [s.b.reg.name, s.b.reg.idNumber, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
      ['随便写', s.b.rec.idNumber, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业'],
    ];
    const st = await jobAs(s, s.clerkA, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect(st.result?.ok).toBe(true);
    const r = (st.result as { ok: true; data: PersonImportCheck }).data;
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'D', '乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入'],
      [4, 'B', '该人员不属于您负责的乡镇（乌帕尔镇），不能导入'],
      [5, 'B', '该人员不属于您负责的乡镇（乌帕尔镇），不能导入'],
    ]);
    expect(r.newCount).toBe(1);
    // The refusal names no one of B (row 5's typed name does not match and is not corrected from the register).
    expect(JSON.stringify(r)).not.toContain(s.b.rec.name);
    expect(snapshot(s.core)).toBe(before);
  });
});

describe('an import commit is checked against the committer’s townships again', () => {
  const tokenOf = (st: JobStatus) => {
    if (!st.result?.ok) throw new Error(JSON.stringify(st.result));
    return (st.result.data as { token: string; acceptedCount?: number; newCount?: number }).token;
  };

  it('a persons file checked by the administrator (a row living in B) cannot be committed by A’s clerk', async () => {
    const s = scene();
    const admin = s.core.adminSession;
    const rows: Cell[][] = [
      HEAD,
      ['乙乡新人', makeId('653121', '19900101', '071'), '汉族', '塔什米里克乡', '库木巴格村', '失业'],
    ];
    const checked = await jobAs(s, admin, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect((checked.result as { ok: true; data: PersonImportCheck }).data.newCount).toBe(1);
    const before = snapshot(s.core);
    const st = await jobAs(s, s.clerkA, 'imports.persons.commit', {
      token: tokenOf(checked),
      updateMatched: [],
      skipInvalidRows: false,
    });
    expect(st.result).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message:
          '第 2 行：乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入。未导入任何数据，请重新检查文件。',
      },
    });
    expect(snapshot(s.core)).toBe(before);
  });

  it('a 失业登记 roster checked by the administrator (a new person living in B) cannot be committed by A’s clerk; A’s own row can', async () => {
    const s = scene();
    const admin = s.core.adminSession;
    const bRow = [
      '乙乡登记',
      makeId('653121', '19910101', '081'),
      '汉族',
      '塔什米里克乡',
      '库木巴格村',
      '2026.11.20',
      '单位失业',
      '有',
      '买买提·艾力',
    ];
    const file = async (...rows: Cell[][]) => ({
      fileName: 'r.xlsx',
      contentBase64: base64(await workbook([REGISTRATION_ROSTER_HEAD, ...rows])),
    });
    const checked = await jobAs(s, admin, 'imports.registrations.check', await file(bRow, A_REGISTRATION_ROW));
    expect(JSON.stringify((checked.result as { ok: true; data: { errors: unknown } }).data.errors)).toBe('[]');
    expect((checked.result as { ok: true; data: { acceptedCount: number } }).data.acceptedCount).toBe(2);
    const before = snapshot(s.core);
    const st = await jobAs(s, s.clerkA, 'imports.registrations.commit', {
      token: tokenOf(checked),
      skipInvalidRows: false,
    });
    expect(st.result).toMatchObject({
      ok: false,
      error: {
        message:
          '第 2 行（D列 乡镇(街道)）：该人员尚未登记，将按本行新建：乡镇(街道)“塔什米里克乡”不属于您负责的乡镇（乌帕尔镇），不能导入。未导入任何数据，请重新检查文件。',
      },
    });
    expect(snapshot(s.core)).toBe(before);
    // The clerk's own check of A's row commits.
    const own = await jobAs(s, s.clerkA, 'imports.registrations.check', await file(A_REGISTRATION_ROW));
    const done = await jobAs(s, s.clerkA, 'imports.registrations.commit', {
      token: tokenOf(own),
      skipInvalidRows: false,
    });
    expect(done.result).toMatchObject({ ok: true, data: { created: 1 } });
  });
});

describe('撤销本次导入 under township scope (imports.batches.list / undo)', () => {
  it('A’s clerk lists and undoes only their own import; the administrator’s stays theirs', async () => {
    const s = scene();
    const row = (name: string, serial: string): Cell[] => [
      name,
      makeId('653121', '19920101', serial),
      '汉族',
      '乌帕尔镇',
      '阿亚格曼干村',
      '失业',
    ];
    const importAs = async (session: string, rows: Cell[][]) => {
      const file = { fileName: 'p.xlsx', contentBase64: base64(await workbook([HEAD, ...rows])) };
      const checked = await jobAs(s, session, 'imports.persons.check', file);
      const token = (checked.result as { ok: true; data: PersonImportCheck }).data.token;
      const done = await jobAs(s, session, 'imports.persons.commit', {
        token,
        updateMatched: [],
        skipInvalidRows: false,
      });
      expect(done.result).toMatchObject({ ok: true, data: { created: rows.length } });
    };
    await importAs(s.core.adminSession, [row('县里导入', '101')]);
    const before = snapshot(s.core, ['audit_log', 'import_batches', 'import_batch_rows']);
    await importAs(s.clerkA, [row('甲镇导入一', '111'), row('甲镇导入二', '121')]);

    const listAs = async (session: string) => {
      const r = (await s.core.invoke('imports.batches.list', {}, session)) as Result<{ items: ImportBatch[] }>;
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r;
    };
    const mine = await listAs(s.clerkA);
    expect(mine.data.items.map((b) => [b.committedBy, b.summary, b.canUndo])).toEqual([
      ['甲镇经办', '导入人员：新增 2 人，更新 0 人，跳过 0 行（文件“p.xlsx”）', true],
    ]);
    const all = await listAs(s.core.adminSession);
    const theirs = all.data.items.find((b) => b.committedBy !== '甲镇经办');
    expect(theirs?.canUndo).toBe(true);
    expect(await jobResult(s.core, 'imports.batches.undo', { id: theirs?.id as string }, s.clerkA)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await jobResult(s.core, 'imports.batches.undo', { id: mine.data.items[0].id }, s.clerkA)).toMatchObject({
      ok: true,
      data: { id: mine.data.items[0].id },
    });
    expect(snapshot(s.core, ['audit_log', 'import_batches', 'import_batch_rows'])).toBe(before);
  });
});
