import dayjs from 'dayjs';
import { placementLeaveInput, type PlacementDetail } from '../../../../shared/contract/placements';
import type { LeaveReasonCode } from '../../../../shared/enums/post-codes';
import { useWrite } from '../../api';
import { EndingModal } from '../../components/EndingModal';
import { useAttendanceNotice } from './attendance-notice';
import { LEAVE_REASON_OPTIONS } from './post-options';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'leave-form';
const FIELDS = ['leaveDate', 'leaveReason', 'leaveNote'] as const;

interface Props {
  placement: { id: string; personName: string; postTitle: string; startDate: string };
  /** A reason the work list suggests (L02 补贴期满, L03 达到法定退休年龄). */
  reason?: LeaveReasonCode;
  onClose: () => void;
  onLeft: (p: PlacementDetail) => void;
}

/**
 * 离岗 (BR-22): date and E19 reason. Afterwards the clerk is told when the vacancy report is due (CFG-15) and
 * whether it is already late, and what the leave did to the attendance of generated months — a warning when a month
 * was left as it was (a reviewed roster or a lock: corrected with 补发/扣回).
 */
export function LeaveModal({ placement, reason, onClose, onLeft }: Props) {
  const leaveWrite = useWrite('placements.leave', PLACEMENT_WRITE);
  const notice = useAttendanceNotice();
  return (
    <EndingModal
      title={`离岗：${placement.personName}（${placement.postTitle}）`}
      formId={FORM_ID}
      names={FIELDS}
      schema={placementLeaveInput}
      id={placement.id}
      reason={reason}
      write={leaveWrite.write}
      onSaved={(p) => {
        notice(
          `已办理离岗：${p.personName}`,
          p.attendance,
          <p>
            离岗日期 {p.leaveDate}。空岗报告应于 <b>{p.vacancyReportDueDate}</b> 前报送（离岗后
            {dayjs(p.vacancyReportDueDate).diff(p.leaveDate, 'day')}日内）
            {p.vacancyReportLate ? '，现已逾期，请尽快报送。' : '。'}
          </p>,
        );
        onLeft(p);
      }}
      onClose={onClose}
      verb="离岗"
      reasonOptions={LEAVE_REASON_OPTIONS}
      dateExtra={`上岗日期 ${placement.startDate}`}
    />
  );
}
