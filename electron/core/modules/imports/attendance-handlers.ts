// imports.attendance.*: the RPT-05 round trip (attendance-roster.ts) on the roster pipeline — check for one
// employer's month (refused at once when the month is locked), commit, and the error file.
import type { z } from 'zod';
import type { attendanceImportInput } from '../../../../shared/contract/attendance-import';
import { notFound } from '../../../../shared/contract/result';
import type { PartialHandlers } from '../../handlers';
import { prepared } from '../../db/prepared';
import { assertMonthOpen } from '../period-locks/guard';
import { attendanceRoster } from './attendance-roster';
import { writeImportErrors } from './error-workbook';
import { checkRoster } from './roster-check';
import { commitRoster } from './roster-commit';

type Channels = 'imports.attendance.check' | 'imports.attendance.commit' | 'imports.attendance.errorWorkbook';
type CheckInput = z.output<typeof attendanceImportInput>;

export const attendanceImportHandlers: PartialHandlers<Channels> = {
  'imports.attendance.check': (input: CheckInput, ctx, job) => {
    assertMonthOpen(ctx.db, input.month, '考勤', 'month');
    const employerName = prepared(ctx.db, 'SELECT name FROM employers WHERE id = ?').pluck().get(input.employerId) as
      string | undefined;
    if (employerName === undefined) throw notFound('找不到该用人单位。');
    return checkRoster(
      attendanceRoster({ month: input.month, employerId: input.employerId, employerName }),
      input,
      ctx,
      job,
    );
  },
  'imports.attendance.commit': (input, ctx, job, commit) => commitRoster(attendanceRoster(), input, ctx, job, commit),
  'imports.attendance.errorWorkbook': writeImportErrors,
};
