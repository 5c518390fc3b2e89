import { App, AutoComplete, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import { classCreateInput, classUpdateInput, type ClassDetail } from '../../../../shared/contract/training';
import { isValidDate, normaliseTypedDate } from '../../../../shared/domain/dates';
import { CERTIFICATES } from '../../../../shared/enums/training-codes';
import { useRead, useWrite } from '../../api';
import { FormDrawer } from '../../components/FormDrawer';
import { FormField } from '../../components/FormField';
import { TownshipField } from '../../components/TownshipField';
import { CLASS_FIELDS, newClassValues, toClassInput, valuesOfClass, type ClassValues } from './class-form-values';
import { TYPE_OPTIONS } from './labels';
import { DateField, FieldRow, NumberField, TextField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { useRecordForm, type RecordDrawerProps } from '../../components/useRecordForm';
import { codeOptions } from '../../components/code-options';

const FORM_ID = 'class-form';
const CERT_OPTIONS = codeOptions(CERTIFICATES.filter((c) => c.code !== '00'));

/**
 * 新建 / 修改培训班 (DOMAIN §11.1): the provider's designation must cover the dates and the occupation must be one
 * of its list (or carry a reason); the core's refusals show under their fields. Editing is for a class in 计划.
 */
export function ClassFormDrawer({
  detail,
  providerId = null,
  onClose,
  onSaved,
}: RecordDrawerProps<ClassDetail> & {
  /** The provider chosen in the list's filter, preset on a new class. */
  providerId?: string | null;
}) {
  const create = useWrite('training.classes.create');
  const update = useWrite('training.classes.update');
  const { message } = App.useApp();
  const providers = useRead('training.providers.list', {}).data?.items ?? [];
  const { control, handleSubmit, getValues, bind, run, frame } = useRecordForm<ClassValues, ClassDetail>(
    FORM_ID,
    CLASS_FIELDS,
    {
      detail,
      create: classCreateInput,
      update: classUpdateInput,
      toInput: (v) => ({ ...toClassInput(v), ...(detail ? { id: detail.id } : {}) }),
      valuesOf: valuesOfClass,
      fresh: () => newClassValues(providerId),
    },
  );
  const [chosenProvider, occupation, startDate] = useWatch({
    control,
    name: ['providerId', 'occupation', 'startDate'],
  });
  const provider = providers.find((p) => p.employerId === chosenProvider) ?? null;
  const offList = !!provider && !!occupation.trim() && !provider.occupations.includes(occupation.trim());
  const start = normaliseTypedDate(startDate);
  const rules = useRead('training.rules.get', { date: isValidDate(start) ? start : null }).data;

  const save = handleSubmit(async () => {
    const input = toClassInput(getValues());
    const r = await run(() => (detail ? update.write({ ...input, id: detail.id }) : create.write(input)));
    if (!r.ok) return;
    message.success(`${detail ? '已保存' : '已新建'}培训班 ${r.data.code}`);
    onSaved(r.data);
  });

  const text = (name: 'code' | 'location' | 'funding' | 'remark' | 'occupationReason', label: string, max: number) => (
    <TextField
      {...bind(name)}
      label={label}
      required={name === 'location' || name === 'occupationReason'}
      extra={name === 'code' ? '不填则按年份自动编号，如 PX2026-001' : undefined}
      maxLength={max}
    />
  );
  const date = (name: 'startDate' | 'endDate', label: string, extra?: string) => (
    <DateField {...bind(name)} label={label} required extra={extra} />
  );
  const count = (name: 'hours' | 'capacity', label: string, unit: string) => (
    <NumberField {...bind(name)} label={label} required precision={0} suffix={unit} />
  );
  const validity = provider
    ? `定点资质 ${provider.designatedDate} 至 ${provider.validUntil ?? '长期'}`
    : '培训起止须在机构的定点资质有效期内';

  return (
    <FormDrawer title={detail ? `修改培训班：${detail.code}` : '新建培训班'} width={760} {...frame(save, onClose)}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        培训班
      </Typography.Title>
      <FieldRow spans={[16, 8]}>
        <SelectField
          {...bind('providerId')}
          label="培训机构"
          required
          extra={provider ? validity : undefined}
          autoFocus={!detail}
          options={providers.map((p) => ({ value: p.employerId, label: p.name }))}
          placeholder="输入机构名称查找"
          notFoundContent="没有定点培训机构，请先在“定点培训机构”中认定"
        />
        {text('code', '班级编号', 30)}
      </FieldRow>
      <FieldRow spans={[12, 12]}>
        <FormField
          {...bind('occupation')}
          label="培训工种(职业)"
          required
          render={(f) => (
            <AutoComplete
              id={f.id}
              ref={f.ref}
              value={f.value}
              onChange={(v: string) => f.onChange(v)}
              onBlur={f.onBlur}
              aria-invalid={f['aria-invalid']}
              options={(provider?.occupations ?? []).map((o) => ({ value: o }))}
              placeholder={provider ? '机构可培训的工种，或输入其他工种' : '请先选择培训机构'}
              maxLength={40}
            />
          )}
        />
        <SelectField {...bind('trainingType')} label="培训类型" required options={TYPE_OPTIONS} placeholder="请选择" />
      </FieldRow>
      {offList && text('occupationReason', '工种不在机构范围内的理由', 200)}
      <FieldRow spans={[6, 6, 6, 6]}>
        <SelectField
          {...bind('targetCertificate')}
          label="目标证书"
          required
          options={CERT_OPTIONS}
          placeholder="请选择"
        />
        {count('hours', '学时', '学时')}
        {count('capacity', '计划人数', '人')}
        {text('funding', '资金来源', 60)}
      </FieldRow>
      <Typography.Title level={5}>时间与地点</Typography.Title>
      <FieldRow spans={[12, 12]}>
        {date('startDate', '培训开始日期', rules ? `须在开班前至少${rules.filingLeadDays}个工作日备案` : undefined)}
        {date('endDate', '培训结束日期', provider ? validity : undefined)}
      </FieldRow>
      <FieldRow spans={[8, 16]}>
        <TownshipField {...bind('townshipId')} label="培训地点(乡镇)" required />
        {text('location', '培训地点', 100)}
      </FieldRow>
      {text('remark', '备注', 200)}
    </FormDrawer>
  );
}
