import { describe, expect, it } from 'vitest';
import { rpt01 } from '../../electron/core/modules/reports/rpt01';
import type { Rpt01Row } from '../../electron/core/modules/reports/rpt01-query';
import { rpt02 } from '../../electron/core/modules/recognitions/reports/rpt02';
import type { Rpt02Row } from '../../electron/core/modules/recognitions/reports/rpt02';
import { makeCore, must, tempDir } from './harness';
import { reportScene } from './posts-report-scene';
import { place as placeOn } from './posts-fixtures';

// RPT-01 当前就业状态 (§6.1 "status at as-of date") and RPT-02 col 18 其中期末未就业 (§6.2) of one past month read the
// status on the period end from one function (reports/employment-status.ts → reportedStatusOn), so they agree
// (audit5 gaps 1–2). Exported on 2026-12-10 for November, with the four patterns audit5 found:
//   P10 left 11-15 (L02 → 10); 灵活就业 on the row, updated_at before the leave → 22 from 11-16 (after the leave);
//   P7  left 10-31 (L09 → 10); 单位就业 set on 12-10 (today) → still 10 in November, 21 in December;
//   P9  left 11-28 (L99 → 10), placed again from 12-05 (row 24 now) → 10 in November, no December post shown;
//   P2  left 11-10 for other work (L01) → 21 单位就业 from 11-11.
const EMPLOYED: string[] = ['单位就业', '灵活就业', '自主创业(个体/企业)', '公益性岗位安置'];

describe('RPT-01 and RPT-02 agree on the status at the period end', () => {
  it('a past month shows that month, per person, and col 18 = RPT-01 rows not employed, per 乡镇', async () => {
    const s = await reportScene(makeCore(tempDir(), '2026-12-10'));
    const person = async (label: string) => (await must(s.core, 'placements.get', { id: s.p[label] })).personId;
    const setRow = (id: string, status: string, updatedAt: string) =>
      s.core.ctx.db
        .prepare('UPDATE persons SET employment_status = ?, updated_at = ? WHERE id = ?')
        .run(status, updatedAt, id);
    // Set on the row without an audit row (as an import or an older version left it), updated_at before the leave:
    // dated no earlier than the leave it overrides (11-16).
    setRow(await person('P10'), '22', '2026-01-05T03:00:00.000Z');
    // 单位就业 typed today (no audit row in this scene: updated_at dates it).
    setRow(await person('P7'), '21', '2026-12-10T03:00:00.000Z');
    await placeOn(s.core, await person('P9'), s.town2PostId, { basisDate: '2025-12-01', startDate: '2026-12-05' });

    const scope = { month: '2026-11', today: '2026-12-10' };
    const db = s.core.ctx.db;
    const r01 = [...rpt01.rows(db, scope)] as Rpt01Row[];
    const r02 = rpt02.rows(db, scope) as Rpt02Row[];
    const byName = new Map(r01.map((r) => [r.name, r]));
    const name = async (label: string) => (await must(s.core, 'placements.get', { id: s.p[label] })).personName;
    expect(byName.get(await name('P10'))?.employment).toBe('灵活就业');
    expect(byName.get(await name('P7'))?.employment).toBe('失业(未就业)');
    const p9 = byName.get(await name('P9'));
    expect([p9?.employment, p9?.employer, p9?.employmentDate]).toEqual(['失业(未就业)', null, null]);

    // P2 left 11-10 for other work (L01 → 21 单位就业 from 11-11).
    expect(byName.get(await name('P2'))?.employment).toBe('单位就业');
    // Per 乡镇: RPT-01's rows still valid at the end and not employed = RPT-02 col 18.
    for (const row of r02) {
      const open = r01.filter((r) => r.township === row.township && !r.exitDate);
      expect(open.length, row.township).toBe(row.closing);
      expect(open.filter((r) => !EMPLOYED.includes(r.employment)).length, row.township).toBe(row.closingUnemployed);
    }
    expect(r02.reduce((n, r) => n + r.closing, 0)).toBeGreaterThan(0);

    // December (today): the status typed on 12-10 and the placement from 12-05 stand.
    const dec = new Map(([...rpt01.rows(db, { ...scope, month: '2026-12' })] as Rpt01Row[]).map((r) => [r.name, r]));
    expect(dec.get(await name('P7'))?.employment).toBe('单位就业');
    expect(dec.get(await name('P9'))?.employment).toBe('公益性岗位安置');
  });
});
