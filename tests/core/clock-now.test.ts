import { describe, expect, it } from 'vitest';
import { makeNow } from '../../electron/core/clock';
import { TODAY, makeCore, must, setUpOffice } from './harness';
import { exportReport } from './reports-export-read';

// Issue 18: `now` follows the working date like `today`: 操作记录 times and export file names use the working date
// (tests, E2E, --today) instead of the computer's date, and a test can fix the instant itself.

/** The local YYYY-MM-DD of an ISO instant. */
const localDate = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('now injectable like today', () => {
  it('a fixed working date moves now onto that date; time still runs forward', async () => {
    const now = makeNow('2031-02-14');
    const a = now();
    await new Promise((r) => setTimeout(r, 5));
    const b = now();
    expect(localDate(a)).toBe('2031-02-14');
    expect(localDate(b)).toBe('2031-02-14');
    expect(b > a).toBe(true);
    expect(() => makeNow('2031-2-14')).toThrow(/YYYY-MM-DD/);
  });

  it('操作记录 times and export file names carry the working date, not the computer date', async () => {
    const core = makeCore(); // working date TODAY (2026-11-28), the computer's date is another
    await setUpOffice(core);
    const { r } = await exportReport(core, { report: 'RPT-12', month: '2026-11' });
    expect(r.fileName).toMatch(new RegExp(`^653121_RPT-12_202611_${TODAY.replace(/-/g, '')}\\d{4}\\.xlsx$`));
    const log = await must(core, 'audit.list', {});
    expect(log.items.length).toBeGreaterThan(1);
    for (const item of log.items) expect(localDate(item.at)).toBe(TODAY);
  });

  it('a test can fix the instant: the audit row and the file name take it', async () => {
    const core = makeCore();
    const fixed = new Date(2026, 10, 27, 9, 41, 30).toISOString(); // 2026-11-27 09:41:30 local
    core.ctx.now = () => fixed;
    await setUpOffice(core);
    const { r } = await exportReport(core, { report: 'RPT-12', month: '2026-11' });
    expect(r.fileName).toBe('653121_RPT-12_202611_202611270941.xlsx');
    const log = await must(core, 'audit.list', { entity: 'report' });
    expect(log.items[0].at).toBe(fixed);
  });
});
