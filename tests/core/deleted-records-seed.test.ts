import { describe, expect, it } from 'vitest';
import { seedDeletedRecords } from '../../scripts/seed/deleted-records';
import { seedRenewals } from '../../scripts/seed/renewals';
import { seedTraining } from '../../scripts/seed/training';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo seed (npm run seed) deletes one 年度考核 result and removes one trainee through the channels (audited, with
// a reason), so 已删除 under a placement and on a class page has something to show; both can be restored.
describe('seeded deleted 年度考核 and removed trainee', () => {
  it('deletes one of each through the channels, restorable', async () => {
    const core = await seededCore({ persons: 800, posts: { posts: 40, placements: 80 } });
    await seedRenewals(core, { today: TODAY });
    seedTraining(core, { today: TODAY });
    expect(await seedDeletedRecords(core, { today: TODAY })).toEqual({ assessments: 1, trainees: 1 });
    const db = core.ctx.db;
    const a = db.prepare('SELECT id, placement_id, delete_reason FROM deleted_placement_assessments').all() as {
      id: string;
      placement_id: string;
      delete_reason: string;
    }[];
    expect(a.map((x) => x.delete_reason)).toEqual(['录错安置人员']);
    const t = db.prepare('SELECT id, class_id, delete_reason FROM deleted_training_enrolments').all() as {
      id: string;
      class_id: string;
      delete_reason: string;
    }[];
    expect(t.map((x) => x.delete_reason)).toEqual(['报错培训班']);
    const listed = await must(core, 'training.removedTrainees', { classId: t[0]!.class_id });
    expect(listed.items.map((x) => x.id)).toEqual([t[0]!.id]);
    expect((await must(core, 'placements.deletedAssessments', { placementId: a[0]!.placement_id })).items).toHaveLength(
      1,
    );
    for (const channel of ['placements.removeAssessment', 'training.unenrol'])
      expect((await must(core, 'audit.search', { channel })).items).toHaveLength(1);
    await must(core, 'placements.restoreAssessment', { id: a[0]!.id });
    await must(core, 'training.restoreTrainee', { id: t[0]!.id });
  });
});
