// 补发/扣回 seen by a 乡镇经办 (DOMAIN §9.4; audit9 "not checked"): a correction names an item of a reviewed roster, and
// the item's person decides — a 培训补贴 item too (its trainee was not looked up, so another 乡镇's trainee could be
// corrected); the roster the clerk gets back holds their townships' persons only, as subsidies.get does.
import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { adjustment } from './subsidies-fixtures';
import { PERSON_REFUSED, asClerk, expectClerkRefusals } from './township-scope-clerk';
import { scopeScene } from './township-scope-scene';

describe('补发/扣回 by a 乡镇经办', () => {
  it('another 乡镇’s trainee cannot be corrected; the clerk’s own correction answers only their 乡镇’s rows', async () => {
    const s = await scopeScene();
    const { core, ids } = s;
    // November's 岗位补贴 roster (A's and B's placed persons) reviewed after the month; a 培训补贴 roster of the class
    // with A's and B's trainees.
    const enrolled = (await must(core, 'training.classes.get', { id: ids.classId })).trainees;
    await must(core, 'training.classes.act', { id: ids.classId, action: 'open', date: '2026-11-16' });
    await must(core, 'training.results.save', {
      classId: ids.classId,
      rows: enrolled.map((t, n) => ({
        enrolmentId: t.id,
        attendedHours: 96,
        result: '1' as const,
        certType: '01' as const,
        certNo: `Z${n}`,
        certDate: '2026-11-25',
      })),
    });
    await must(core, 'training.classes.act', { id: ids.classId, action: 'close', date: '2026-11-25' });
    const training = await must(core, 'training.generateBatch', { month: '2026-11' });
    await must(core, 'subsidies.review', { id: training.id, reviewedBy: '阿依古丽' });
    core.ctx.today = () => '2026-12-02';
    const post = await must(core, 'subsidies.review', {
      id: ids.batchId,
      reviewedBy: '阿依古丽',
      confirmUnentered: true,
    });
    const itemOf = (items: { id: string; personId: string }[], personId: string) =>
      items.find((i) => i.personId === personId)!.id;

    const trainingSup = await must(core, 'subsidies.createSupplement', { kind: 'training', month: '2026-12' });
    await expectClerkRefusals(s, [
      [
        'subsidies.adjust',
        adjustment(trainingSup.id, itemOf(training.items, s.b.reg.id), -1_000, '多发扣回'),
        PERSON_REFUSED,
      ],
    ]);
    expect(
      await asClerk(
        s,
        'subsidies.adjust',
        adjustment(trainingSup.id, itemOf(training.items, s.a.reg.id), -1_000, '多发扣回'),
      ),
    ).toMatchObject({ ok: true });

    // The county's 补发/扣回 roster holds B's correction (the county's clerk) before A's clerk adds theirs.
    const postSup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-12' });
    await must(core, 'subsidies.adjust', adjustment(postSup.id, itemOf(post.items, s.b.placed.id), -1_000, '多发扣回'));
    const mine = await asClerk(
      s,
      'subsidies.adjust',
      adjustment(postSup.id, itemOf(post.items, s.a.placed.id), -2_000, '多发扣回'),
    );
    expect(mine.ok).toBe(true);
    const answer = (mine as { data: { items: { personName: string }[]; totalFen: number } }).data;
    expect(answer.items.map((i) => i.personName)).toEqual([s.a.placed.name]);
    // The roster's own totals are the roster's (both corrections), as subsidies.get says.
    expect(answer.totalFen).toBe(-3_000);
    const seen = await asClerk(s, 'subsidies.get', { id: postSup.id });
    expect(seen).toEqual(mine);
  });
});
