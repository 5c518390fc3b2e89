import { z } from 'zod';
import { channel, writeChannel } from './define';
import { itemsOf, optText, personColumns, removedStamps, uuid, idInput } from './fields';
import { classDetail } from './training';

// 移除学员 and its 恢复 (UI.md: deleted records can be restored from 已删除; migration 0024).
//
// training.unenrol moves a trainee of a class not yet closed to 已删除, with an optional reason; it then counts
// nowhere (class counts and capacity, BR-34, RPT-13/14/15, the subsidy roster, follow-ups).
// training.removedTrainees lists a class's removed trainees (a 乡镇经办 sees their townships' persons only).
// training.restoreTrainee brings one back after the enrol checks again, refused (field named, nothing written) when
// the class has closed or been cancelled, is full, the person is deleted or enrolled in the class again, no longer
// fits the BR-33 category as of the class start, or is in another class whose dates overlap (BR-34).

export const removedTrainee = z.object({
  id: z.string(),
  ...personColumns,
  categoryLabel: z.string(),
  enrolDate: z.string(),
  ...removedStamps,
});
export type RemovedTrainee = z.infer<typeof removedTrainee>;

export const trainingRemovalChannels = {
  'training.unenrol': writeChannel(
    z.object({ enrolmentId: uuid('学员'), reason: optText('移除原因', 200) }),
    classDetail,
    'trainingEnrolment',
  ),
  'training.restoreTrainee': writeChannel(idInput('学员'), classDetail, 'trainingEnrolment'),
  'training.removedTrainees': channel({
    input: z.object({ classId: uuid('培训班') }),
    output: itemsOf(removedTrainee),
  }),
};
