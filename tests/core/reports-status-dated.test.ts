// A status typed on the person form counts in RPT-01 当前就业状态 and RPT-02 col 18 from the LOCAL day it was typed
// (reports/employment-status.ts → reportedStatusOn): the day of the latest persons.update audit row that changed
// 就业状态, not the row's updated_at (a later edit of anything else moves that on), and the audit instant's local date
// (clock.ts localDate), not its UTC date. Run in Asia/Shanghai as tests/core/local-dates.test.ts.
import { describe, expect, it } from 'vitest';
import { rpt01 } from '../../electron/core/modules/reports/rpt01';
import type { Rpt01Row } from '../../electron/core/modules/reports/rpt01-query';
import { rpt02, type Rpt02Row } from '../../electron/core/modules/recognitions/reports/rpt02';
import { employmentStatusOn } from '../../shared/domain/employment-history';
import { employmentRecord } from '../../electron/core/modules/recognitions/facts';
import { call, makeCore, must, signedInAs, tempDir } from './harness';
import { reportScene } from './posts-report-scene';
import { placeInput } from './posts-fixtures';
import { personInput } from './persons-fixtures';
import { markDifficult, setup, type Setup } from './registrations-fixtures';
import { inTimeZone } from './time-zone';

inTimeZone('Asia/Shanghai');

const TODAY = '2026-12-10';
/** A local time (UTC+8) as the stored instant ctx.now gives. */
type Over = Parameters<typeof personInput>[1];
const at = (month: number, day: number, hour: number) => new Date(2026, month - 1, day, hour, 30).toISOString();

const core = () => makeCore(tempDir(), TODAY);

/** Edits the person through persons.update at `instant` (ctx.now; signed in again then), `over` on the form. */
async function edit(s: Setup & { core: ReturnType<typeof core> }, id: string, instant: string, over: Over) {
  s.core.ctx.now = () => instant;
  s.core.adminSession = signedInAs(s.core, 'gulnar');
  const detail = await must(s.core, 'persons.get', { id });
  const { idNumber: _id, ...rest } = personInput(s, { name: detail.name, ...over });
  await must(s.core, 'persons.update', { ...rest, id, expectedUpdatedAt: detail.updatedAt });
}

describe('the day a hand-set status counts from', () => {
  it('is the local day of the persons.update that set it; a later edit of the phone does not move it', async () => {
    const c = core();
    const s = { ...(await setup(c)), core: c };
    const person = async (name: string) => {
      const id = await s.person({ name });
      await s.register(id, { regDate: '2026-10-05' });
      markDifficult(s.core, id);
      return id;
    };
    const early = await person('阿依努尔');
    const dawn = await person('热依拉');
    // 灵活就业 typed on 11-20; the phone edited on 12-05 (updated_at moves on, the audit row of 11-20 stays).
    await edit(s, early, at(11, 20, 10), { employmentStatus: '22' });
    await edit(s, early, at(12, 5, 10), { employmentStatus: '22', phone: '13899019999' });
    // 灵活就业 typed on 12-01 at 07:30 local: stored as 2026-11-30T23:30Z, the UTC day before.
    await edit(s, dawn, at(12, 1, 7), { employmentStatus: '22' });
    expect(at(12, 1, 7)).toBe('2026-11-30T23:30:00.000Z');

    const db = s.core.ctx.db;
    const statuses = (month: string) =>
      Object.fromEntries(
        ([...rpt01.rows(db, { month, today: TODAY })] as Rpt01Row[]).map((r) => [r.name, r.employment]),
      );
    expect(statuses('2026-10')).toEqual({ 阿依努尔: '失业(未就业)', 热依拉: '失业(未就业)' });
    expect(statuses('2026-11')).toEqual({ 阿依努尔: '灵活就业', 热依拉: '失业(未就业)' });
    expect(statuses('2026-12')).toEqual({ 阿依努尔: '灵活就业', 热依拉: '灵活就业' });
    // RPT-02 col 18 reads the same status: of the two valid at the end of November, one is not employed.
    const nov = (rpt02.rows(db, { month: '2026-11', today: TODAY }) as Rpt02Row[]).find((r) => r.closing > 0);
    expect([nov?.township, nov?.closing, nov?.closingUnemployed]).toEqual(['乌帕尔镇', 2, 1]);
  });

  it('eligibility reads the same records and status as the reports: leaving a post dates the status leaving gives', async () => {
    const s = await reportScene(makeCore(tempDir(), TODAY));
    const db = s.core.ctx.db;
    const rows = [...rpt01.rows(db, { month: '2026-11', today: TODAY })] as Rpt01Row[];
    const person = async (label: string) => (await must(s.core, 'placements.get', { id: s.p[label] })).personId;
    const statusOn = (id: string, day: string) => {
      const row = db.prepare('SELECT name, employment_status FROM persons WHERE id = ?').get(id) as {
        name: string;
        employment_status: string;
      };
      return { name: row.name, status: employmentStatusOn(employmentRecord(db, id, row.employment_status), day) };
    };
    // P2 left 11-10 for other work (L01 → 21), P4 on 11-05 at retirement (L03 → 50): the rules see it as RPT-01 does.
    const p2 = statusOn(await person('P2'), '2026-11-30');
    expect(p2.status).toBe('21');
    expect(rows.find((r) => r.name === p2.name)?.employment).toBe('单位就业');
    const p4 = await person('P4');
    expect(statusOn(p4, '2026-11-05').status).toBe('24');
    expect(statusOn(p4, '2026-11-06').status).toBe('50');
    // BR-03: P4 cannot be placed again after leaving at retirement (a pension is drawn from then).
    const again = await call(
      s.core,
      'placements.create',
      placeInput(p4, s.ruralPostId, {
        basisList: 'E24',
        basisCode: '1',
        accidentInsurance: 'PA-2026',
        basisDate: '2025-12-01',
        startDate: '2026-11-25',
        contractEnd: '2027-11-24',
      }),
    );
    expect(again.ok ? null : again.error.message).toBe('该人员已退休或领取基本养老金，不能安置到公益性岗位');
  });
});
