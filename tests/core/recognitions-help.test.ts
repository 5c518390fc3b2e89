// recognitions.updateHelp (DOMAIN §3.5 帮扶责任人 / 帮扶措施, 一人一策): corrected while the application is in progress or
// the recognition in force, refused once closed (不予认定, 已退出) and on a stale read, nothing written on a refusal;
// the audit row names what changed; RPT-01's 帮扶责任人 follows.
import { describe, expect, it } from 'vitest';
import { callUnchanged, must } from './harness';
import { applicationAt, type Stop } from './recognitions-fixtures';
import { refusedAs, refusedRule } from './refusals';
import { exportReport } from './reports-export-read';

async function walkedTo(stop: Stop) {
  const w = await applicationAt(stop);
  return { ...w, detail: await must(w.c.core, 'recognitions.get', { id: w.id }) };
}

const auditOf = async (c: { core: Parameters<typeof must>[0] }, id: string) =>
  (await must(c.core, 'audit.list', { entity: 'recognition', entityId: id })).items
    .filter((a) => a.channel === 'recognitions.updateHelp')
    .map((a) => a.summary);

describe('recognitions.updateHelp', () => {
  it.each<Stop>(['village', 'notice', 'county', 'recognised'])(
    'changes 帮扶责任人 and 帮扶措施 at stage %s, without a workflow step; the audit row names the change',
    async (stop) => {
      const { c, id, detail } = await walkedTo(stop);
      const saved = await must(c.core, 'recognitions.updateHelp', {
        id,
        expectedUpdatedAt: detail.updatedAt,
        helper: '  努尔古丽 ',
        plan: '推荐公益性岗位，每月走访一次',
      });
      expect(saved).toMatchObject({ helper: '努尔古丽', plan: '推荐公益性岗位，每月走访一次', status: detail.status });
      expect(saved.updatedAt > detail.updatedAt).toBe(true);
      expect(saved.steps).toEqual(detail.steps);
      expect(await auditOf(c, id)).toEqual([
        expect.stringMatching(/^修改.+的帮扶信息：帮扶责任人 阿依古丽 → 努尔古丽；帮扶措施 （空） → 14字$/),
      ]);
    },
  );

  it('clears a field left blank, and records 无改动 when nothing changed', async () => {
    const { c, id, detail } = await walkedTo('recognised');
    const cleared = await must(c.core, 'recognitions.updateHelp', {
      id,
      expectedUpdatedAt: detail.updatedAt,
      helper: '',
      plan: null,
    });
    expect([cleared.helper, cleared.plan]).toEqual([null, null]);
    const same = await must(c.core, 'recognitions.updateHelp', {
      id,
      expectedUpdatedAt: cleared.updatedAt,
      helper: null,
      plan: null,
    });
    expect(same.updatedAt).toBe(cleared.updatedAt);
    expect(await auditOf(c, id)).toEqual([
      expect.stringMatching(/的帮扶信息：无改动$/),
      expect.stringMatching(/的帮扶信息：帮扶责任人 阿依古丽 → （空）$/),
    ]);
  });

  it('refuses a stale read, a refused application and an exited recognition, naming the field, nothing written', async () => {
    const { c, id, detail } = await walkedTo('recognised');
    const input = { id, expectedUpdatedAt: detail.updatedAt, helper: '努尔古丽', plan: null };
    const moved = await must(c.core, 'recognitions.updateHelp', { ...input, helper: '热依拉' });
    expect(await callUnchanged(c.core, 'recognitions.updateHelp', input)).toMatchObject(
      refusedAs('CONFLICT', '该认定记录已被他人修改，请刷新后再改'),
    );
    const exited = await must(c.core, 'recognitions.exit', { id, exitDate: '2026-11-20', exitReason: 'R11' });
    expect(
      await callUnchanged(c.core, 'recognitions.updateHelp', { ...input, expectedUpdatedAt: exited.updatedAt }),
    ).toMatchObject(refusedRule('helper', '该人员已退出就业困难人员认定，不能再修改帮扶信息'));
    expect(moved.helper).toBe('热依拉');

    const { id: rid } = await c.applied('village', '19700316');
    const refused = await must(c.core, 'recognitions.villageReview', {
      id: rid,
      date: '2026-11-06',
      reviewer: '村委会 吐尔逊',
      opinion: null,
      decision: 'refuse',
      refuseReason: '家庭有经营收入',
    });
    expect(
      await callUnchanged(c.core, 'recognitions.updateHelp', {
        ...input,
        id: rid,
        expectedUpdatedAt: refused.updatedAt,
      }),
    ).toMatchObject(refusedRule('helper', '该认定申请已不予认定，不能再修改帮扶信息'));
    expect(await callUnchanged(c.core, 'recognitions.updateHelp', { ...input, helper: 'x'.repeat(31) })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { helper: '帮扶责任人不能超过30个字符' } },
    });
  });

  it("RPT-01's 帮扶责任人 follows the change", async () => {
    const { c, id, detail } = await walkedTo('recognised');
    await must(c.core, 'recognitions.updateHelp', {
      id,
      expectedUpdatedAt: detail.updatedAt,
      helper: '努尔古丽',
      plan: null,
    });
    const { ws } = await exportReport(c.core, { report: 'RPT-01', month: '2026-11' });
    expect(ws.getCell('T4').value).toBe('努尔古丽');
  });
});
