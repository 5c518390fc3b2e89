import { Alert, App } from 'antd';
import type { ReactNode } from 'react';
import type { PlacementAttendance } from '../../../../shared/contract/placements';

/**
 * What a 离岗, 删除 or 恢复 did to the placement's attendance of months already generated (the core's answer): the
 * months changed, and a warning for the months left as they were (a reviewed roster or a lock: 补发/扣回).
 */
function AttendanceNotes({ attendance }: { attendance: PlacementAttendance }) {
  return (
    <>
      {attendance.changed && <p>考勤：{attendance.changed}。</p>}
      {attendance.kept && <Alert type="warning" showIcon title={`${attendance.kept}。`} />}
    </>
  );
}

/**
 * Tells the clerk, after a placement's write, what it did to the attendance: a dialog (a warning one when a month was
 * left as it was) titled `title`, `lead` first. Without a lead and with nothing done to the attendance, nothing shows.
 */
export function useAttendanceNotice() {
  const { modal } = App.useApp();
  return (title: string, attendance: PlacementAttendance, lead?: ReactNode) => {
    if (!lead && !attendance.changed && !attendance.kept) return;
    (attendance.kept ? modal.warning : modal.info)({
      title,
      content: (
        <>
          {lead}
          <AttendanceNotes attendance={attendance} />
        </>
      ),
      okText: '知道了',
    });
  };
}
