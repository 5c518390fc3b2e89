// A reviewed roster is a payment record (migration 0028, subsidies/payee-copies.ts): review copies what the roster
// prints about each payee — name, ID number, account, 开户行, unit and its account, post — and the roster, its export
// and the drawer read the copies; a person's or unit's later edit shows only on drafts; 撤销审核 clears the copies.
import type { Core } from '../../electron/core/core';
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { refusedAs } from './refusals';
import { gradInput, graduate, internCounty, retainedEnd } from './internships-fixtures';
import { cellsOf, exportBook } from './reports-export-read';
import { OCTOBER_TWO_ABSENCES_ENTRY, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';
import { claimedClass } from './training-fixtures';
import { purgePersons } from '../../electron/core/modules/archive/purge';
import { internshipPaidByHost, postPaidByUnit } from '../../electron/core/modules/subsidies/paid-amounts';

interface Reviewed {
  core: Core;
  batchId: string;
  report: Record<string, unknown>;
}

/** Each roster kind reviewed, with the export that prints it. */
const ROSTERS: [string, () => Promise<Reviewed>][] = [
  [
    'RPT-06 公益性岗位补贴',
    async () => {
      const core = makeCore();
      const c = await subsidyCounty(core);
      await saveUrbanOctober(c, OCTOBER_TWO_ABSENCES_ENTRY);
      const batch = await reviewedRoster(core, 'post', '2026-10');
      return { core, batchId: batch.id, report: { report: 'RPT-06', month: '2026-10' } };
    },
  ],
  [
    'RPT-09 就业见习补贴 (an early-hire remainder paid to the host)',
    async () => {
      const core = makeCore();
      const c = await internCounty(core);
      const i = await must(core, 'internships.create', gradInput(await graduate(c), c.hostA));
      await must(core, 'internships.end', retainedEnd(i.id, '2026-10-15', '3', '2026-10-16', 2));
      await must(core, 'allowances.generate', { month: '2026-10' });
      const batch = await reviewedRoster(core, 'internship', '2026-10');
      return { core, batchId: batch.id, report: { report: 'RPT-09', from: '2026-10', to: '2026-10' } };
    },
  ],
  [
    'RPT-14 职业培训补贴',
    async () => {
      const core = makeCore();
      const { batchId } = await claimedClass(core);
      return { core, batchId, report: { report: 'RPT-14', month: '2026-11' } };
    },
  ],
];

const NEW_ACCOUNT = '6217009999999999999';

/** The clerk's later edits of every payee and unit: name, accounts, 开户行, unit name and account, post. */
function editPayees(core: Core): void {
  const db = core.ctx.db;
  db.prepare(
    `UPDATE persons SET name = name || '改', bank_card_no = '${NEW_ACCOUNT}', card_no = 'X${NEW_ACCOUNT.slice(1)}',
    bank_name = '改后的开户行'`,
  ).run();
  db.prepare(`UPDATE employers SET name = name || '（改名）', bank_account = '${NEW_ACCOUNT}'`).run();
  db.prepare(`UPDATE posts SET title = title || '改'`).run();
  db.prepare(`UPDATE internships SET position = coalesce(position, '') || '改'`).run();
}

const copies = (core: Core, batchId: string) =>
  core.ctx.db
    .prepare(
      `SELECT payee_name, payee_id_number, payee_account, payee_bank_name, payee_unit, payee_unit_account, payee_post
      FROM subsidy_batch_items WHERE batch_id = ?`,
    )
    .all(batchId) as Record<string, string | null>[];

describe('a reviewed roster keeps what it printed about its payees', () => {
  it.each(ROSTERS)(
    '%s: a later edit leaves the export and the drawer unchanged; 撤销审核 reads the edit',
    async (_, make) => {
      const { core, batchId, report } = await make();
      const before = cellsOf(await exportBook(core, report));
      const drawer = await must(core, 'subsidies.get', { id: batchId });
      expect(copies(core, batchId).every((r) => r.payee_name && r.payee_id_number && r.payee_unit)).toBe(true);

      editPayees(core);
      expect(cellsOf(await exportBook(core, report))).toEqual(before);
      expect(await must(core, 'subsidies.get', { id: batchId })).toEqual(drawer);

      await must(core, 'subsidies.unreview', { id: batchId, reason: '更正银行账号' });
      expect(
        copies(core, batchId)
          .flatMap(Object.values)
          .every((v) => v === null),
      ).toBe(true);
      const draft = JSON.stringify(cellsOf(await exportBook(core, report)));
      expect(draft).toContain('（改名）');
      expect(draft).toContain(NEW_ACCOUNT.slice(-4));
      const items = (await must(core, 'subsidies.get', { id: batchId })).items;
      expect(items.every((i) => i.personName.endsWith('改') && i.employerName.endsWith('（改名）'))).toBe(true);

      // Reviewed again, the roster keeps the edited facts.
      await must(core, 'subsidies.review', { id: batchId, reviewedBy: '阿依古丽', confirmUnentered: true });
      expect(copies(core, batchId).every((r) => r.payee_name?.endsWith('改'))).toBe(true);
    },
  );

  it.each(ROSTERS)(
    '%s: purging the payees keeps every row: the export, the drawer and the amounts paid as they were',
    async (_, make) => {
      const { core, batchId, report } = await make();
      const db = core.ctx.db;
      const paid = () => ({
        post: postPaidByUnit(db, '2026-01', '2026-12', 'employer', null),
        internship: internshipPaidByHost(db, '2026-01', '2026-12'),
      });
      const before = {
        book: cellsOf(await exportBook(core, report)),
        drawer: await must(core, 'subsidies.get', { id: batchId }),
        paid: paid(),
      };
      const payees = [...new Set(before.drawer.items.map((i) => i.personId))].map((id) => ({
        id,
        idNumber: db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(id) as string,
      }));
      db.transaction(() => purgePersons(db, payees))();
      expect(
        db
          .prepare('SELECT count(*) FROM persons WHERE id IN (SELECT value FROM json_each(?))')
          .pluck()
          .get(JSON.stringify(payees.map((p) => p.id))),
      ).toBe(0);
      expect(
        db
          .prepare('SELECT count(*) FROM subsidy_batch_items WHERE batch_id = ? AND printed IS NULL')
          .pluck()
          .get(batchId),
      ).toBe(0);
      expect({
        book: cellsOf(await exportBook(core, report)),
        drawer: await must(core, 'subsidies.get', { id: batchId }),
        paid: paid(),
      }).toEqual(before);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Without the records there is no draft to go back to: 撤销审核 is refused, nothing written.
      const n = before.drawer.items.length;
      expect(await callUnchanged(core, 'subsidies.unreview', { id: batchId, reason: '更正' })).toMatchObject(
        refusedAs(
          'RULE_VIOLATION',
          `“${before.drawer.name}”中有 ${n} 条记录的人员档案已按保存期限清理，花名册只保留发放记录，不能撤销审核。`,
        ),
      );
    },
  );

  it('the payees without an account are those the reviewed roster prints, not the persons today', async () => {
    const [, make] = ROSTERS[0];
    const { core, batchId } = await make();
    const missing = (await must(core, 'subsidies.get', { id: batchId })).missingAccounts;
    expect(missing.length).toBeGreaterThan(0);
    editPayees(core);
    expect((await must(core, 'subsidies.get', { id: batchId })).missingAccounts).toEqual(missing);
    await must(core, 'subsidies.unreview', { id: batchId, reason: '补录账号' });
    expect((await must(core, 'subsidies.get', { id: batchId })).missingAccounts).toEqual([]);
  });
});
