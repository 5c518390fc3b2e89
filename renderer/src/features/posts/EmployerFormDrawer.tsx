import { App, Divider, Typography } from 'antd';
import { useWatch } from 'react-hook-form';
import {
  employerCreateInput,
  employerUpdateInput,
  type EmployerCreateInput,
  type EmployerDetail,
} from '../../../../shared/contract/employers';
import { useWrite } from '../../api';
import { CheckboxField, DateField, FieldRow, TextField } from '../../components/fields';
import { FormField } from '../../components/FormField';
import type { Places } from '../../components/usePlaces';
import { FormDrawer } from '../../components/FormDrawer';
import { announceSaved } from '../../components/save-messages';
import { SelectField } from '../../components/SelectField';
import { useRecordForm, type RecordDrawerProps } from '../../components/useRecordForm';
import { NATURE_OPTIONS } from './post-options';
import { RegionSelect } from './RegionSelect';
import { EMPLOYER_WRITE } from '../../components/employer-write';

const FORM_ID = 'employer-form';

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

interface Props extends RecordDrawerProps<EmployerDetail> {
  places: Places;
}

/** 新增 / 编辑用人单位: name, 统一社会信用代码 (VR-08, optional for 村(居)委会), nature, place, account, 见习基地. */
export function EmployerFormDrawer({ detail, places, onClose, onSaved }: Props) {
  const createWrite = useWrite('employers.create', EMPLOYER_WRITE);
  const updateWrite = useWrite('employers.update', EMPLOYER_WRITE);
  const { message } = App.useApp();
  const { control, handleSubmit, getValues, bind, run, frame } = useRecordForm<Values, EmployerDetail>(
    FORM_ID,
    FIELDS,
    {
      detail,
      create: employerCreateInput,
      update: employerUpdateInput,
      toInput: (v) => toInput(v, detail),
      valuesOf,
      fresh: () => EMPTY,
    },
  );
  const [nature, isBase] = useWatch({ control, name: ['nature', 'isInternshipBase'] });

  const save = handleSubmit(async () => {
    const input = toInput(getValues(), detail);
    const r = await run(() => ('id' in input ? updateWrite.write(input) : createWrite.write(input)));
    if (!r.ok) return;
    announceSaved(message, `${detail ? '已保存' : '已新增'}“${r.data.employer.name}”`, r.data.warnings);
    onSaved(r.data.employer);
  });

  return (
    <FormDrawer title={detail ? `编辑用人单位：${detail.name}` : '新增用人单位'} {...frame(save, onClose)}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        单位信息
      </Typography.Title>
      <FieldRow spans={[14, 10]}>
        <TextField {...bind('name')} label="单位名称" maxLength={100} required autoFocus />
        <SelectField {...bind('nature')} label="单位性质" required options={NATURE_OPTIONS} placeholder="请选择" />
      </FieldRow>
      <FieldRow spans={[14, 10]}>
        <TextField
          {...bind('uscc')}
          label="统一社会信用代码"
          maxLength={40}
          extra={nature === '6' ? '村(居)委会可不填' : '18位，不含 I、O、S、V、Z；没有的单位可不填'}
        />
        <FormField
          {...bind('regionId')}
          label="所在地"
          required
          render={(f) => <RegionSelect {...f} places={places} />}
        />
      </FieldRow>
      <FieldRow spans={[14, 10]}>
        <TextField
          {...bind('bankAccount')}
          label="单位账户"
          maxLength={60}
          extra={
            detail?.bankAccountMasked ? `已登记 ${detail.bankAccountMasked}；留空则不修改` : '用于拨付补贴，可不填'
          }
        />
        <TextField {...bind('bankName')} label="开户行" maxLength={60} />
      </FieldRow>
      <TextField {...bind('remark')} label="备注" maxLength={200} />
      <Divider style={{ margin: '4px 0 12px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        见习基地（可选）
      </Typography.Title>
      <CheckboxField {...bind('isInternshipBase')} label="见习基地">
        是就业见习基地
      </CheckboxField>
      {isBase && (
        <FieldRow spans={[12, 12]}>
          <DateField {...bind('baseRecognisedDate')} label="见习基地认定日期" />
          <DateField {...bind('baseValidUntil')} label="见习基地有效期至" />
        </FieldRow>
      )}
    </FormDrawer>
  );
}
