import { App, Input } from 'antd';
import { useMemo } from 'react';
import { type FieldError, type Path, type Resolver } from 'react-hook-form';
import { providerDesignateInput, type Provider } from '../../../../shared/contract/training';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { PROVIDER_KINDS, type PROVIDER_KIND_CODES } from '../../../../shared/enums/training-codes';
import { useWrite } from '../../api';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { inputResolver } from '../../components/input-resolver';
import { EmployerSelect } from '../../components/EmployerSelect';
import { DateField, FieldRow, TextField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { useInputForm } from '../../components/useInputForm';
import { codeOptions } from '../../components/code-options';

type KindCode = (typeof PROVIDER_KIND_CODES)[number];

interface ProviderValues {
  employerId: string | null;
  kind: KindCode | null;
  designatedDate: string;
  validUntil: string;
  /** The occupations as typed, separated by 、 ， , ; or spaces. */
  occupations: string;
  contactPerson: string;
  contactPhone: string;
  remark: string;
}

const FIELDS = [
  'employerId',
  'kind',
  'designatedDate',
  'validUntil',
  'occupations',
  'contactPerson',
  'contactPhone',
  'remark',
] as const satisfies readonly Path<ProviderValues>[];
const FORM_ID = 'provider-form';
const KIND_OPTIONS = codeOptions(PROVIDER_KINDS);

const splitOccupations = (text: string) =>
  text
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** What training.providers.designate receives for the form's values. */
function toDesignateInput(v: ProviderValues) {
  return {
    employerId: v.employerId ?? '',
    kind: v.kind as KindCode,
    designatedDate: normaliseTypedDate(v.designatedDate),
    validUntil: normaliseTypedDate(v.validUntil) || null,
    occupations: splitOccupations(v.occupations),
    contactPerson: v.contactPerson.trim() || null,
    contactPhone: v.contactPhone.trim() || null,
    remark: v.remark.trim() || null,
  };
}

/** The contract's per-occupation messages (occupations.0 …) go under the one text field that holds them all. */
const occupationsFlat =
  (inner: Resolver<ProviderValues>): Resolver<ProviderValues> =>
  async (...args) => {
    const r = await inner(...args);
    const occ: unknown = r.errors.occupations;
    if (Array.isArray(occ)) {
      const first = (occ as unknown[]).find((e): e is FieldError => !!e && typeof e === 'object' && 'message' in e);
      return { ...r, errors: { ...r.errors, occupations: first } } as typeof r;
    }
    return r;
  };

const valuesOf = (p: Provider | null): ProviderValues => ({
  employerId: p?.employerId ?? null,
  kind: p?.kind ?? null,
  designatedDate: p?.designatedDate ?? '',
  validUntil: p?.validUntil ?? '',
  occupations: p?.occupations.join('、') ?? '',
  contactPerson: p?.contactPerson ?? '',
  contactPhone: p?.contactPhone ?? '',
  remark: p?.remark ?? '',
});

/**
 * 认定定点培训机构 / 修改认定 (DOMAIN §11.1): a unit of the employer register with its kind, designation dates and
 * the occupations it may train. The core refuses new dates that no longer cover one of its classes, under the date.
 */
export function ProviderDesignateModal({
  provider,
  onClose,
  onSaved,
}: {
  /** The designation to change; null designates a new unit. */
  provider: Provider | null;
  onClose: () => void;
  onSaved: (p: Provider) => void;
}) {
  const designate = useWrite('training.providers.designate');
  const { message } = App.useApp();
  const resolver = useMemo(() => occupationsFlat(inputResolver(providerDesignateInput, toDesignateInput)), []);
  const { handleSubmit, getValues, bind, run, frame } = useInputForm<ProviderValues>(FORM_ID, FIELDS, {
    resolver,
    defaultValues: valuesOf(provider),
  });

  const save = handleSubmit(async () => {
    const r = await run(() => designate.write(toDesignateInput(getValues())));
    if (!r.ok) return;
    message.success(`已${provider ? '修改' : '认定'}定点培训机构“${r.data.name}”`);
    onSaved(r.data);
  });

  const text = (name: 'contactPerson' | 'contactPhone' | 'remark', label: string, max: number) => (
    <TextField {...bind(name)} label={label} maxLength={max} />
  );
  const date = (name: 'designatedDate' | 'validUntil', label: string, required: boolean, extra?: string) => (
    <DateField {...bind(name)} label={label} required={required} extra={extra} />
  );

  return (
    <FormModal
      title={provider ? `修改定点培训机构：${provider.name}` : '认定定点培训机构'}
      {...frame(save, onClose)}
      intro="培训机构须先在“用人单位”中登记；培训班的起止日期须在定点资质有效期内。"
    >
      <FormField
        {...bind('employerId')}
        label="培训机构"
        required
        render={(f) => (provider ? <Input id={f.id} value={provider.name} disabled /> : <EmployerSelect {...f} />)}
      />
      <SelectField {...bind('kind')} label="机构类型" required options={KIND_OPTIONS} placeholder="请选择" />
      <FieldRow spans={[12, 12]}>
        {date('designatedDate', '认定日期', true)}
        {date('validUntil', '定点资质有效期', false, '长期有效的不填')}
      </FieldRow>
      <TextField
        {...bind('occupations')}
        label="可培训工种"
        required
        extra="多个工种用顿号“、”分隔，如：家政服务员、养老护理员"
        maxLength={800}
      />
      <FieldRow spans={[12, 12]}>
        {text('contactPerson', '联系人', 30)}
        {text('contactPhone', '联系电话', 30)}
      </FieldRow>
      {text('remark', '备注', 200)}
    </FormModal>
  );
}
