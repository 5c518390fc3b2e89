import { App, InputNumber, Select } from 'antd';
import { useMemo } from 'react';
import { type Resolver } from 'react-hook-form';
import type { RuleSettingState } from '../../../../../shared/contract/rule-settings';
import { ruleSettingInput } from '../../../../../shared/contract/rule-settings';
import { fieldErrors } from '../../../../../shared/contract/zod-errors';
import { fenToFormYuan } from '../../../../../shared/domain/money';
import {
  checkRuleValue,
  ruleValueText,
  type RuleSettingDef,
  type RuleValue,
} from '../../../../../shared/domain/rule-settings';
import { useWrite } from '../../../api';
import { FormField } from '../../../components/FormField';
import { FormModal } from '../../../components/FormModal';
import { DateField, TextField } from '../../../components/fields';
import { useInputForm } from '../../../components/useInputForm';

const FORM_ID = 'rule-setting-form';

interface FormValues {
  effectiveFrom: string;
  note: string;
  /** Money fields hold yuan here; fen is sent. */
  values: Record<string, RuleValue | null>;
}

interface Props {
  def: RuleSettingDef;
  state: RuleSettingState;
  /** The earliest date a change may take effect (after the last locked month), or null. */
  firstOpenDate: string | null;
  defaultDate: string;
  onClose: () => void;
}

const toFen = (yuan: unknown) => (typeof yuan === 'number' ? Math.round(yuan * 100) : yuan);

/** The input the channel takes: money in fen. */
function toInput(def: RuleSettingDef, v: FormValues) {
  const values = Object.fromEntries(
    def.fields.map((f) => [f.name, f.type === 'money' ? toFen(v.values[f.name]) : v.values[f.name]]),
  ) as Record<string, RuleValue>;
  return { key: def.key, effectiveFrom: v.effectiveFrom, values, note: v.note || null };
}

/** 修改 a rule setting from a date: the same checks as the core (range per field, date format). */
export function RuleSettingModal({ def, state, firstOpenDate, defaultDate, onClose }: Props) {
  const { message } = App.useApp();
  const save = useWrite('ruleSettings.set');
  const resolver = useMemo<Resolver<FormValues>>(
    () => async (v) => {
      const input = toInput(def, v);
      const errors: Record<string, { type: string; message: string }> = {};
      const parsed = ruleSettingInput.safeParse(input);
      if (!parsed.success)
        for (const [k, m] of Object.entries(fieldErrors(parsed.error))) errors[k] = { type: 'schema', message: m };
      for (const [k, m] of Object.entries(checkRuleValue(def, input.values)))
        errors[`values.${k}`] = { type: 'range', message: m };
      if (Object.keys(errors).length === 0) return { values: v, errors: {} };
      const nested: Record<string, unknown> = {};
      for (const [k, e] of Object.entries(errors)) {
        if (k.startsWith('values.')) {
          nested.values = { ...(nested.values as object), [k.slice(7)]: e };
        } else nested[k] = e;
      }
      return { values: {}, errors: nested as never };
    },
    [def],
  );
  const initial = Object.fromEntries(
    def.fields.map((f) => {
      const v = state.inForce.values[f.name];
      return [f.name, f.type === 'money' ? fenToFormYuan(Number(v)) : v];
    }),
  );
  const names = useMemo(
    () => ['effectiveFrom', 'note', ...def.fields.map((f) => `values.${f.name}` as const)] as never[],
    [def],
  );
  const { control, handleSubmit, bind, run, frame } = useInputForm<FormValues>(FORM_ID, names, {
    resolver,
    defaultValues: { effectiveFrom: defaultDate, note: '', values: initial },
  });

  const submit = handleSubmit(async (v) => {
    const r = await run(() => save.write(toInput(def, v)));
    if (!r.ok) return;
    message.success(`已保存：${def.label}自 ${v.effectiveFrom} 起生效`);
    onClose();
  });

  return (
    <FormModal
      title={`修改：${def.label}`}
      {...frame(submit, onClose)}
      intro={
        <>
          现行：{ruleValueText(def, state.inForce.values)}
          {state.inForce.effectiveFrom ? `（${state.inForce.effectiveFrom} 起）` : '（默认值）'}
          {def.hint ? `。${def.hint}` : ''}
        </>
      }
    >
      {def.fields.map((f) => (
        <FormField
          key={f.name}
          control={control}
          name={`values.${f.name}`}
          id={`${FORM_ID}-${f.name}`}
          label={def.fields.length > 1 ? f.label : def.label}
          required
          render={(field) =>
            f.type === 'enum' || f.type === 'bool' ? (
              <Select
                id={field.id}
                ref={field.ref}
                aria-invalid={field['aria-invalid']}
                value={
                  f.type === 'bool'
                    ? field.value === true
                      ? 'yes'
                      : field.value === false
                        ? 'no'
                        : undefined
                    : (field.value as string)
                }
                onChange={(v: string) => field.onChange(f.type === 'bool' ? v === 'yes' : v)}
                onBlur={field.onBlur}
                options={
                  f.type === 'bool'
                    ? [
                        { value: 'yes', label: '是' },
                        { value: 'no', label: '否' },
                      ]
                    : f.options?.map((o) => ({ value: o.value, label: o.label }))
                }
              />
            ) : (
              <InputNumber
                id={field.id}
                ref={field.ref}
                aria-invalid={field['aria-invalid']}
                value={field.value as number | null}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                precision={f.type === 'money' ? 2 : 0}
                suffix={f.unit}
                style={{ width: 220 }}
              />
            )
          }
        />
      ))}
      <DateField
        {...bind('effectiveFrom')}
        label="生效日期"
        required
        extra={
          firstOpenDate
            ? `已锁定月份的设置不能改，生效日期最早为 ${firstOpenDate}；此前的月份仍按原设置`
            : '此日期之前的月份仍按原设置'
        }
      />
      <TextField {...bind('note')} label="依据" maxLength={200} placeholder="文件名称和文号" />
    </FormModal>
  );
}
