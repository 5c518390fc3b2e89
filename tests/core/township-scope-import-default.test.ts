// audit8 gap 7: a 乡镇经办 of one 乡镇 imports a 失业登记 roster without a 乡镇 column: every row is read as the
// clerk's 乡镇, and the check lists it as a default; the administrator (county-wide) still has to name it.
import { describe, expect, it } from 'vitest';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { snapshot } from './harness';
import { base64, workbook, type Cell } from './import-workbooks';
import { REGISTRATION_ROSTER_HEAD } from '../roster-columns';
import { jobAs } from './township-scope-clerk';
import { A_REGISTRATION_ROW, scenePerTest } from './township-scope-scene';

const scene = scenePerTest();

const withoutTownship = (row: Cell[]) => row.filter((_, i) => i !== 3);

describe('a roster without a 乡镇 column (audit8 gap 7)', () => {
  it('is read as the clerk’s only 乡镇, listed as a default; county-wide it is still asked for', async () => {
    const s = scene();
    const before = snapshot(s.core);
    const input = {
      fileName: 'r.xlsx',
      contentBase64: base64(
        await workbook([withoutTownship(REGISTRATION_ROSTER_HEAD), withoutTownship(A_REGISTRATION_ROW)]),
      ),
    };
    const st = await jobAs(s, s.clerkA, 'imports.registrations.check', input);
    const r = (st.result as { ok: true; data: RosterImportCheck }).data;
    expect(r.errors).toEqual([]);
    expect(r.acceptedCount).toBe(1);
    expect(r.fields?.find((f) => f.field === 'township')).toMatchObject({ column: null, defaultValue: '乌帕尔镇' });
    const admin = await jobAs(s, s.core.adminSession, 'imports.registrations.check', input);
    const a = (admin.result as { ok: true; data: RosterImportCheck }).data;
    expect(a.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        2,
        'B',
        '该人员尚未登记，将按本行新建：文件中没有“乡镇(街道)”列：请增加该列，或在“列的对应关系”页的“字段的来源与默认值”中为乡镇(街道)设默认值',
      ],
    ]);
    expect(snapshot(s.core)).toBe(before);
  });
});
