import { App } from 'antd';
import { useWatch } from 'react-hook-form';
import { vacancyReportInput, type PlacementDetail } from '../../../../shared/contract/placements';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { DateField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { useContractForm } from '../../components/useInputForm';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'vacancy-report-form';
const FIELDS = ['reportDate'] as const;
type Values = { reportDate: string };

interface Props {
  placement: { id: string; personName: string; postTitle: string; leaveDate: string | null; dueDate: string | null };
  onClose: () => void;
  onReported: (p: PlacementDetail) => void;
}

/** 报告空岗 (BR-22): the date the vacancy was reported; after the due date (CFG-15) it is recorded as late. */
export function VacancyReportModal({ placement, onClose, onReported }: Props) {
  const reportVacancyWrite = useWrite('placements.reportVacancy', PLACEMENT_WRITE);
  const { message } = App.useApp();
  const { today } = useSession().info;
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: vacancyReportInput,
    toInput: (v) => ({ id: placement.id, ...v }),
    key: placement.id,
    defaultValues: { reportDate: today },
  });
  const reportDate = useWatch({ control, name: 'reportDate' });
  const late = !!placement.dueDate && reportDate > placement.dueDate;

  const save = handleSubmit(async () => {
    const r = await run(() => reportVacancyWrite.write({ id: placement.id, reportDate: getValues().reportDate }));
    if (!r.ok) return;
    message.success(`已记录空岗报告（${r.data.vacancyReportDate}）${r.data.vacancyReportLate ? '，逾期' : ''}`);
    onReported(r.data);
  });

  return (
    <FormModal title={`报告空岗：${placement.postTitle}`} {...frame(save, onClose)} okText="记录报告">
      <p>
        {placement.personName} 于 {placement.leaveDate} 离岗，空岗报告应于 {placement.dueDate} 前报送。
      </p>
      <DateField
        {...bind('reportDate')}
        label="空岗报告日期"
        required
        extra={late ? <span style={{ color: '#d4380d' }}>晚于应报日期，将记为逾期</span> : undefined}
        autoFocus
      />
    </FormModal>
  );
}
