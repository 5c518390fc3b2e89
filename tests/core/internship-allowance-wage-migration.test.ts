import { describe, expect, it } from 'vitest';
import { databaseAt, insertPerson, insertRow, officeAt, upgradeThrough } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0027 (BR-27, the internship allowance follows the minimum wage; E20 9 其他 behind a setting): a version-25
// register with three internships — left on the default, typed equal to the wage at the start, typed a different
// amount — upgrades; the first two follow the wage from now on ('default'), the third keeps its fixed standard
// ('custom'). Nothing else moves. A register holding a 其他 (9) internship keeps 其他 allowed; one without does not.
describe('migration 0027 (internship allowance follows the wage, 其他 category setting)', () => {
  it('upgrades a version-25 database: a standard equal to the start wage follows, another stays fixed', () => {
    const v25 = officeAt(25);
    const db = v25.db;
    insertRow(db, 'employers', { id: 'e1', name: '见习基地', nature: '4', region_id: 't1', township_id: 't1' });
    const interns: [string, string, number][] = [
      ['default', 'default', 190_000],
      ['typed-wage', 'custom', 190_000],
      ['typed-other', 'custom', 200_000],
    ];
    const internType = (id: string) => (id === 'typed-other' ? '9' : '2');
    interns.forEach(([id, source, standard], n) => {
      insertPerson(db, makeId('653121', '20030510', `12${2 * n}`), { id: `p${n}`, name: `学员${n}` });
      insertRow(db, 'internships', {
        id,
        person_id: `p${n}`,
        host_id: 'e1',
        position: '文员',
        intern_type: internType(id),
        agreement_start: '2026-09-01',
        agreement_end: '2027-02-28',
        allowance_standard: standard,
        allowance_source: source,
        min_wage_fen: 190_000,
        host_allowance: 95_000,
        insurance_policy: 'P-1',
      });
    });
    const before = db.prepare('SELECT id, allowance_standard, updated_at FROM internships ORDER BY id').all();

    const core = upgradeThrough(v25, 27, 'internships-wage-other-type');
    const up = core.ctx.db;
    expect(up.prepare('SELECT id, allowance_source FROM internships ORDER BY id').all()).toEqual([
      { id: 'default', allowance_source: 'default' },
      { id: 'typed-other', allowance_source: 'custom' },
      { id: 'typed-wage', allowance_source: 'default' },
    ]);
    expect(up.prepare('SELECT id, allowance_standard, updated_at FROM internships ORDER BY id').all()).toEqual(before);
    // The 其他 internship stays valid to correct: the setting is on, with why; its note is empty until a correction.
    expect(
      up.prepare("SELECT value, source_note FROM settings WHERE key = 'internships.allowOtherType'").all(),
    ).toEqual([{ value: 'true', source_note: '升级时台账中已有“其他”类别的见习记录，保持允许' }]);
    expect(up.prepare('SELECT other_type_note FROM internships WHERE id = ?').pluck().get('typed-other')).toBeNull();
  });

  it('a version-25 register without a 其他 internship upgrades with the setting off (no row)', () => {
    const v25 = databaseAt(25);
    const core = upgradeThrough(v25, 27, 'internships-wage-other-type');
    expect(
      core.ctx.db.prepare("SELECT count(*) FROM settings WHERE key = 'internships.allowOtherType'").pluck().get(),
    ).toBe(0);
  });
});
