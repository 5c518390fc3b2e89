import type { ChannelsOf, PartialHandlers } from '../../handlers';
import { personMonths } from './person-months';
import { attendanceGrid, generateMonth, generateSummary, saveGrid } from './service';

type AttendanceChannels = ChannelsOf<'attendance'>;

export const attendanceHandlers: PartialHandlers<AttendanceChannels> = {
  'attendance.generate': (input, ctx) => {
    const data = generateMonth(ctx, input.month);
    return { data, entityId: null, summary: generateSummary(data) };
  },
  'attendance.ofPerson': (input, ctx) => ({ rows: personMonths(ctx.db, input.personId, ctx.today(), ctx.scope) }),
  'attendance.grid': (input, ctx) => attendanceGrid(ctx.db, input.month, input.employerId, ctx.today(), ctx.scope),
  'attendance.save': (input, ctx) => {
    const { data, summary } = saveGrid(ctx, input);
    return { data, entityId: input.employerId, summary };
  },
};
