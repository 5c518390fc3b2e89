import { App } from 'antd';
import { useWatch } from 'react-hook-form';
import { placementAssessInput } from '../../../../shared/contract/placement-renewals';
import type { PlacementAssessment } from '../../../../shared/contract/placement-history';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import {
  ASSESSMENT_RESULTS,
  assessmentResultLabel,
  type AssessmentResultCode,
} from '../../../../shared/enums/post-codes';
import { defaultAssessmentYear } from '../../../../shared/domain/renewal-assessment';
import { useWrite } from '../../api';
import { codeOptions } from '../../components/code-options';
import { DateField, FieldRow, NumberField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { RadioField } from '../../components/RadioField';
import { useSession } from '../../components/session';
import { useContractForm } from '../../components/useInputForm';
import { PLACEMENT_WRITE } from './write-options';

const FORM_ID = 'assess-form';
const FIELDS = ['year', 'result', 'assessedOn', 'remark'] as const;
const RESULT_OPTIONS = codeOptions(ASSESSMENT_RESULTS);

interface Values {
  year: number | null;
  result: AssessmentResultCode | null;
  assessedOn: string;
  remark: string;
}

interface Props {
  placement: Pick<PlacementDetail, 'id' | 'personName' | 'postTitle' | 'contractEnd'> & {
    assessments: readonly Pick<PlacementAssessment, 'year' | 'resultLabel'>[];
  };
  onClose: () => void;
  onAssessed: (p: PlacementDetail) => void;
}

/**
 * 年度考核 of a placement (BR-23): the year, 合格/不合格, the date and a note. The year offered is the one whose result
 * decides the next renewal (renewalAssessmentYear of the current contract end), never one not yet at its end (the
 * current year only from December: defaultAssessmentYear); a year already assessed is replaced, which the form says
 * before saving.
 */
export function AssessModal({ placement: p, onClose, onAssessed }: Props) {
  const assessWrite = useWrite('placements.assess', PLACEMENT_WRITE);
  const { message } = App.useApp();
  const { today } = useSession().info;
  const toInput = (v: Values) => ({
    placementId: p.id,
    year: v.year as number,
    result: v.result as AssessmentResultCode,
    assessedOn: v.assessedOn,
    remark: v.remark,
  });
  const { control, handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: placementAssessInput,
    toInput,
    key: p.id,
    defaultValues: {
      year: defaultAssessmentYear(p.contractEnd, today),
      result: null,
      assessedOn: today,
      remark: '',
    },
  });
  const year = useWatch({ control, name: 'year' });
  const earlier = p.assessments.find((a) => a.year === year);

  const save = handleSubmit(async () => {
    const v = getValues();
    const r = await run(() => assessWrite.write(toInput(v)));
    if (!r.ok) return;
    message.success(
      `已记录${r.data.personName} ${v.year}年度考核：${assessmentResultLabel(v.result as AssessmentResultCode)}`,
    );
    onAssessed(r.data);
  });

  return (
    <FormModal title={`年度考核：${p.personName}（${p.postTitle}）`} {...frame(save, onClose)}>
      <FieldRow spans={[10, 14]}>
        <NumberField
          {...bind('year')}
          label="考核年度"
          required
          min={2000}
          max={2100}
          precision={0}
          extra={earlier ? `该年度已记录为${earlier.resultLabel}，保存将替换` : undefined}
          autoFocus
        />
        <RadioField {...bind('result')} label="考核结果" required options={RESULT_OPTIONS} />
      </FieldRow>
      <DateField {...bind('assessedOn')} label="考核日期" required />
      <TextField {...bind('remark')} label="备注" maxLength={200} />
    </FormModal>
  );
}
