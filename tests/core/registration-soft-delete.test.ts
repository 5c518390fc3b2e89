// 删除 and 恢复 of a 失业登记 entered on the wrong person (migration 0026). A deleted registration counts nowhere —
// the ledger, the person's history, the contact work lists, the 首页, RPT-11/12 — as one never made; the person's
// 就业状态 it replaced comes back; restoring re-runs the create checks and brings every figure back. Refusals
// (contacts, a deleted contact, cancelled, a locked month, restore over a new registration) leave the register
// unchanged; one named by a 认定申请: recognition-soft-delete.test.ts.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { memoAsIs } from '../../electron/core/db/memo-store';
import { rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { keptRpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12-state';
import { callUnchanged, makeCore, must, TODAY } from './harness';
import { enrolInput, filedClassOfTwo } from './training-fixtures';
import { refusedAs } from './refusals';
import { setup, type Setup } from './registrations-fixtures';

const MONTH = '2026-11';

/** Every figure a registration counts in, as the screens and reports read them. */
async function figures(core: Core, personId: string) {
  const params = { month: MONTH, today: TODAY };
  return {
    ledger: await must(core, 'registrations.list', {}),
    history: await must(core, 'registrations.listByPerson', { personId }),
    toContact: await must(core, 'contactWorklists.toContact', { month: MONTH, page: 1, pageSize: 100 }),
    firstDue: await must(core, 'contactWorklists.firstContactDue', { month: MONTH, page: 1, pageSize: 100 }),
    counts: await must(core, 'contactWorklists.counts', { month: MONTH }),
    home: await must(core, 'home.overview', {}),
    badges: (await must(core, 'home.badges', {})).contacts,
    rpt11: rpt11Rows(core.ctx.db, params),
    rpt12: keptRpt12Rows(core.ctx, params),
    status: (await must(core, 'persons.get', { id: personId })).employmentStatus,
  };
}

/** The same figures with every kept answer dropped first. */
async function rebuilt(core: Core, personId: string) {
  memoAsIs(core.ctx.db)?.entries.clear();
  return figures(core, personId);
}

const columns = (s: Setup, t: string) =>
  (s.core.ctx.db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).sort();

const reason = '登记错了人';

describe('registrations.delete is soft and registrations.restore brings it back (migration 0026)', () => {
  it('the deleted tables have the live columns and who deleted it, when, why and its history rows', async () => {
    const s = await setup();
    const stamps = ['deleted_at', 'deleted_by', 'delete_reason'];
    expect(columns(s, 'deleted_registrations')).toEqual(
      [...columns(s, 'registrations'), ...stamps, 'level_changes'].sort(),
    );
    expect(columns(s, 'deleted_recognitions')).toEqual([...columns(s, 'recognitions'), ...stamps, 'steps'].sort());
  });

  it('a person already 失业 when registered stays so on 删除, with nothing to correct (the warning is for registrations made before 0026)', async () => {
    const s = await setup();
    const personId = await s.person({ employmentStatus: '10' });
    const id = await s.register(personId, { regDate: '2026-11-20' });
    expect(await must(s.core, 'registrations.delete', { id, reason })).toEqual({ id });
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe('10');
  });

  it('leaves every list, count, report and 首页 figure as if never made, puts the status back, and restores all', async () => {
    const s = await setup();
    const other = await s.person();
    await s.contact(await s.register(other, { regDate: '2026-10-08' }), { contactDate: '2026-10-20' });
    const personId = await s.person({ employmentStatus: '22' });
    const before = await figures(s.core, personId);
    expect(before.history.items).toEqual([]);
    const id = await s.register(personId, { regDate: '2026-11-20' });
    const made = await figures(s.core, personId);
    expect(made.status).toBe('10');
    expect(made.ledger.total).toBe(before.ledger.total + 1);
    expect(made.home).not.toEqual(before.home);
    const regRow = s.core.ctx.db.prepare('SELECT * FROM registrations WHERE id = ?').get(id);
    const levels = s.core.ctx.db.prepare('SELECT * FROM service_level_changes WHERE registration_id = ?').all(id);

    expect(await must(s.core, 'registrations.delete', { id, reason })).toEqual({ id });
    const deleted = await figures(s.core, personId);
    expect(deleted).toEqual(before); // status 22 again, every count and list as before the registration
    expect(deleted).toEqual(await rebuilt(s.core, personId));
    expect((await must(s.core, 'registrations.listDeleted', { personId })).items).toEqual([
      expect.objectContaining({ id, regDate: '2026-11-20', deletedBy: '古丽', deleteReason: reason }),
    ]);
    expect(await callUnchanged(s.core, 'registrations.get', { id })).toMatchObject(refusedAs('NOT_FOUND'));

    await figures(s.core, personId); // kept again, then patched by the restore
    const back = await must(s.core, 'registrations.restore', { id });
    expect(back.registration).toMatchObject({ id, regDate: '2026-11-20', status: 'active' });
    const restored = await figures(s.core, personId);
    expect({ ...restored, history: null }).toEqual({ ...made, history: null });
    expect(restored).toEqual(await rebuilt(s.core, personId));
    const stamp = (r: unknown) => ({ ...(r as object), updated_at: null, updated_by: null });
    expect(stamp(s.core.ctx.db.prepare('SELECT * FROM registrations WHERE id = ?').get(id))).toEqual(stamp(regRow));
    expect(s.core.ctx.db.prepare('SELECT * FROM service_level_changes WHERE registration_id = ?').all(id)).toEqual(
      levels,
    );
    expect((await must(s.core, 'registrations.listDeleted', { personId })).items).toEqual([]);
    const audit = s.core.ctx.db
      .prepare("SELECT channel, summary FROM audit_log WHERE entity = 'registration' AND entity_id = ? ORDER BY id")
      .all(id) as { channel: string; summary: string }[];
    expect(audit.map((a) => a.channel)).toEqual([
      'registrations.create',
      'registrations.delete',
      'registrations.restore',
    ]);
    expect(audit[1].summary).toMatch(/原因：登记错了人；就业状态改回“灵活就业”/);
  });

  it('refuses, with the register unchanged, a registration with a contact, a deleted contact, or a cancellation', async () => {
    const s = await setup();
    const withContact = await s.register(await s.person(), { regDate: '2026-10-01' });
    await s.contact(withContact, { contactDate: '2026-10-10' });
    const withDeleted = await s.register(await s.person(), { regDate: '2026-10-01' });
    await must(s.core, 'contacts.delete', { id: await s.contact(withDeleted, { contactDate: '2026-10-10' }) });
    const cancelled = await s.register(await s.person(), { regDate: '2026-10-01' });
    await must(s.core, 'registrations.cancel', { id: cancelled, cancelDate: '2026-10-05', cancelReason: 'C99' });
    const cases: [string, string][] = [
      [withContact, '该失业登记已有联系记录，不能删除，请办理注销'],
      [withDeleted, '该失业登记有已删除的联系记录（可恢复），不能删除，请办理注销'],
      [cancelled, '该失业登记已注销，不能删除'],
    ];
    for (const [id, msg] of cases)
      expect(await callUnchanged(s.core, 'registrations.delete', { id, reason })).toMatchObject(
        refusedAs('RULE_VIOLATION', msg),
      );
    expect(await callUnchanged(s.core, 'registrations.delete', { id: withContact, reason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { reason: expect.stringContaining('删除原因') } },
    });
  });

  it('refuses one a trainee’s 城镇登记失业人员 enrolment rests on, with the register unchanged', async () => {
    const core = makeCore();
    const { id: classId, a, b } = await filedClassOfTwo(core);
    await must(core, 'training.enrol', enrolInput(classId, a));
    const registrationOf = async (personId: string) =>
      (await must(core, 'registrations.listByPerson', { personId })).items[0].id;
    expect(await callUnchanged(core, 'registrations.delete', { id: await registrationOf(a), reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该失业登记是培训报名（城镇登记失业人员）的依据，不能删除，请办理注销'),
    );
    // b, not enrolled: the same registration is deleted (the test can fail).
    await must(core, 'registrations.delete', { id: await registrationOf(b), reason });
  });

  it('refuses one counted in a locked month; restore re-runs the create checks', async () => {
    const s = await setup();
    const personId = await s.person();
    const id = await s.register(personId, { regDate: '2026-09-01' });
    s.core.ctx.db
      .prepare("INSERT INTO period_locks (month, locked_at, locked_by, note) VALUES ('2026-10', ?, '古丽', NULL)")
      .run(s.core.ctx.now());
    const locked = '2026年10月已锁定（已上报），不能新增、修改或删除该月的失业登记；如需更正，请管理员解锁';
    expect(await callUnchanged(s.core, 'registrations.delete', { id, reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', locked),
    );
    s.core.ctx.db.prepare('DELETE FROM period_locks').run();

    await must(s.core, 'registrations.delete', { id, reason });
    const right = await s.register(personId, { regDate: '2026-11-03' });
    expect(await callUnchanged(s.core, 'registrations.restore', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该人员已有有效的失业登记（2026-11-03 登记），请打开已有登记' },
    });
    expect(await callUnchanged(s.core, 'registrations.restore', { id: right })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该失业登记未删除，无需恢复。'),
    );
  });
});
