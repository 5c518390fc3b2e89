// One row of attendance.save as the grid sends it: nothing entered but the days, no marks, no deduction, no social
// insurance, no assessment or remark. Shared by the core tests (tests/core) that save attendance and the renderer
// test (tests/renderer) that checks what the grid sends.
import type { AttendanceEntry } from '../shared/contract/attendance';

export const attendanceEntry = (
  id: string,
  requiredDays: number,
  attendedDays: number,
  over: Partial<AttendanceEntry> = {},
): AttendanceEntry => ({
  id,
  requiredDays,
  attendedDays,
  dailyMarks: null,
  deductionFen: 0,
  deductionReason: null,
  siPensionFen: 0,
  siMedicalFen: 0,
  siUnemploymentFen: 0,
  siInjuryFen: 0,
  assessment: null,
  remark: null,
  ...over,
});
