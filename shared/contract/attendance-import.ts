import { writeJobChannel, jobChannel } from './define';
import { uuid, monthField } from './fields';
import { writtenFile } from './files';
import { importFileInput, importToken } from './imports';
import { rosterImportCheck, rosterImportCommitInput, rosterImportResult } from './roster-imports';

// The RPT-05 round trip (issue 12, DOMAIN §3.9 / §6.5): the clerk exports one employer's 考勤表 for a month, the
// employer fills in the days (and daily marks), 扣减金额 with its reason and the four social-insurance amounts, and
// the clerk imports the sheet back through the roster import pipeline: check (a dry run naming every bad cell by row
// and column, rehearsing every row through attendance.save's rules and rolling back) → commit (all rows in one
// transaction with one audit row, or nothing). Rows are found by the hidden 考勤编号 column RPT-05 writes (the
// attendance row's id; the 姓名 must agree), or, where the employer retyped a row without it, by 姓名 and 岗位名称
// within the employer's month. Refused while the month is locked or the rows are on a reviewed roster.
// A column missing from the sheet leaves that value as it is; a blank money cell is 0, a blank day cell on post
// (when other days are marked) is an error. 请假天数 and 旷工天数 follow from the daily marks and are not read.

export const attendanceImportInput = importFileInput.extend({ month: monthField, employerId: uuid('用人单位') });

export const attendanceImportChannels = {
  'imports.attendance.check': jobChannel(attendanceImportInput, rosterImportCheck),
  'imports.attendance.commit': writeJobChannel(rosterImportCommitInput, rosterImportResult, 'attendance'),
  'imports.attendance.errorWorkbook': jobChannel(importToken, writtenFile),
};
