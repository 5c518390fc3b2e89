import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import {
  flexSubsidyCreateInput,
  flexSubsidyUpdateInput,
  type FlexSubsidy,
  type FlexSubsidyPlan,
} from '../../../../shared/contract/flexible-subsidies';
import { isValidMonth } from '../../../../shared/domain/dates';
import {
  FLEX_INSURANCES,
  FLEX_TARGETS,
  insuranceFor,
  type FlexInsuranceCode,
  type FlexTargetCode,
} from '../../../../shared/enums/flexible-subsidy-codes';
import { useRead, useWrite } from '../../api';
import { codeOptions } from '../../components/code-options';
import { FieldRow, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { RadioField } from '../../components/RadioField';
import { useSession } from '../../components/session';
import { useRecordForm } from '../../components/useRecordForm';

const FORM_ID = 'flex-subsidy-form';
const FIELDS = ['startMonth', 'endMonth', 'target', 'insurance', 'handler', 'remark'] as const;
const TARGET_OPTIONS = codeOptions(FLEX_TARGETS);
const INSURANCE_OPTIONS = codeOptions(FLEX_INSURANCES);

interface Values {
  startMonth: string;
  endMonth: string;
  target: FlexTargetCode | null;
  insurance: FlexInsuranceCode | null;
  handler: string;
  remark: string;
}

interface Props {
  personId: string;
  personName: string;
  /** The period being changed; null: 登记 a new one. */
  detail: FlexSubsidy | null;
  onClose: () => void;
  onSaved: (saved: FlexSubsidy) => void;
}

/** What the plan says under 截止年月: how far the subsidy may run, and why. */
function endHint(plan: FlexSubsidyPlan | null): string | undefined {
  if (!plan) return undefined;
  if (plan.extendedToRetirement)
    return `首次享受时距法定退休不足5年，可享受至退休前一个月（${plan.limitMonth}），不受36个月限制`;
  const used = plan.usedMonths ? `其他补贴期已享受${plan.usedMonths}个月，` : '';
  return plan.endMonth
    ? `${used}累计不超过36个月，本次最晚至 ${plan.endMonth}`
    : `${used}补贴期限已满36个月，不能再登记`;
}

/** What the plan says under 享受类别: whether the register shows a recognition in force in the start month. */
const targetHint = (plan: FlexSubsidyPlan | null) =>
  plan &&
  (plan.difficult
    ? '该人员在起始年月为就业困难人员（认定有效），补贴养老、医疗、失业保险'
    : '该人员在起始年月没有有效的就业困难认定；高校毕业生请选择“高校毕业生”，其他人员只补贴养老保险');

/**
 * 登记 / 修改 a period of 灵活就业社会保险补贴 (BR-30): the start month asks the core for what follows from it — the
 * latest 截止年月 (36 months in total, or to the month before retirement) and the 享受类别 with its 补贴险种 — and fills
 * them in while the clerk has not changed them; the clerk confirms or corrects before saving.
 */
export function FlexSubsidyModal({ personId, personName, detail, onClose, onSaved }: Props) {
  const { message } = App.useApp();
  const { account } = useSession();
  const createWrite = useWrite('flexibleSubsidies.create');
  const updateWrite = useWrite('flexibleSubsidies.update');
  const toInput = (v: Values) => ({
    ...(detail ? { id: detail.id, expectedUpdatedAt: detail.updatedAt } : { personId }),
    startMonth: v.startMonth,
    endMonth: v.endMonth,
    target: v.target as FlexTargetCode,
    insurance: v.insurance as FlexInsuranceCode,
    handler: v.handler,
    remark: v.remark,
  });
  const form = useRecordForm<Values, FlexSubsidy>(FORM_ID, FIELDS, {
    detail,
    create: flexSubsidyCreateInput,
    update: flexSubsidyUpdateInput,
    toInput,
    valuesOf: (d) => ({
      startMonth: d.startMonth,
      endMonth: d.endMonth,
      target: d.target,
      insurance: d.insurance,
      handler: d.handler,
      remark: d.remark ?? '',
    }),
    fresh: () => ({
      startMonth: '',
      endMonth: '',
      target: null,
      insurance: null,
      handler: account.displayName,
      remark: '',
    }),
  });
  const { control, handleSubmit, getValues, setValue, bind, run, frame } = form;
  const startMonth = useWatch({ control, name: 'startMonth' });
  const planInput = isValidMonth(startMonth) ? { personId, startMonth, id: detail?.id ?? null } : null;
  const plan = useRead('flexibleSubsidies.plan', planInput, { keepPrevious: false }).data;

  // The values the plan filled in last: a value still equal to them (or empty) follows a new plan; one the clerk chose
  // stays. An edit's stored values are the clerk's (高校毕业生, a shorter period): the plan's hints show what the rules
  // allow for a moved start month, and a save outside them is refused under the field.
  const filled = useRef<Partial<Values>>({});
  useEffect(() => {
    // An edit keeps its stored values until the clerk moves the start month.
    if (!plan || startMonth === detail?.startMonth) return;
    const follows = (name: 'endMonth' | 'target' | 'insurance') => {
      const now = getValues(name);
      return now === null || now === '' || now === filled.current[name];
    };
    const endMonth = plan.endMonth ?? '';
    if (follows('endMonth')) setValue('endMonth', endMonth, { shouldDirty: true });
    if (follows('target')) setValue('target', plan.target, { shouldDirty: true });
    if (follows('insurance')) setValue('insurance', plan.insurance, { shouldDirty: true });
    filled.current = { endMonth, target: plan.target, insurance: plan.insurance };
    // The plan answer is what changes (it follows startMonth); the stored record does not change while open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan]);

  const save = handleSubmit(async () => {
    const input = toInput(getValues());
    const r = await run(() =>
      detail
        ? updateWrite.write(input as Parameters<typeof updateWrite.write>[0])
        : createWrite.write(input as Parameters<typeof createWrite.write>[0]),
    );
    if (!r.ok) return;
    message.success(
      `已${detail ? '修改' : '登记'}${personName}的灵活就业社会保险补贴（${r.data.startMonth} 至 ${r.data.endMonth}）`,
    );
    onSaved(r.data);
  });

  return (
    <FormModal
      title={`${detail ? '修改' : '登记'}灵活就业社会保险补贴：${personName}`}
      {...frame(save, onClose)}
      intro="只记录该人员享受政策的情况，不计算补贴金额。"
    >
      <FieldRow spans={[12, 12]}>
        <TextField {...bind('startMonth')} label="起始年月" required placeholder="YYYY-MM" maxLength={7} autoFocus />
        <TextField
          {...bind('endMonth')}
          label="截止年月"
          required
          placeholder="YYYY-MM"
          maxLength={7}
          extra={endHint(plan)}
        />
      </FieldRow>
      <RadioField
        {...bind('target')}
        label="享受类别"
        required
        options={TARGET_OPTIONS}
        extra={targetHint(plan)}
        onPick={(t) => t && setValue('insurance', insuranceFor(t), { shouldDirty: true })}
      />
      <RadioField {...bind('insurance')} label="补贴险种" required options={INSURANCE_OPTIONS} />
      <FieldRow spans={[8, 16]}>
        <TextField {...bind('handler')} label="经办人" required maxLength={30} />
        <TextField {...bind('remark')} label="备注" maxLength={200} />
      </FieldRow>
    </FormModal>
  );
}
