import { describe, expect, it } from 'vitest';
import { rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { rpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12';
import { keptRpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12-state';
import { makeCore, must, TODAY } from './harness';
import { exportAndRead, findRow, reportScene, rowValues } from './posts-report-scene';
import { markDifficult } from './registrations-fixtures';
import { reportMonth } from './rpt11-fixtures';

// 就业困难人员 in a past month's report is the recognition in force at that month's end (recognised on or before
// it, not exited by then: recognitions/in-force-sql.ts), not today's persons.is_difficult (audit5 gap 3): RPT-07
// col 13 (期末在岗构成, §6.7), RPT-11 是否就业困难人员 (§6.11), RPT-12 col 2 (§6.12). So a month's figures do not
// change with the day they are exported.

describe('就业困难人员 as of the period end', () => {
  it('RPT-07 col 13: a person recognised after October is not counted in October, one recognised in it is', async () => {
    const s = await reportScene(makeCore());
    const c13 = async () => {
      const ws = await exportAndRead(s.core, rpt07, { month: '2026-10', today: TODAY });
      return Number(rowValues(ws, findRow(ws, '乌帕尔镇'))[13] ?? 0);
    };
    const base = await c13();
    // P4: rural post (basis E24, not E06) on post 2026-05-01 → 11-05, so on post at the end of October.
    const p4 = await must(s.core, 'placements.get', { id: s.p.P4 });
    markDifficult(s.core, p4.personId, '2026-11-03');
    expect(await c13()).toBe(base);
    s.core.ctx.db
      .prepare("UPDATE recognitions SET recognition_date = '2026-10-15' WHERE person_id = ?")
      .run(p4.personId);
    expect(await c13()).toBe(base + 1);
  });

  it('RPT-11 and RPT-12 (reference and kept rows): recognised 2026-11-03 counts in November, not in October', async () => {
    const s = await reportMonth();
    const guli = s.core.ctx.db.prepare('SELECT person_id FROM registrations WHERE id = ?').pluck().get(s.regs.guli);
    markDifficult(s.core, guli as string, '2026-11-03');
    const difficultOf = (month: string) =>
      rpt11Rows(s.core.ctx.db, { month, today: TODAY }).find((r) => r.name === '古丽')?.difficult;
    expect([difficultOf('2026-10'), difficultOf('2026-11')]).toEqual(['否', '是']);
    const col2 = (month: string) => {
      const rows = rpt12Rows(s.core.ctx.db, { month, today: TODAY });
      expect(keptRpt12Rows(s.core.ctx, { month, today: TODAY })).toEqual(rows);
      return rows.find((r) => r.unit === '塔什米里克乡')?.difficult;
    };
    // October: 0 as before (古丽 recognised later); November: 1.
    expect([col2('2026-10'), col2('2026-11')]).toEqual([0, 1]);
  });
});
