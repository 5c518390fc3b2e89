import { describe, expect, it } from 'vitest';
import { callUnchanged, must } from './harness';
import { insertPerson, insertRoster, insertRow, officeAt, upgradeThrough } from './migration-fixtures';
import { freshAllowance } from './internships-fixtures';
import { makeId } from './persons-fixtures';
import { refusedWith } from './refusals';

// Migration 0021 (internship allowance deductions): a version-19 register holding an intern's September month on a
// reviewed roster and October's month on none upgrades; both months read deduction 0 and paid = due, September stays
// locked (the review-lock triggers of 0007/0010 are untouched), October takes a deduction through the core, and the
// new columns hold their own rules (a deduction within the due amount and with a reason; paid always due − deduction).
describe('migration 0021 (allowance deductions)', () => {
  it('upgrades a version-19 database holding allowance months, one of them on a reviewed roster', async () => {
    const v19 = officeAt(19);
    const db = v19.db;
    insertPerson(db, makeId('653121', '20030510', '124'), { name: '古丽' });
    insertRow(db, 'employers', { id: 'e1', name: '见习基地', nature: '4', region_id: 't1', township_id: 't1' });
    insertRow(db, 'internships', {
      id: 'i1',
      person_id: 'p1',
      host_id: 'e1',
      position: '文员',
      intern_type: '2',
      agreement_start: '2026-09-01',
      agreement_end: '2027-02-28',
      allowance_standard: 190_000,
      allowance_source: 'default',
      min_wage_fen: 190_000,
      host_allowance: 95_000,
      insurance_policy: 'P-1',
    });
    const month = { internship_id: 'i1', days: 30, calendar_days: 30, standard: 190_000, due_amount: 190_000 };
    insertRow(db, 'internship_allowances', { id: 'a9', ...month, month: '2026-09' });
    // A stamp as the app writes it (the save's stale check moves it forward).
    const stamp = { updated_at: '2026-10-31T00:00:00.000Z' };
    insertRow(db, 'internship_allowances', {
      id: 'a10',
      ...month,
      ...stamp,
      month: '2026-10',
      days: 31,
      calendar_days: 31,
    });
    insertRoster(db, { id: 'b9', kind: 'internship', month: '2026-09', reviewedAt: 'x' }, [
      { id: 'x9', link: { allowance_id: 'a9' }, amountFen: 190_000 },
    ]);

    const core = upgradeThrough(v19, 21, 'allowance-deductions');
    const up = core.ctx.db;
    expect(
      up.prepare('SELECT id, deduction, deduction_reason, paid_amount FROM internship_allowances ORDER BY month').all(),
    ).toEqual([
      { id: 'a9', deduction: 0, deduction_reason: null, paid_amount: 190_000 },
      { id: 'a10', deduction: 0, deduction_reason: null, paid_amount: 190_000 },
    ]);
    // The schema's own rules.
    const set = (sql: string) => () => up.prepare(`UPDATE internship_allowances SET ${sql} WHERE id = 'a10'`).run();
    expect(set('deduction = 200000, deduction_reason = 1')).toThrow(/CHECK/);
    expect(set('deduction = 100')).toThrow(/CHECK/);
    expect(set('deduction = -1')).toThrow(/CHECK/);
    expect(set('paid_amount = 1')).toThrow(/generated column/);
    // September stays locked, by the core and by the trigger.
    expect(set('deduction = 0')).not.toThrow();
    expect(() => up.prepare("UPDATE internship_allowances SET deduction = 0 WHERE id = 'a9'").run()).toThrow(
      /见习补贴记录已列入已审核的补贴发放花名册，不能修改/,
    );
    const input = { deductionFen: 10_000, deductionReason: '旷岗两天', hostAllowanceVerified: true };
    expect(await callUnchanged(core, 'allowances.save', freshAllowance(core, { id: 'a9', ...input }))).toMatchObject(
      refusedWith(expect.stringContaining('已锁定，不能修改')),
    );
    expect(await must(core, 'allowances.save', freshAllowance(core, { id: 'a10', ...input }))).toMatchObject({
      paidFen: 180_000,
      hostAllowanceVerified: true,
    });
    const roster = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    expect(roster.totalFen).toBe(180_000);
  });
});
