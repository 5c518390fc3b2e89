// BR-07: "some places use 2–3 months for 零就业家庭" — the dated setting contacts.zeroHouseholdLostContactMonths
// (2–6, the same as everyone by default). A member of a zero-employment household (BR-15 on the household members)
// whose last success lies that many months back is on 连续未联系 with C11, off 首次联系, and flagged in RPT-11; the
// same dates of another person are not. The kept month state follows a contact (patch) and a change of the household
// (built again), and always equals a fresh build.
import { describe, expect, it } from 'vitest';
import { rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { callUnchanged, must } from './harness';
import { personInput } from './persons-fixtures';
import { setup, type Setup } from './registrations-fixtures';
import { refusedAs } from './refusals';

const SPOUSE = { memberName: '阿依努尔', relation: '配偶', worksAgeAble: true };
const lostIds = async (s: Setup) =>
  (await must(s.core, 'contactWorklists.lostContact', { month: '2026-11' })).items.map((i) => i.registrationId);
const counts = (s: Setup) => must(s.core, 'contactWorklists.counts', { month: '2026-11' });
const suggested = (s: Setup) => rpt11Rows(s.core.ctx.db, { month: '2026-11', today: '2026-11-28' });

async function twoPersons() {
  const s = await setup();
  const zero = await s.person({ householdMembers: [{ ...SPOUSE, status: '失业' }] });
  const plain = await s.person();
  const regs = [];
  for (const p of [zero, plain]) {
    const r = await s.register(p, { regDate: '2026-04-01' });
    await s.contact(r, { contactDate: '2026-08-10' }); // 3 completed months before 2026-11-28
    regs.push(r);
  }
  return { s, zero, zeroReg: regs[0], plainReg: regs[1] };
}

describe('BR-07 lost contact of a zero-employment household member (dated setting)', () => {
  it('by default nobody is lost after 3 months; with 3 the member is, on the lists, the counts and RPT-11', async () => {
    const { s, zeroReg } = await twoPersons();
    expect(await lostIds(s)).toEqual([]);
    expect(await counts(s)).toMatchObject({ lostContact: 0, firstContactDue: 0 });
    expect(suggested(s).some((r) => r.suggestCancel)).toBe(false);

    const set = (value: number) =>
      ({
        key: 'contacts.zeroHouseholdLostContactMonths',
        effectiveFrom: '2026-01-01',
        values: { value },
        note: null,
      }) as const;
    expect(await callUnchanged(s.core, 'ruleSettings.set', set(7))).toMatchObject(refusedAs('BAD_INPUT'));
    await must(s.core, 'ruleSettings.set', set(3));
    expect((await must(s.core, 'registrations.rules', {})).zeroHouseholdLostContactMonths).toBe(3);
    expect(await lostIds(s)).toEqual([zeroReg]);
    expect(await counts(s)).toMatchObject({ lostContact: 1, firstContactDue: 0 });
    const flagged = suggested(s).filter((r) => r.suggestCancel);
    expect(flagged.map((r) => r.suggestCancel)).toEqual(['是（连续6个月未与公共就业服务机构联系）']);
  });

  it('follows a contact (kept and patched) and a change of the household (built again) as a fresh build does', async () => {
    const { s, zero, zeroReg, plainReg } = await twoPersons();
    await must(s.core, 'ruleSettings.set', {
      key: 'contacts.zeroHouseholdLostContactMonths',
      effectiveFrom: '2026-01-01',
      values: { value: 2 },
      note: null,
    });
    expect(await lostIds(s)).toEqual([zeroReg]);
    await s.contact(plainReg, { contactDate: '2026-11-20' });
    expect(await lostIds(s)).toEqual([zeroReg]);

    // The spouse found work: no longer a zero-employment household, so CFG-23's 6 months apply again.
    const detail = await must(s.core, 'persons.get', { id: zero });
    const { idNumber: _id, ...rest } = personInput(s, { householdMembers: [{ ...SPOUSE, status: '务工' }] });
    await must(s.core, 'persons.update', {
      ...rest,
      name: detail.name,
      id: zero,
      expectedUpdatedAt: detail.updatedAt,
    });
    expect(await lostIds(s)).toEqual([]);
    await s.contact(zeroReg, { contactDate: '2026-11-21' });
    const kept = { counts: await counts(s), lost: await lostIds(s) };
    // A write to a table the state reads but does not patch (settings) builds it again: the same answers.
    s.core.ctx.db
      .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('test.touch', '1', 'x', 'y')")
      .run();
    expect({ counts: await counts(s), lost: await lostIds(s) }).toEqual(kept);
  });
});
