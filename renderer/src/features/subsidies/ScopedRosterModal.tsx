import {
  batchKindLabel,
  generateBatchInput,
  type BatchDetail,
  type BatchKind,
  type BatchScope,
} from '../../../../shared/contract/subsidies';
import { useWrite } from '../../api';
import { EmployerSelect } from '../../components/EmployerSelect';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { RadioField } from '../../components/RadioField';
import { formatMonth } from '../../components/format';
import { useContractForm } from '../../components/useInputForm';
import { TownshipField } from '../../components/TownshipField';

const FORM_ID = 'scoped-roster-form';
const FIELDS = ['scope', 'townshipId', 'employerId'] as const;
type Values = { scope: Exclude<BatchScope, 'county'>; townshipId: string | null; employerId: string | null };

/**
 * 生成 a month's roster of one 乡镇(街道) or one 用人单位 (DOMAIN §3.10 范围; the county's roster is the card's own
 * 生成花名册). The core takes the scope's rows not yet on a roster and refuses rows already on another.
 */
export function ScopedRosterModal({
  kind,
  month,
  invalidates,
  onClose,
  onDone,
}: {
  kind: BatchKind;
  month: string;
  invalidates: string[];
  onClose: () => void;
  onDone: (b: BatchDetail & { unverifiedLeftOut: number }) => void;
}) {
  const roster = useWrite('subsidies.generateBatch', { invalidates });
  const unit = kind === 'internship' ? '见习单位' : '用人单位';
  const toInput = (v: Values) => ({ kind, month, ...v });
  const { handleSubmit, getValues, formState, bind, run, frame, watch, setValue } = useContractForm<Values>(
    FORM_ID,
    FIELDS,
    {
      schema: generateBatchInput,
      toInput,
      key: `${kind}-${month}`,
      defaultValues: { scope: 'township', townshipId: null, employerId: null },
    },
  );
  const scope = watch('scope');
  const save = handleSubmit(async () => {
    const r = await run(() => roster.write(toInput(getValues())));
    if (r.ok) onDone(r.data);
  });
  return (
    <FormModal
      title={`按乡镇或单位生成${formatMonth(month)}${batchKindLabel(kind)}发放花名册`}
      formId={FORM_ID}
      {...frame(formState.isDirty, save)}
      onClose={onClose}
      okText="生成花名册"
      intro={`只列入所选乡镇(街道)或${unit}本月还没有列入花名册的人员；已列入其他花名册的人员不能再列入。之后生成的全县花名册只列入其余人员。`}
    >
      <RadioField
        {...bind('scope')}
        label="花名册范围"
        required
        options={[
          { value: 'township', label: '乡镇(街道)' },
          { value: 'employer', label: unit },
        ]}
        onPick={() => {
          setValue('townshipId', null);
          setValue('employerId', null);
        }}
      />
      {scope === 'township' ? (
        <TownshipField {...bind('townshipId')} label="乡镇(街道)" required />
      ) : (
        <FormField {...bind('employerId')} label={unit} required render={(f) => <EmployerSelect {...f} />} />
      )}
    </FormModal>
  );
}
