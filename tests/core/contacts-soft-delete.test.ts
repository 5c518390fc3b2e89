// Soft delete of follow-up contacts (UI.md: deleted records can be restored; migration 0022). A deleted contact counts
// nowhere — work lists, 首页, badges, RPT-11/12, the registration's figures and level suggestion — exactly as a
// contact never entered; restoring brings every figure back. The kept month caches agree with a rebuild after both.
// Refusals (locked month, a date outside the registration now, another township) leave the register unchanged.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { memoAsIs } from '../../electron/core/db/memo-store';
import { rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { keptRpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12-state';
import { CONTACT_COLUMNS } from '../../electron/core/modules/contacts/queries';
import { call, callUnchanged, makeCore, must, mustJob, snapshot, TODAY } from './harness';
import { jobData } from './import-workbooks';
import { setup, successfulContact } from './registrations-fixtures';
import { refusedAs, refusedRule, refusedRuleFields } from './refusals';
import { seededCore } from './seeded';
import { seedDeletedContacts } from '../../scripts/seed/deleted-contacts';
import { scopeScene } from './township-scope-scene';

const MONTH = '2026-11';
const KINDS = ['toContact', 'lostContact', 'firstContactDue'] as const;

/** Every figure a contact counts in, as the screens and reports read them (kept answers where they are kept). */
async function figures(core: Core, registrationIds: string[]) {
  const params = { month: MONTH, today: TODAY };
  const lists = [];
  for (const kind of KINDS)
    for (const page of [1, 2])
      lists.push(await must(core, `contactWorklists.${kind}`, { month: MONTH, page, pageSize: 100 }));
  const registrations = [];
  for (const id of registrationIds) {
    const r = await must(core, 'registrations.get', { id });
    registrations.push({ ...r, updatedAt: null, levelChanges: r.levelChanges.map((c) => ({ ...c, contactId: null })) });
  }
  return {
    lists,
    counts: await must(core, 'contactWorklists.counts', { month: MONTH }),
    home: await must(core, 'home.overview', {}),
    badges: (await must(core, 'home.badges', {})).contacts,
    rpt11: rpt11Rows(core.ctx.db, params),
    rpt12: keptRpt12Rows(core.ctx, params),
    registrations,
  };
}

/** The same figures computed from scratch: every kept answer of the connection dropped first. */
async function rebuilt(core: Core, registrationIds: string[]) {
  memoAsIs(core.ctx.db)?.entries.clear();
  return figures(core, registrationIds);
}

describe('contacts.delete is soft and contacts.restore brings the contact back (migration 0022)', () => {
  it('the deleted table has the columns of contacts and who deleted it, when, and its level changes', () => {
    const db = makeCore().ctx.db;
    const columns = (t: string) =>
      (db.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).sort();
    expect(columns('contacts')).toEqual([...CONTACT_COLUMNS].sort());
    expect(columns('deleted_contacts')).toEqual(
      [...CONTACT_COLUMNS, 'deleted_at', 'deleted_by', 'level_changes'].sort(),
    );
  });

  it('leaves every count, list, report and 首页 figure as a rebuild after the delete, and as before after the restore', async () => {
    const core = await seededCore({ persons: 400, registrations: true, seed: 7 });
    const db = core.ctx.db;
    // Each registration's latest successful contact since October (the month's successes and the lost-contact
    // clock both move when it goes), for a dozen open registrations.
    const picked = db
      .prepare(
        `SELECT c.id, c.registration_id AS registrationId FROM contacts c
         WHERE c.result = '1' AND c.contact_date >= '2026-10-01' AND NOT EXISTS (SELECT 1 FROM contacts d
           WHERE d.registration_id = c.registration_id AND d.result = '1' AND d.contact_date > c.contact_date)
         ORDER BY c.registration_id LIMIT 12`,
      )
      .all() as { id: string; registrationId: string }[];
    expect(picked).toHaveLength(12);
    const regs = picked.map((p) => p.registrationId);
    const before = await figures(core, regs);
    const rows = db.prepare('SELECT * FROM contacts ORDER BY id').all();

    for (const p of picked) await must(core, 'contacts.delete', { id: p.id });
    const deleted = await figures(core, regs);
    expect(deleted.counts).not.toEqual(before.counts);
    expect(deleted.rpt12).not.toEqual(before.rpt12);
    expect(deleted).toEqual(await rebuilt(core, regs));

    // Kept again (the rebuild above), then restored one by one: the caches patched back.
    await figures(core, regs);
    for (const p of picked) await must(core, 'contacts.restore', { id: p.id });
    const restored = await figures(core, regs);
    expect(restored).toEqual(before);
    expect(restored).toEqual(await rebuilt(core, regs));
    // The rows are back as they were but for who last changed them.
    const stamp = (r: unknown) => ({ ...(r as object), updated_at: null, updated_by: null });
    expect(db.prepare('SELECT * FROM contacts ORDER BY id').all().map(stamp)).toEqual(rows.map(stamp));
    expect(db.prepare('SELECT count(*) FROM deleted_contacts').pluck().get()).toBe(0);
  }, 60_000);

  it('lists the deleted contact among the others on request, keeps and restores the level history link, audits both', async () => {
    const s = await setup();
    const personId = await s.person();
    const registrationId = await s.register(personId, { regDate: '2026-05-10' });
    const first = await s.contact(registrationId, { contactDate: '2026-11-09' });
    const raised = await must(
      s.core,
      'contacts.create',
      successfulContact(registrationId, { contactDate: '2026-11-10' }),
    );
    const id = raised.contact.id;
    expect(raised.registration.levelChanges[0]).toMatchObject({ source: 'contact', contactId: id });

    const d = await must(s.core, 'contacts.delete', { id });
    expect(d.registration).toMatchObject({ contactCount: 1, lastContactDate: '2026-11-09', serviceLevel: 'A' });
    expect(d.registration.levelChanges[0].contactId).toBeNull();
    const list = (includeDeleted?: boolean) =>
      must(s.core, 'contacts.listByRegistration', { registrationId, includeDeleted });
    expect((await list()).items.map((c) => c.id)).toEqual([first]);
    const all = (await list(true)).items;
    expect(all.map((c) => [c.id, c.deletedAt !== null, c.deletedBy])).toEqual([
      [id, true, '古丽'],
      [first, false, null],
    ]);
    expect(await call(s.core, 'contacts.delete', { id })).toMatchObject(refusedAs('NOT_FOUND'));
    expect(await callUnchanged(s.core, 'contacts.restore', { id: first })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该联系记录未删除，无需恢复。'),
    );

    const r = await must(s.core, 'contacts.restore', { id });
    expect(r.contact).toMatchObject({ id, contactDate: '2026-11-10', deletedAt: null, updatedBy: '古丽' });
    expect(r.registration).toMatchObject({ contactCount: 2, lastContactDate: '2026-11-10' });
    expect(r.registration.levelChanges[0].contactId).toBe(id);
    expect(await call(s.core, 'contacts.restore', { id })).toMatchObject(refusedAs('RULE_VIOLATION'));
    const audit = (await must(s.core, 'audit.list', { entity: 'contact', entityId: id })).items.map((a) => a.summary);
    expect(audit.slice(0, 2)).toEqual([
      expect.stringMatching(/^恢复定期联系“.+”（.+）2026-11-10 电话 联系成功$/),
      expect.stringMatching(/^删除定期联系“.+”（.+）2026-11-10 电话 联系成功$/),
    ]);
    // The person's audit view finds the deleted contact's rows too.
    await must(s.core, 'contacts.delete', { id });
    const mine = (await must(s.core, 'audit.list', { personId })).items.filter((a) => a.entityId === id);
    expect(mine.map((a) => a.summary.slice(0, 2))).toEqual(['删除', '恢复', '删除', '定期']);
  });

  it('refuses a restore in a locked month, or outside the registration since cancelled; nothing written', async () => {
    const s = await setup();
    await must(s.core, 'settings.setOffice', {
      name: '疏附县人力资源和社会保障局',
      countyName: '疏附县',
      countyCode: '653121',
    });
    const registrationId = await s.register(await s.person(), { regDate: '2026-09-01' });
    const october = await s.contact(registrationId, { contactDate: '2026-10-15' });
    const november = await s.contact(registrationId, { contactDate: '2026-11-20' });
    await must(s.core, 'contacts.delete', { id: october });
    await must(s.core, 'contacts.delete', { id: november });
    await mustJob(s.core, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(await callUnchanged(s.core, 'contacts.restore', { id: october })).toMatchObject(
      refusedAs(
        'RULE_VIOLATION',
        '2026年10月已锁定（已上报），不能新增、修改或删除该月的联系记录；如需更正，请管理员解锁',
      ),
    );
    await must(s.core, 'registrations.cancel', { id: registrationId, cancelDate: '2026-11-10', cancelReason: 'C99' });
    const msg = '该失业登记已于2026-11-10注销，联系日期不能晚于注销日期';
    expect(await callUnchanged(s.core, 'contacts.restore', { id: november })).toMatchObject(
      refusedRuleFields({ contactDate: msg }),
    );
    expect(await callUnchanged(s.core, 'contacts.restore', { id: registrationId })).toMatchObject(
      refusedAs('NOT_FOUND'),
    );
  });

  it('a cancelled registration keeps its contacts correctable up to the cancel date (the card offers 修改/删除)', async () => {
    const s = await setup();
    const registrationId = await s.register(await s.person(), { regDate: '2026-09-01' });
    const id = await s.contact(registrationId, { contactDate: '2026-10-15' });
    await must(s.core, 'registrations.cancel', { id: registrationId, cancelDate: '2026-11-10', cancelReason: 'C99' });
    const [c] = (await must(s.core, 'contacts.listByRegistration', { registrationId })).items;
    const { registrationId: _r, personId: _p, suggestedLevel: _l, createdAt: _c, createdBy: _cb, ...rest } = c;
    const { updatedAt, updatedBy: _ub, ...fields } = rest;
    const msg = '该失业登记已于2026-11-10注销，联系日期不能晚于注销日期';
    const late = { ...fields, expectedUpdatedAt: updatedAt, contactDate: '2026-11-11' };
    expect(await callUnchanged(s.core, 'contacts.update', late)).toMatchObject(refusedRuleFields({ contactDate: msg }));
    const fixed = await must(s.core, 'contacts.update', { ...fields, expectedUpdatedAt: updatedAt, remark: '更正' });
    expect(fixed.contact).toMatchObject({ id, remark: '更正' });
    expect(fixed.registration.status).toBe('cancelled');
    const d = await must(s.core, 'contacts.delete', { id });
    expect(d.registration).toMatchObject({ status: 'cancelled', contactCount: 0 });
    await must(s.core, 'contacts.restore', { id });
  });

  it('a deleted person’s contacts are not added, corrected, deleted or restored until the person is restored', async () => {
    const s = await setup();
    const personId = await s.person();
    const registrationId = await s.register(personId, { regDate: '2026-09-01' });
    const id = await s.contact(registrationId, { contactDate: '2026-10-15' });
    const gone = await s.contact(registrationId, { contactDate: '2026-10-20' });
    await must(s.core, 'contacts.delete', { id: gone });
    await must(s.core, 'registrations.cancel', { id: registrationId, cancelDate: '2026-11-10', cancelReason: 'C99' });
    const [c] = (await must(s.core, 'contacts.listByRegistration', { registrationId })).items;
    const { registrationId: _r, personId: _p, suggestedLevel: _l, createdAt: _c, createdBy: _cb, ...rest } = c;
    const { updatedAt, updatedBy: _ub, ...fields } = rest;
    const edit = { ...fields, expectedUpdatedAt: updatedAt, remark: '更正' };
    const { name } = await must(s.core, 'persons.delete', { id: personId });
    const msg = `“${name}”已删除，请先在人员信息的“已删除”中恢复后再修改联系记录。`;
    expect(await callUnchanged(s.core, 'contacts.update', edit)).toMatchObject(refusedAs('RULE_VIOLATION', msg));
    expect(await callUnchanged(s.core, 'contacts.delete', { id })).toMatchObject(refusedAs('RULE_VIOLATION', msg));
    expect(await callUnchanged(s.core, 'contacts.restore', { id: gone })).toMatchObject(
      refusedAs('RULE_VIOLATION', msg),
    );
    // Nor is one added, named by the registration or by the person (the person page hides the button then).
    const added = `“${name}”已删除，请先在人员信息的“已删除”中恢复后再记录定期联系。`;
    const late = successfulContact(registrationId, { contactDate: '2026-11-05' });
    expect(await callUnchanged(s.core, 'contacts.create', late)).toMatchObject(refusedRule('registrationId', added));
    const byPerson = { ...late, registrationId: undefined, personId };
    expect(await callUnchanged(s.core, 'contacts.create', byPerson)).toMatchObject(refusedRule('personId', added));
    // Restored, the person's contacts are theirs to correct again (the refusal was the deletion's).
    await must(s.core, 'persons.restore', { id: personId });
    expect((await must(s.core, 'contacts.update', edit)).contact).toMatchObject({ id, remark: '更正' });
  });

  it('a 乡镇经办 cannot list or restore a deleted contact of another township; nothing written', async () => {
    const s = await scopeScene();
    await must(s.core, 'contacts.delete', { id: s.ids.bContact });
    const before = snapshot(s.core);
    expect(await s.core.invoke('contacts.restore', { id: s.ids.bContact }, s.clerkA)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该人员不属于您负责的乡镇（乌帕尔镇），不能修改。' },
    });
    const listed = { registrationId: s.ids.bRegistration, includeDeleted: true };
    expect(await s.core.invoke('contacts.listByRegistration', listed, s.clerkA)).toMatchObject(refusedAs('NOT_FOUND'));
    expect(snapshot(s.core)).toBe(before);
    await must(s.core, 'contacts.restore', { id: s.ids.bContact });
  });

  it('archive purge removes the deleted contacts of the persons past retention', async () => {
    const s = await setup();
    const personId = await s.person({ name: '旧甲' });
    const registrationId = await s.register(personId, { regDate: '2020-01-06' });
    await s.contact(registrationId, { contactDate: '2020-03-10' });
    const gone = await s.contact(registrationId, { contactDate: '2020-04-10' });
    await must(s.core, 'contacts.delete', { id: gone });
    await must(s.core, 'registrations.cancel', { id: registrationId, cancelDate: '2021-11-27', cancelReason: 'C99' });
    await jobData(s.core, 'archive.purge', { count: 1, confirm: '确认删除' });
    const db = s.core.ctx.db;
    expect(db.prepare('SELECT count(*) FROM deleted_contacts').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE summary LIKE '%旧甲%'").pluck().get()).toBe(0);
  });

  it('the demo seed deletes a few unanswered calls of this month and the last through the channel, audited', async () => {
    const core = await seededCore({ persons: 300, registrations: true, seed: 7 });
    expect(await seedDeletedContacts(core, { today: TODAY })).toBe(4);
    const db = core.ctx.db;
    const rows = db.prepare('SELECT result, contact_date AS date FROM deleted_contacts').all() as {
      result: string;
      date: string;
    }[];
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.result !== '1' && r.date >= '2026-10-01' && r.date <= TODAY)).toBe(true);
    expect((await must(core, 'audit.list', { entity: 'contact' })).items).toHaveLength(4);
  }, 60_000);
});
