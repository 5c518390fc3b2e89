import { App, InputNumber } from 'antd';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { internshipEndInput, type InternshipEnded } from '../../../../shared/contract/internships';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { EntrySelect } from '../../components/EntrySelect';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { inputResolver } from '../../components/input-resolver';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { END_TYPE_OPTIONS, RETAINED_END_TYPES } from './internship-labels';
import { CheckboxField, DateField, FieldRow, TextField } from '../../components/fields';
import { useInputForm } from '../../components/useInputForm';

/** What 结束见习 needs to know of the internship. */
export interface EndTarget {
  id: string;
  personName: string;
  hostName: string;
  agreementStart: string;
  agreementEnd: string;
}

interface EndValues {
  endDate: string;
  endType: string | null;
  retained: boolean;
  retainedDate: string;
  contractYears: number | null;
  endNote: string;
}

const FIELDS = ['endDate', 'endType', 'retained', 'retainedDate', 'contractYears', 'endNote'] as const;
const FORM_ID = 'internship-end-form';

const toInput = (id: string, v: EndValues) => ({
  id,
  endDate: normaliseTypedDate(v.endDate),
  endType: (v.endType ?? undefined) as never,
  retained: v.retained,
  retainedDate: v.retained ? normaliseTypedDate(v.retainedDate) || null : null,
  contractYears: v.retained ? v.contractYears : null,
  endNote: v.endNote || null,
});

/** The core's own schema on what the write will send. */
const endResolver = (id: string) => inputResolver<EndValues>(internshipEndInput, (v) => toInput(id, v));

/** 结束见习: the date and E22 type; 期满留用 / 提前留用 ask for the retention date and contract years (BR-27, BR-29). */
export function EndInternshipModal({
  target,
  onClose,
  onSaved,
}: {
  target: EndTarget;
  onClose: () => void;
  /** `d.warnings.registration`: a retained person still has an active unemployment registration (BR-08). */
  onSaved: (d: InternshipEnded) => void;
}) {
  const endWrite = useWrite('internships.end', { invalidates: ['internshipWorklists', 'employers', 'persons'] });
  const { message } = App.useApp();
  const { today } = useSession().info;
  const { control, handleSubmit, getValues, setValue, bind, run, frame } = useInputForm<EndValues>(FORM_ID, FIELDS, {
    resolver: useMemo(() => endResolver(target.id), [target.id]),
    defaultValues: {
      endDate: target.agreementEnd <= today ? target.agreementEnd : today,
      endType: null,
      retained: false,
      retainedDate: '',
      contractYears: null,
      endNote: '',
    },
    reValidateMode: 'onChange',
  });
  const [endType, retained] = useWatch({ control, name: ['endType', 'retained'] });

  const save = handleSubmit(async () => {
    const r = await run(() => endWrite.write(toInput(target.id, getValues())));
    if (!r.ok) return;
    message.success(`已结束见习：${r.data.personName}（${r.data.endTypeLabel}）`);
    onSaved(r.data);
  });

  return (
    <FormModal
      title={`结束见习：${target.personName}`}
      {...frame(save, onClose)}
      intro={
        <>
          {target.hostName}，见习协议 {target.agreementStart} 至 {target.agreementEnd}
        </>
      }
    >
      <FieldRow spans={[10, 14]}>
        <DateField {...bind('endDate')} label="实际结束日期" required autoFocus />
        <FormField
          {...bind('endType')}
          label="结束方式"
          required
          extra={endType === '3' ? '提前留用须签订2年以上劳动合同，剩余期限补贴可拨付见习单位' : undefined}
          render={(f) => (
            <EntrySelect
              id={f.id}
              ref={f.ref}
              value={(f.value as string | null) ?? undefined}
              options={END_TYPE_OPTIONS}
              placeholder="请选择"
              onBlur={f.onBlur}
              aria-invalid={f['aria-invalid']}
              onChange={(v) => {
                f.onChange(v ?? null);
                if (v && v !== '9') setValue('retained', RETAINED_END_TYPES.includes(v), { shouldDirty: true });
              }}
            />
          )}
        />
      </FieldRow>
      <CheckboxField {...bind('retained')} label="是否留用" disabled={endType !== '9'}>
        留用（签订劳动合同）
      </CheckboxField>
      {retained && (
        <FieldRow spans={[10, 14]}>
          <DateField {...bind('retainedDate')} label="留用日期" required />
          <FormField
            {...bind('contractYears')}
            label="留用合同年限(年)"
            required
            render={(f) => (
              <InputNumber<number>
                id={f.id}
                ref={f.ref}
                value={f.value as number | null}
                onChange={(v) => f.onChange(v ?? null)}
                onBlur={f.onBlur}
                min={1}
                max={50}
                precision={0}
                aria-invalid={f['aria-invalid']}
              />
            )}
          />
        </FieldRow>
      )}
      <TextField {...bind('endNote')} label="结束说明" maxLength={200} />
    </FormModal>
  );
}
