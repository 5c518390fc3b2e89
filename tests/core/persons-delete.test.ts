import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callUnchanged, makeCore, must } from './harness';
import { gradInput, graduate, internCounty, youth } from './internships-fixtures';
import { place, urbanPerson } from './posts-fixtures';
import { messageOf } from './refusals';

// persons.delete (soft delete, DOMAIN §3) is refused with RULE_VIOLATION while something still runs on the person:
// an active unemployment registration (BR-05), a post placement without a leave date (VR-13), a running
// internship (BR-28). The message names each and what to do first; once ended, the person can be deleted.

const nameOf = (core: Core, id: string) =>
  core.ctx.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(id) as string;

describe('persons.delete refuses a person with running records', () => {
  it('an active unemployment registration: cancel it first (BR-05)', async () => {
    const c = await internCounty(makeCore());
    const p = await youth(c, '20060301', '2026-01-05');
    const reg = c.core.ctx.db
      .prepare("SELECT id FROM registrations WHERE person_id = ? AND status = 'active'")
      .pluck()
      .get(p) as string;
    const r = await callUnchanged(c.core, 'persons.delete', { id: p });
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `不能删除“${nameOf(c.core, p)}”：该人员有有效的失业登记（2026-01-05 登记），请先注销失业登记。`,
    });
    await must(c.core, 'registrations.cancel', { id: reg, cancelDate: '2026-11-20', cancelReason: 'C01' });
    expect((await must(c.core, 'persons.delete', { id: p })).deletedAt).not.toBeNull();
  });

  it('a post placement still on post: record the leaving first (VR-13)', async () => {
    const c = await internCounty(makeCore());
    const p = await urbanPerson(c);
    const { placement } = await place(c.core, p, c.urbanPostId, { startDate: '2026-11-01' });
    const r = await callUnchanged(c.core, 'persons.delete', { id: p });
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `不能删除“${nameOf(c.core, p)}”：该人员正在公益性岗位“保洁员”（GY-001）在岗（2026-11-01 上岗），请先办理离岗。`,
    });
    await must(c.core, 'placements.leave', { id: placement.id, leaveDate: '2026-11-20', leaveReason: 'L01' });
    expect((await call(c.core, 'persons.delete', { id: p })).ok).toBe(true);
  });

  it('a running internship: end it first (BR-28)', async () => {
    const c = await internCounty(makeCore());
    const p = await graduate(c);
    const i = await must(c.core, 'internships.create', gradInput(p, c.hostA, { agreementStart: '2026-09-01' }));
    const r = await call(c.core, 'persons.delete', { id: p });
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `不能删除“${nameOf(c.core, p)}”：该人员正在“疏附县甲见习基地”参加就业见习（2026-09-01 开始），请先结束见习。`,
    });
    await must(c.core, 'internships.end', { id: i.id, endDate: '2026-11-20', endType: '4' });
    expect((await call(c.core, 'persons.delete', { id: p })).ok).toBe(true);
  });

  it('names every running record at once, and nothing is logged', async () => {
    const c = await internCounty(makeCore());
    const p = await urbanPerson(c);
    await must(c.core, 'registrations.create', {
      personId: p,
      regDate: '2026-03-01',
      regPlaceId: c.town1,
      reason: '01',
      jobWish: '1',
      responsibleStaff: '阿依古丽',
    });
    await place(c.core, p, c.urbanPostId, { startDate: '2026-11-01' });
    const r = await call(c.core, 'persons.delete', { id: p });
    expect(messageOf(r)).toBe(
      `不能删除“${nameOf(c.core, p)}”：该人员有有效的失业登记（2026-03-01 登记），请先注销失业登记；正在公益性岗位“保洁员”（GY-001）在岗（2026-11-01 上岗），请先办理离岗。`,
    );
    const log = await must(c.core, 'audit.list', { entity: 'person' });
    expect(log.items.map((x) => x.channel)).not.toContain('persons.delete');
  });
});
