import { App, Checkbox, Col, Divider, Input, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  employerCreateInput,
  employerUpdateInput,
  type EmployerCreateInput,
  type EmployerDetail,
} from '../../../../shared/contract/employers';
import { useServerError, useWrite } from '../../api';
import { EntrySelect } from '../../components/EntrySelect';
import { FormField } from '../../components/FormField';
import type { Places } from '../../components/usePlaces';
import { DateInput } from '../../components/DateInput';
import { FormDrawer } from '../../components/FormDrawer';
import { inputResolver } from '../../components/input-resolver';
import { NATURE_OPTIONS } from './post-options';
import { RegionSelect } from './RegionSelect';

const FORM_ID = 'employer-form';
const fid = (name: string) => `${FORM_ID}-${name}`;

interface Values {
  name: string;
  uscc: string;
  nature: EmployerCreateInput['nature'] | null;
  regionId: string | null;
  bankAccount: string;
  bankName: string;
  isInternshipBase: boolean;
  baseRecognisedDate: string;
  baseValidUntil: string;
  remark: string;
}
const FIELDS = [
  'name',
  'uscc',
  'nature',
  'regionId',
  'bankAccount',
  'bankName',
  'baseRecognisedDate',
  'baseValidUntil',
  'remark',
] as const;

const EMPTY: Values = {
  name: '',
  uscc: '',
  nature: null,
  regionId: null,
  bankAccount: '',
  bankName: '',
  isInternshipBase: false,
  baseRecognisedDate: '',
  baseValidUntil: '',
  remark: '',
};

function valuesOf(d: EmployerDetail): Values {
  return {
    name: d.name,
    uscc: d.uscc ?? '',
    nature: d.nature,
    regionId: d.regionId,
    bankAccount: '',
    bankName: d.bankName ?? '',
    isInternshipBase: d.isInternshipBase,
    baseRecognisedDate: d.baseRecognisedDate ?? '',
    baseValidUntil: d.baseValidUntil ?? '',
    remark: d.remark ?? '',
  };
}

/** What the form sends; on edit a blank 单位账户 keeps the stored number (the contract's undefined). */
function toInput(v: Values, detail: EmployerDetail | null) {
  const base = {
    name: v.name,
    uscc: v.uscc,
    nature: v.nature as EmployerCreateInput['nature'],
    regionId: v.regionId ?? '',
    bankAccount: detail && !v.bankAccount.trim() ? undefined : v.bankAccount,
    bankName: v.bankName,
    isInternshipBase: v.isInternshipBase,
    baseRecognisedDate: v.isInternshipBase ? v.baseRecognisedDate : null,
    baseValidUntil: v.isInternshipBase ? v.baseValidUntil : null,
    remark: v.remark,
  };
  return detail ? { ...base, id: detail.id, expectedUpdatedAt: detail.updatedAt } : base;
}

interface Props {
  /** Edit this unit; null: 新增. */
  detail: EmployerDetail | null;
  places: Places;
  onClose: () => void;
  onSaved: (e: EmployerDetail) => void;
}

/** 新增 / 编辑用人单位: name, 统一社会信用代码 (VR-08, optional for 村(居)委会), nature, place, account, 见习基地. */
export function EmployerFormDrawer({ detail, places, onClose, onSaved }: Props) {
  const createWrite = useWrite('employers.create', { invalidates: ['posts', 'internships'] });
  const updateWrite = useWrite('employers.update', { invalidates: ['posts', 'internships'] });
  const { message } = App.useApp();
  const resolver = useMemo(
    () => inputResolver<Values>(detail ? employerUpdateInput : employerCreateInput, (v) => toInput(v, detail)),
    [detail],
  );
  const { control, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver,
    defaultValues: detail ? valuesOf(detail) : EMPTY,
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);
  const [saving, setSaving] = useState(false);
  const [nature, isBase] = useWatch({ control, name: ['nature', 'isInternshipBase'] });

  const save = handleSubmit(async () => {
    setSaving(true);
    clearError();
    const input = toInput(getValues(), detail);
    const r = 'id' in input ? await updateWrite.write(input) : await createWrite.write(input);
    setSaving(false);
    if (!r.ok) return showError(r.error);
    message.success(`${detail ? '已保存' : '已新增'}“${r.data.employer.name}”`);
    const notes = Object.values(r.data.warnings);
    if (notes.length) message.warning(`请核对：${notes.join('；')}`);
    onSaved(r.data.employer);
  });

  const text = (
    name: (typeof FIELDS)[number],
    label: string,
    max: number,
    extra?: string,
    required?: boolean,
    autoFocus?: boolean,
  ) => (
    <FormField
      control={control}
      name={name}
      id={fid(name)}
      label={label}
      required={required}
      extra={extra}
      render={(f) => (
        <Input {...f} value={(f.value as string) ?? ''} maxLength={max} autoFocus={autoFocus} autoComplete="off" />
      )}
    />
  );

  return (
    <FormDrawer
      title={detail ? `编辑用人单位：${detail.name}` : '新增用人单位'}
      formId={FORM_ID}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        单位信息
      </Typography.Title>
      <Row gutter={16}>
        <Col span={14}>{text('name', '单位名称', 100, undefined, true, true)}</Col>
        <Col span={10}>
          <FormField
            control={control}
            name="nature"
            id={fid('nature')}
            label="单位性质"
            required
            render={(f) => (
              <EntrySelect
                id={f.id}
                ref={f.ref}
                value={f.value ?? undefined}
                onChange={(v: string | undefined) => f.onChange(v ?? null)}
                onBlur={f.onBlur}
                aria-invalid={f['aria-invalid']}
                options={NATURE_OPTIONS}
                placeholder="请选择"
              />
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={14}>
          {text(
            'uscc',
            '统一社会信用代码',
            40,
            nature === '6' ? '村(居)委会可不填' : '18位，不含 I、O、S、V、Z；没有的单位可不填',
          )}
        </Col>
        <Col span={10}>
          <FormField
            control={control}
            name="regionId"
            id={fid('regionId')}
            label="所在地"
            required
            render={(f) => <RegionSelect {...f} places={places} />}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={14}>
          {text(
            'bankAccount',
            '单位账户',
            60,
            detail?.bankAccountMasked ? `已登记 ${detail.bankAccountMasked}；留空则不修改` : '用于拨付补贴，可不填',
          )}
        </Col>
        <Col span={10}>{text('bankName', '开户行', 60)}</Col>
      </Row>
      {text('remark', '备注', 200)}
      <Divider style={{ margin: '4px 0 12px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        见习基地（可选）
      </Typography.Title>
      <FormField
        control={control}
        name="isInternshipBase"
        id={fid('isInternshipBase')}
        label="见习基地"
        render={(f) => (
          <Checkbox
            id={f.id}
            ref={f.ref}
            checked={!!f.value}
            onChange={(e) => f.onChange(e.target.checked)}
            onBlur={f.onBlur}
          >
            是就业见习基地
          </Checkbox>
        )}
      />
      {isBase && (
        <Row gutter={16}>
          <Col span={12}>
            <FormField
              control={control}
              name="baseRecognisedDate"
              id={fid('baseRecognisedDate')}
              label="见习基地认定日期"
              render={(f) => <DateInput {...f} />}
            />
          </Col>
          <Col span={12}>
            <FormField
              control={control}
              name="baseValidUntil"
              id={fid('baseValidUntil')}
              label="见习基地有效期至"
              render={(f) => <DateInput {...f} />}
            />
          </Col>
        </Row>
      )}
    </FormDrawer>
  );
}
