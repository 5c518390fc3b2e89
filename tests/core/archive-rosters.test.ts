// CFG-31 (DOMAIN §9.8) and the subsidy rosters: a person a reviewed roster names is past retention N years after the
// last month of any roster naming them (a later 补发/扣回 roster too) once the rest of the case is closed and old; the
// purge takes the person and keeps the roster rows, detached from the deleted records with what they print, so the
// rosters, their exports, their drawers and a locked month's frozen roster stay the same. A draft roster keeps them.
import { describe, expect, it } from 'vitest';
import type { ArchivePurgeResult } from '../../shared/contract/archive';
import { call, makeCore, must, mustJob } from './harness';
import { jobData } from './import-workbooks';
import { fieldsOf, messageOf } from './refusals';
import { cellsOf, exportBook } from './reports-export-read';
import { adjustment, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

/**
 * Two persons on 岗位补贴 rosters of October and November 2026 who left their posts on 2026-11-20 (last activity the
 * end of November), the urban one also on a reviewed 补发 roster of December 2026 (last payment: December) paying back
 * October's deduction.
 */
async function paidCounty() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  // 10.00 deducted in October: the December 补发 pays it back (a 补发 never goes above the full month).
  await saveUrbanOctober(c, { deductionFen: 1_000, deductionReason: '迟到' });
  const october = await reviewedRoster(core, 'post', '2026-10');
  for (const id of [c.urbanPlacementId, c.ruralPlacementId])
    await must(core, 'placements.leave', { id, leaveDate: '2026-11-20', leaveReason: 'L01', leaveNote: null });
  // The urban person's recognition (低保对象) ends with the post: nothing of the case is still open.
  const recognition = core.ctx.db
    .prepare('SELECT id FROM recognitions WHERE person_id = ?')
    .pluck()
    .get(c.urbanPersonId);
  await must(core, 'recognitions.exit', { id: recognition as string, exitDate: '2026-11-20', exitReason: 'R11' });
  await must(core, 'attendance.generate', { month: '2026-11' });
  const november = await reviewedRoster(core, 'post', '2026-11');
  core.ctx.today = () => '2026-12-05';
  const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-12' });
  const urbanItem = october.items.find((i) => i.personId === c.urbanPersonId)!;
  await must(core, 'subsidies.adjust', adjustment(sup.id, urbanItem.id, 1_000, '少发补发'));
  await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽' });
  core.close();
  return { c, dir: core.ctx.dataDir, november, rosters: [october.id, november.id, sup.id] };
}

const listed = async (dir: string, today: string) => {
  const core = makeCore(dir, today);
  return { core, ids: (await must(core, 'archive.list', {})).persons.map((p) => p.id) };
};

describe('档案到期 and the subsidy rosters', () => {
  it('counts from the last month of any roster naming the person: kept before, listed after', async () => {
    const { c, dir } = await paidCounty();
    // 2031-12-15: the rural person's last activity (November's end) is past; the urban one was paid in December.
    const mid = await listed(dir, '2031-12-15');
    expect(mid.ids).toContain(c.ruralPersonId);
    expect(mid.ids).not.toContain(c.urbanPersonId);
    mid.core.close();
    const after = await listed(dir, '2032-01-01');
    expect(after.ids).toEqual(expect.arrayContaining([c.ruralPersonId, c.urbanPersonId]));
    after.core.close();
  });

  it('a draft roster naming the person keeps them', async () => {
    const { c, dir, november } = await paidCounty();
    const core = makeCore(dir, '2026-12-05');
    const draft = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-12' });
    const item = november.items.find((i) => i.personId === c.ruralPersonId)!;
    await must(core, 'subsidies.adjust', adjustment(draft.id, item.id, -100, '多发扣回'));
    core.close();
    const later = await listed(dir, '2040-01-01');
    expect(later.ids).not.toContain(c.ruralPersonId);
    expect(later.ids).toContain(c.urbanPersonId);
    later.core.close();
  });

  it('the purge keeps every roster row: exports, drawers and a locked month’s frozen roster are unchanged', async () => {
    const { c, dir, rosters } = await paidCounty();
    const core = makeCore(dir, '2032-01-01');
    const db = core.ctx.db;
    await must(core, 'settings.setOffice', {
      name: '疏附县人力资源和社会保障局',
      countyName: '疏附县',
      countyCode: '653121',
    });
    await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: null });
    const frozen = () =>
      db.prepare("SELECT content FROM period_lock_reports WHERE month = '2026-10' AND report = 'RPT-06'").pluck().all();
    const state = async () => ({
      exports: [
        cellsOf(await exportBook(core, { report: 'RPT-06', month: '2026-10' })),
        cellsOf(await exportBook(core, { report: 'RPT-06', month: '2026-11' })),
      ],
      drawers: await Promise.all(rosters.map((id) => must(core, 'subsidies.get', { id }))),
      list: await must(core, 'subsidies.list', {}),
      frozen: frozen(),
    });
    const before = await state();
    expect(JSON.stringify(before.frozen)).toContain(
      db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(c.urbanPersonId),
    );
    const items = db.prepare('SELECT count(*) FROM subsidy_batch_items').pluck().get();

    const view = await must(core, 'archive.list', {});
    expect(view.persons.map((p) => p.id)).toEqual(expect.arrayContaining([c.urbanPersonId, c.ruralPersonId]));
    const r = await jobData<ArchivePurgeResult>(core, 'archive.purge', { count: view.total, confirm: '确认删除' });
    expect(r.persons).toBe(view.total);

    expect(
      db.prepare('SELECT count(*) FROM persons WHERE id IN (?, ?)').pluck().get(c.urbanPersonId, c.ruralPersonId),
    ).toBe(0);
    expect(db.prepare('SELECT count(*) FROM attendance_months').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM subsidy_batch_items').pluck().get()).toBe(items);
    expect(
      db
        .prepare('SELECT count(*) FROM subsidy_batch_items WHERE printed IS NULL OR attendance_id IS NOT NULL')
        .pluck()
        .get(),
    ).toBe(0);
    expect(await state()).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    core.close();
  });

  it('a purged payee’s roster row takes no 补发/扣回, and the refusal says why', async () => {
    const { c, dir, november } = await paidCounty();
    const core = makeCore(dir, '2032-01-01');
    const view = await must(core, 'archive.list', {});
    expect(view.persons.map((p) => p.id)).toContain(c.ruralPersonId);
    await jobData<ArchivePurgeResult>(core, 'archive.purge', { count: view.total, confirm: '确认删除' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2031-12' });
    const item = november.items.find((i) => i.personId === c.ruralPersonId)!;
    const r = await call(core, 'subsidies.adjust', adjustment(sup.id, item.id, 1_000, '少发补发'));
    expect(messageOf(r)).toBe(
      `${item.personName}的档案已超过保存期限并已清理，原花名册中的这一行只保留为发放记录，不能再补发或扣回。`,
    );
    expect(fieldsOf(r)).toEqual({ originalItemId: '该人员的档案已清理，不能补发/扣回' });
    expect((await must(core, 'subsidies.get', { id: sup.id })).items).toEqual([]);
    core.close();
  });
});
