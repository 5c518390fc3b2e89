// 删除 and 恢复 of a 认定申请 filed on the wrong person (migration 0026): while it awaits its first review it can be
// deleted; it leaves the work lists, counts, the person's history, the list and RPT-02, and the person may apply
// again; restoring re-runs the application's checks. Reviewed or decided applications, and a registration an
// application names, are refused with the register unchanged.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { rpt02Rows } from '../../electron/core/modules/recognitions/reports/rpt02';
import { callUnchanged, makeCore, must, TODAY } from './harness';
import { applyInput, recCounty } from './recognitions-fixtures';
import { refusedAs, refusedRule } from './refusals';

const reason = '申请人录错';

async function figures(core: Core, personId: string) {
  return {
    counts: await must(core, 'recognitionWorklists.counts', {}),
    pending: await must(core, 'recognitionWorklists.pendingVillage', {}),
    list: await must(core, 'recognitions.list', {}),
    history: await must(core, 'recognitions.listByPerson', { personId }),
    rpt02: rpt02Rows(core.ctx.db, '2026-11', TODAY),
    person: await must(core, 'persons.get', { id: personId }),
  };
}

describe('recognitions.delete is soft and recognitions.restore brings the application back (migration 0026)', () => {
  it('leaves every list and count as before the application, and as after it once restored', async () => {
    const c = await recCounty(makeCore());
    await c.applied('township');
    const { personId, registrationId } = await c.applicant();
    const before = await figures(c.core, personId);
    const { id } = await must(c.core, 'recognitions.apply', applyInput(personId));
    const applied = await figures(c.core, personId);
    expect(applied.counts).not.toEqual(before.counts);

    const refused = '该失业登记已有就业困难人员认定申请，不能删除，请先处理认定申请';
    expect(await callUnchanged(c.core, 'registrations.delete', { id: registrationId, reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', refused),
    );

    expect(await must(c.core, 'recognitions.delete', { id, reason })).toEqual({ id });
    expect(await figures(c.core, personId)).toEqual(before);
    expect((await must(c.core, 'recognitions.listDeleted', { personId })).items).toEqual([
      expect.objectContaining({ id, applyDate: '2026-11-05', deletedBy: '古丽', deleteReason: reason }),
    ]);
    // Even a deleted application names the registration: it stays undeletable while the application can come back.
    expect(await callUnchanged(c.core, 'registrations.delete', { id: registrationId, reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', refused),
    );

    const back = await must(c.core, 'recognitions.restore', { id });
    expect(back).toMatchObject({ id, status: '01', stageLabel: '待初审', registrationId });
    const restored = await figures(c.core, personId);
    expect({ ...restored, history: null, list: null }).toEqual({ ...applied, history: null, list: null });
    expect(restored.history.items.map((r) => [r.id, r.steps.length])).toEqual([[id, 1]]);
    expect((await must(c.core, 'recognitions.listDeleted', { personId })).items).toEqual([]);
    const audit = c.core.ctx.db
      .prepare("SELECT channel FROM audit_log WHERE entity = 'recognition' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(id);
    expect(audit).toEqual(['recognitions.apply', 'recognitions.delete', 'recognitions.restore']);
  });

  it('refuses a reviewed or decided application, and a restore over a new application, with nothing written', async () => {
    const c = await recCounty(makeCore());
    const { id: reviewed } = await c.applied('notice');
    expect(await callUnchanged(c.core, 'recognitions.delete', { id: reviewed, reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该认定申请已有审核记录，不能删除；如申请有误，请在审核时选择不予认定'),
    );
    const { id: recognised } = await c.applied('recognised');
    expect(await callUnchanged(c.core, 'recognitions.delete', { id: recognised, reason })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该认定已办结，不能删除'),
    );

    const { personId, id } = await c.applied('village');
    await must(c.core, 'recognitions.delete', { id, reason });
    await must(c.core, 'recognitions.apply', applyInput(personId, { applyDate: '2026-11-06' }));
    expect(await callUnchanged(c.core, 'recognitions.restore', { id })).toMatchObject(
      refusedRule('personId', /已有正在办理的认定申请/),
    );
  });
});
