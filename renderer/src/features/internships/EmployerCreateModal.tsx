import { App } from 'antd';
import { FieldRow, TextField } from '../../components/fields';
import { EMPLOYER_NATURES } from '../../../../shared/enums/post-codes';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { checkResolver } from '../../components/input-resolver';
import { placesEmptyText, townshipOptions, usePlaces } from '../../components/usePlaces';
import { BaseDateFields, checkBaseDates, type BaseDates } from './base-fields';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { SelectField } from '../../components/SelectField';
import { useInputForm } from '../../components/useInputForm';
import { announceSaved } from '../../components/save-messages';
import { codeOptions } from '../../components/code-options';
import { EMPLOYER_WRITE } from '../../components/employer-write';

interface CreateValues extends BaseDates {
  name: string;
  nature: string | null;
  regionId: string | null;
  uscc: string;
}

const FIELDS = ['name', 'nature', 'regionId', 'uscc', 'baseRecognisedDate', 'baseValidUntil'] as const;
const FORM_ID = 'base-employer-create-form';
const NATURE_OPTIONS = codeOptions(EMPLOYER_NATURES);

const resolver = checkResolver<CreateValues>((values) => {
  const errors: Record<string, { type: string; message: string }> = checkBaseDates(values);
  if (!values.name.trim()) errors.name = { type: 'required', message: '请填写单位名称' };
  if (!values.nature) errors.nature = { type: 'required', message: '请选择单位性质' };
  if (!values.regionId) errors.regionId = { type: 'required', message: '请选择所在地' };
  return errors;
});

/**
 * 新增单位, kept to what a 见习基地 needs (the full employer screens live with the public-welfare posts): the unit
 * is created already recognised as a base, with its dates.
 */
export function EmployerCreateModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const createWrite = useWrite('employers.create', EMPLOYER_WRITE);
  const { message } = App.useApp();
  const places = usePlaces();
  const { control, handleSubmit, getValues, bind, run, frame } = useInputForm<CreateValues>(FORM_ID, FIELDS, {
    resolver,
    defaultValues: { name: '', nature: null, regionId: null, uscc: '', baseRecognisedDate: '', baseValidUntil: '' },
  });

  const save = handleSubmit(async () => {
    const v = getValues();
    const r = await run(() =>
      createWrite.write({
        name: v.name,
        nature: v.nature as never,
        regionId: v.regionId ?? '',
        uscc: v.uscc || null,
        isInternshipBase: true,
        baseRecognisedDate: normaliseTypedDate(v.baseRecognisedDate),
        baseValidUntil: normaliseTypedDate(v.baseValidUntil),
      }),
    );
    if (!r.ok) return;
    announceSaved(message, `已新增见习基地“${r.data.employer.name}”`, r.data.warnings);
    onSaved();
  });

  const text = (name: 'name' | 'uscc', label: string, required: boolean, max: number, autoFocus = false) => (
    <TextField {...bind(name)} label={label} required={required} maxLength={max} autoFocus={autoFocus} />
  );
  const select = (
    name: 'nature' | 'regionId',
    label: string,
    options: { value: string; label: string }[],
    empty?: string,
  ) => (
    <SelectField
      {...bind(name)}
      label={label}
      required
      options={options}
      notFoundContent={empty}
      placeholder="输入文字可查找"
    />
  );

  return (
    <FormModal
      title="新增单位（见习基地）"
      {...frame(save, onClose)}
      intro="开户行、单位账户等其他单位信息在用人单位管理中补充。"
    >
      {text('name', '单位名称', true, 100, true)}
      <FieldRow spans={[12, 12]}>
        {select('nature', '单位性质', NATURE_OPTIONS)}
        {select('regionId', '所在地', townshipOptions(places), placesEmptyText(places, 'township'))}
      </FieldRow>
      {text('uscc', '统一社会信用代码', false, 40)}
      <BaseDateFields control={control} formId={FORM_ID} />
    </FormModal>
  );
}
