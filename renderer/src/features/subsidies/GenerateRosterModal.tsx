import { Alert } from 'antd';
import { useEffect } from 'react';
import { claimPeriodLabel, recentQuarters } from '../../../../shared/domain/claim-period';
import { addMonths, chineseMonth } from '../../../../shared/domain/dates';
import {
  batchKindLabel,
  generateBatchInput,
  type BatchDetail,
  type BatchKind,
  type BatchScope,
} from '../../../../shared/contract/subsidies';
import { useRead, useWrite } from '../../api';
import { EmployerSelect } from '../../components/EmployerSelect';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { MonthInput } from '../../components/MonthInput';
import { RadioField } from '../../components/RadioField';
import { SelectField } from '../../components/SelectField';
import { formatMonth } from '../../components/format';
import { useSession } from '../../components/session';
import { useContractForm } from '../../components/useInputForm';
import { TownshipField } from '../../components/TownshipField';

const FORM_ID = 'generate-roster-form';
const FIELDS = ['month', 'scope', 'townshipId', 'employerId'] as const;
type Values = { month: string; scope: BatchScope; townshipId: string | null; employerId: string | null };
/** The quarters a clerk may choose: the working one and the seven before it. */
const QUARTERS_OFFERED = 8;

/**
 * 生成花名册 (the county's) or 按乡镇或单位生成 (one 乡镇(街道)'s or 用人单位's, DOMAIN §3.10 范围) of one kind. The form
 * says which period the roster covers (BR-24, 补贴申领周期): claimed by quarter, the clerk chooses the quarter (2026年
 * 第四季度（10–12月）); by month, the month. A scoped roster takes the scope's rows not yet on a roster and the core
 * refuses rows already on another. A period whose last month is still running may be generated as a draft, but the
 * form says first that it is reviewed only after the month ends (as 审核 refuses before) and, for a post roster, how
 * many of the persons it will hold have no attendance entered yet (paid a full month until entered; 审核 asks the
 * clerk to confirm the same count).
 */
export function GenerateRosterModal({
  kind,
  month,
  scoped,
  invalidates,
  onClose,
  onDone,
}: {
  kind: BatchKind;
  month: string;
  /** 按乡镇或单位生成: the form asks for the 乡镇 or 单位. */
  scoped: boolean;
  invalidates: string[];
  onClose: () => void;
  onDone: (b: BatchDetail & { unverifiedLeftOut: number }) => void;
}) {
  const working = useSession().info.today.slice(0, 7);
  const roster = useWrite('subsidies.generateBatch', { invalidates });
  const unit = kind === 'internship' ? '见习单位' : '用人单位';
  const toInput = (v: Values) => ({ kind, ...v });
  const { handleSubmit, getValues, bind, run, frame, watch, setValue } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: generateBatchInput,
    toInput,
    key: `${kind}-${scoped}`,
    defaultValues: { month, scope: scoped ? 'township' : 'county', townshipId: null, employerId: null },
  });
  const chosen = watch('month');
  const scope = watch('scope');
  const period = useRead('subsidies.claimPeriod', { month: chosen }).data;
  const byQuarter = period?.byQuarter ?? false;
  // Claimed by quarter, the form holds the quarter's first month (any month of it names the same roster); the answer
  // of the month before (kept while the next is read) is not this month's period.
  useEffect(() => {
    if (period?.byQuarter && period.from < chosen && chosen <= period.to) setValue('month', period.from);
  }, [period, chosen, setValue]);
  const label = period?.label ?? formatMonth(chosen);
  const running = period && period.to >= working ? period.to : null;
  const unentered = useUnentered(kind, !!running, {
    month: chosen,
    scope,
    townshipId: watch('townshipId'),
    employerId: watch('employerId'),
  });
  const save = handleSubmit(async () => {
    const r = await run(() => roster.write(toInput(getValues())));
    if (r.ok) onDone(r.data);
  });
  return (
    <FormModal
      title={`${scoped ? '按乡镇或单位生成' : '生成'}${label.replace(/（.*）$/, '')}${batchKindLabel(kind)}发放花名册`}
      {...frame(save, onClose)}
      okText="生成花名册"
      intro={
        scoped
          ? `只列入所选乡镇(街道)或${unit}本期还没有列入花名册的人员；已列入其他花名册的人员不能再列入。之后生成的全县花名册只列入其余人员。`
          : '列入全县本期还没有列入花名册的人员；已生成的草稿花名册补入新增人员。'
      }
    >
      {running && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${chineseMonth(running)}尚未结束：现在生成的花名册是草稿，月末后才能审核。`}
          description={
            unentered
              ? `${byQuarter ? '本季度' : '本月'}还有 ${unentered} 人的考勤尚未录入，未录入的将按全勤计发。`
              : undefined
          }
        />
      )}
      {byQuarter ? (
        <SelectField
          {...bind('month')}
          label="季度"
          required
          extra={`花名册期间：${label}`}
          options={recentQuarters(working, QUARTERS_OFFERED).map((q) => ({
            value: q,
            label: claimPeriodLabel(q, addMonths(q, 2)),
          }))}
        />
      ) : (
        <FormField
          {...bind('month')}
          label="月份"
          required
          extra={`花名册期间：${label}`}
          render={(f) => <MonthInput id={f.id} value={f.value} onChange={f.onChange} max={working} />}
        />
      )}
      {scoped && (
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
      )}
      {scoped &&
        (scope === 'township' ? (
          <TownshipField {...bind('townshipId')} label="乡镇(街道)" required />
        ) : (
          <FormField {...bind('employerId')} label={unit} required render={(f) => <EmployerSelect {...f} />} />
        ))}
    </FormModal>
  );
}

/**
 * The persons of the roster-to-be (its period and scope, as 生成花名册 will take them) whose attendance was never
 * entered — what its review will count; null when the period has ended, the kind has no attendance grid or the
 * scope is not chosen yet.
 */
function useUnentered(
  kind: BatchKind,
  running: boolean,
  v: { month: string; scope: BatchScope; townshipId: string | null; employerId: string | null },
): number | null {
  const chosen = v.scope === 'county' || (v.scope === 'township' ? !!v.townshipId : !!v.employerId);
  const asked = running && chosen && (kind === 'post' || kind === 'si');
  return useRead('subsidies.rosterUnentered', asked ? { kind, ...v } : null).data?.persons ?? null;
}
