// CFG-31 retention (DOMAIN §9.8) through archive.list / archive.export / archive.purge on a real SQLite file, today
// 2026-11-28, 5 years: who is past retention at the edges (last activity 2021-11-27 listed, 2021-11-28 not), the
// archive workbook (full numbers, 内部资料, audited), the purge (a backup first, every row of the listed persons and
// nothing else, audit summaries redacted, one audit row with the count), a failed purge leaves the file byte-identical,
// and nobody but an administrator may call them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PURGE_STEPS } from '../../electron/core/modules/archive/purge';
import type { ArchivePurgeResult } from '../../shared/contract/archive';
import { registerState } from './db-bytes';
import { backupsDir } from '../../electron/core/modules/backups/meta';
import { call, maskIdsThreeTwo, must, mustJob, signedInAs } from './harness';
import { jobData, jobError, takeWorkbook } from './import-workbooks';
import { makeId } from './persons-fixtures';
import { setup } from './registrations-fixtures';
import { fieldsOf } from './refusals';

const IDS = {
  old: makeId('653121', '19800101', '011'),
  edge: makeId('653121', '19800101', '031'),
  open: makeId('653121', '19800101', '051'),
  fresh: makeId('653121', '19800101', '071'),
};

/**
 * 旧甲: registered 2020-01-06, a contact 2020-03-10, cancelled 2021-11-27 (last activity one day before the cutoff);
 * 边乙: the same, cancelled 2021-11-28 (exactly 5 years: kept); 开丙: registered 2019, still open; 新丁: no record.
 */
async function scene() {
  const s = await setup();
  const closed = async (idNumber: string, name: string, cancelDate: string) => {
    const person = await s.person({ idNumber, name });
    const reg = await s.register(person, { regDate: '2020-01-06' });
    await s.contact(reg, { contactDate: '2020-03-10' });
    await must(s.core, 'registrations.cancel', { id: reg, cancelDate, cancelReason: 'C99' });
    return person;
  };
  const old = await closed(IDS.old, '旧甲', '2021-11-27');
  const edge = await closed(IDS.edge, '边乙', '2021-11-28');
  const open = await s.person({ idNumber: IDS.open, name: '开丙' });
  await s.register(open, { regDate: '2019-05-06' });
  const fresh = await s.person({ idNumber: IDS.fresh, name: '新丁' });
  s.core.ctx.db
    .prepare(
      `INSERT INTO household_members (id, person_id, position, member_name, member_id_number, relation, status,
        works_age_able, created_at, updated_at, created_by, updated_by)
       VALUES ('hm1', ?, 1, '旧甲之子', NULL, '子女', '在校', 0, 'x', 'x', 'y', 'y')`,
    )
    .run(old);
  return { ...s, ids: { old, edge, open, fresh } };
}

const counts = (s: Awaited<ReturnType<typeof scene>>) =>
  Object.fromEntries(
    PURGE_STEPS.map(([table]) => [table, s.core.ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()]),
  );

describe('档案到期 (CFG-31)', () => {
  it('lists a closed case whose last activity is before today minus N years, not one exactly N years old', async () => {
    const s = await scene();
    const view = await must(s.core, 'archive.list', {});
    expect([view.years, view.cutoff, view.total]).toEqual([5, '2021-11-28', 1]);
    expect(view.persons).toEqual([
      {
        id: s.ids.old,
        name: '旧甲',
        idNumberMasked: `${IDS.old.slice(0, 6)}********${IDS.old.slice(14)}`,
        township: '乌帕尔镇',
        lastActivity: '2021-11-27',
      },
    ]);
    // A shorter period from today on lists 边乙 too; the open case and the new person never.
    await must(s.core, 'ruleSettings.set', {
      key: 'archive.closedCaseYears',
      effectiveFrom: '2026-11-01',
      values: { value: 4 },
      note: null,
    });
    expect((await must(s.core, 'archive.list', {})).persons.map((p) => p.name)).toEqual(['旧甲', '边乙']);
  });

  it('masks the listed ID numbers with the county pattern (CFG-29), as every list does', async () => {
    const s = await scene();
    const mask = await maskIdsThreeTwo(s.core);
    expect((await must(s.core, 'archive.list', {})).persons.map((p) => p.idNumberMasked)).toEqual([mask(IDS.old)]);
  });

  it('the archive workbook holds the listed persons in full, marked 内部资料, audited as a full-number export', async () => {
    const s = await scene();
    const r = await jobData<{ fileId: string; persons: number }>(s.core, 'archive.export', {});
    expect(r.persons).toBe(1);
    const { wb, fileName } = await takeWorkbook(s.core, r.fileId);
    expect(fileName).toMatch(/^653121_DAGD_202611_\d{12}\.xlsx$/);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '人员信息',
      '家庭成员',
      '失业登记',
      '联系记录',
      '公益性岗位安置',
      '就业见习',
      '就业困难人员认定',
      '职业技能培训',
    ]);
    const persons = wb.worksheets[0];
    expect(persons.getCell('A2').value).toBe('内部资料 注意保密');
    const values = persons
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain(IDS.old);
    expect(values).not.toContain(IDS.edge);
    const contacts = wb.getWorksheet('联系记录')!.getSheetValues().flat();
    expect(contacts).toContain('旧甲');
    const log = (await must(s.core, 'audit.list', { entity: 'archive' })).items.map((i) => i.summary);
    expect(log).toEqual(['导出到期档案（超过保存期限5年，1 人，完整号码）']);
  });

  it('purge: a backup first, every row of the listed person and nothing else, audit rows kept with names removed', async () => {
    const s = await scene();
    const before = counts(s);
    const levelChanges = s.core.ctx.db
      .prepare(
        'SELECT count(*) FROM service_level_changes c JOIN registrations r ON r.id = c.registration_id WHERE r.person_id = ?',
      )
      .pluck()
      .get(s.ids.old);
    const bad = await jobError(s.core, 'archive.purge', { count: 2, confirm: '确认删除' });
    expect(bad.message).toBe('到期档案已变为 1 人（确认时为 2 人），请刷新列表后重新确认。');
    const wrongWord = await call(s.core, 'archive.purge', { count: 1, confirm: '删除' as '确认删除' });
    expect(fieldsOf(wrongWord)).toEqual({ confirm: '请输入“确认删除”' });

    // November 2021 is locked: its frozen RPT-11 lists 旧甲 (cancelled 11-27) and 边乙.
    await must(s.core, 'settings.setOffice', {
      name: '疏附县人力资源和社会保障局',
      countyName: '疏附县',
      countyCode: '653121',
    });
    await mustJob(s.core, 'periodLocks.lock', { month: '2021-11', note: null });
    const frozen = () =>
      s.core.ctx.db
        .prepare(
          "SELECT content FROM period_lock_reports WHERE month = '2021-11' AND report = 'RPT-11' AND scope_key = ''",
        )
        .pluck()
        .get() as string;
    expect([frozen().includes(IDS.old), frozen().includes(IDS.edge)]).toEqual([true, true]);

    const r = await jobData<ArchivePurgeResult>(s.core, 'archive.purge', { count: 1, confirm: '确认删除' });
    expect([frozen().includes(IDS.old), frozen().includes(IDS.edge)]).toEqual([false, true]);
    expect(existsSync(join(backupsDir(s.core.ctx), r.backup))).toBe(true);
    expect(r.backup).toMatch(/^taizhang-before-purge-/);
    const after = counts(s);
    const removed = Object.fromEntries(
      Object.keys(before).map((t) => [t, (before[t] as number) - (after[t] as number)]),
    );
    expect(removed).toEqual({
      ...Object.fromEntries(PURGE_STEPS.map(([t]) => [t, 0])),
      persons: 1,
      registrations: 1,
      contacts: 1,
      household_members: 1,
      service_level_changes: levelChanges,
    });
    expect(r.deleted).toEqual(removed);
    const db = s.core.ctx.db;
    expect(db.prepare('SELECT name FROM persons ORDER BY name').pluck().all()).toEqual(['开丙', '新丁', '边乙'].sort());
    // Audit rows about 旧甲 stay, without the name; the purge is one row with the count and no name.
    const about = db.prepare('SELECT summary FROM audit_log WHERE entity_id = ?').pluck().all(s.ids.old) as string[];
    expect(about.length).toBeGreaterThan(0);
    expect(new Set(about)).toEqual(new Set(['（该人员档案已按保存期限清理）']));
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE summary LIKE '%旧甲%'").pluck().get()).toBe(0);
    const purgeRows = (await must(s.core, 'audit.list', { entity: 'archive' })).items.map((i) => i.summary);
    expect(purgeRows).toEqual([`清理超过保存期限（5年）的档案 1 人，清理前已备份：${r.backup}`]);
    expect((await must(s.core, 'archive.list', {})).total).toBe(0);
    // The audit log still refuses any other change.
    expect(() => db.prepare("UPDATE audit_log SET summary = 'x'").run()).toThrow(/操作记录只能追加，不能修改/);
  });

  it('a purge failing mid-transaction leaves the register byte-identical', async () => {
    const s = await scene();
    const db = s.core.ctx.db;
    // Every dependent row is deleted before the persons: fail there.
    db.exec(
      "CREATE TEMP TRIGGER fail_purge BEFORE DELETE ON main.persons BEGIN SELECT RAISE(ABORT, '注入的失败'); END",
    );
    try {
      const before = registerState(s.core);
      const err = await jobError(s.core, 'archive.purge', { count: 1, confirm: '确认删除' });
      expect([err.code, err.message]).toEqual([
        'INTERNAL',
        '程序内部错误，操作未完成，数据未改动。请把错误发生的时间告诉技术支持。',
      ]);
      expect(registerState(s.core)).toEqual(before);
    } finally {
      db.exec('DROP TRIGGER temp.fail_purge');
    }
  });

  it('only an administrator may list, export or purge', async () => {
    const s = await scene();
    for (const role of ['reviewer', 'clerk', 'readonly'] as const) {
      const session = signedInAs(s.core, `u-${role}`, role, {
        fullIdExport: true,
        townshipIds: role === 'clerk' ? [s.town1] : [],
      });
      for (const [channel, input] of [
        ['archive.list', {}],
        ['archive.export', {}],
        ['archive.purge', { count: 1, confirm: '确认删除' }],
      ] as const) {
        const r = await s.core.invoke(channel, input, session);
        expect([role, channel, r.ok ? 'ok' : r.error.code]).toEqual([role, channel, 'FORBIDDEN']);
      }
    }
    expect(s.core.ctx.db.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(4);
  });
});
