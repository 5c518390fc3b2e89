import { App } from 'antd';
import { flexSubsidyTerminateInput, type FlexSubsidy } from '../../../../shared/contract/flexible-subsidies';
import { FLEX_END_REASONS } from '../../../../shared/enums/flexible-subsidy-codes';
import { useWrite } from '../../api';
import { codeOptions } from '../../components/code-options';
import { EndingModal } from '../../components/EndingModal';

const FORM_ID = 'flex-terminate-form';
const FIELDS = ['terminatedOn', 'terminateReason', 'terminateNote'] as const;
const REASON_OPTIONS = codeOptions(FLEX_END_REASONS);

/** 终止: a period of 灵活就业社会保险补贴 ends before its 截止年月, on a date with a reason. */
export function FlexTerminateModal({
  period,
  personName,
  onClose,
  onDone,
}: {
  period: FlexSubsidy;
  personName: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const terminate = useWrite('flexibleSubsidies.terminate');
  return (
    <EndingModal
      title={`终止灵活就业社会保险补贴：${personName}`}
      formId={FORM_ID}
      names={FIELDS}
      schema={flexSubsidyTerminateInput}
      id={period.id}
      write={terminate.write}
      onSaved={(r) => {
        message.success(`已终止${personName}的灵活就业社会保险补贴（${r.terminatedOn}）`);
        onDone();
      }}
      onClose={onClose}
      okText="终止"
      intro={`补贴期 ${period.startMonth} 至 ${period.endMonth}；终止日期所在月以后不再计入享受月数。`}
      verb="终止"
      reasonOptions={REASON_OPTIONS}
    />
  );
}
