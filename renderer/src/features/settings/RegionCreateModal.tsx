import { App, Typography } from 'antd';
import { type FocusEvent } from 'react';
import { regionCreateInput, type Region } from '../../../../shared/contract/regions';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { URBAN_RURAL_OPTIONS } from '../../components/person-options';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/fields';
import { useSchemaForm } from '../../components/useSchemaForm';

const FORM_ID = 'region-create-form';
const FIELDS = ['code', 'name', 'urbanRuralCode'] as const;

interface RegionCreateModalProps {
  /** null: a township under the county; otherwise the township that gets a new village. */
  parent: Region | null;
  /** The office's county code (6 or 12 digits). */
  countyCode: string;
  onClose: () => void;
  onSaved: (region: Region) => void;
}

/** 新增乡镇(街道) / 新增村(社区): the code comes pre-filled with the parent's prefix; the clerk types the rest. */
export function RegionCreateModal({ parent, countyCode, onClose, onSaved }: RegionCreateModalProps) {
  const createWrite = useWrite('regions.create');
  const { message } = App.useApp();
  const prefix = parent ? parent.code.slice(0, 9) : countyCode.slice(0, 6);
  const { handleSubmit, bind, run, frame } = useSchemaForm(FORM_ID, FIELDS, regionCreateInput, {
    parentId: parent?.id ?? null,
    code: prefix,
    name: '',
    urbanRuralCode: undefined,
  });

  const save = handleSubmit(async (values) => {
    const result = await run(() => createWrite.write(values));
    if (!result.ok) return;
    message.success(`已新增“${result.data.name}”`);
    onSaved(result.data);
  });

  // With only the prefix typed, put the caret after it.
  const caretToEnd = (e: FocusEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    if (el.value === prefix) el.setSelectionRange(prefix.length, prefix.length);
  };

  const codeHint = parent
    ? `12位：所属乡镇(街道)代码的前9位 ${prefix}，加3位村(社区)序号。`
    : `12位：本县代码 ${prefix}，加3位乡镇(街道)序号，再加 000。`;

  return (
    <FormModal title={parent ? '新增村(社区)' : '新增乡镇(街道)'} {...frame(save, onClose)}>
      {parent && (
        <Typography.Paragraph>
          所属乡镇(街道)：{parent.name}（{parent.code}）
        </Typography.Paragraph>
      )}
      <TextField
        {...bind('code')}
        label="区划代码"
        required
        extra={codeHint}
        autoFocus
        maxLength={12}
        inputMode="numeric"
        onFocus={caretToEnd}
      />
      <TextField {...bind('name')} label="名称" required maxLength={40} />
      {parent && (
        <SelectField
          {...bind('urbanRuralCode')}
          label="城乡分类"
          options={URBAN_RURAL_OPTIONS}
          allowClear
          placeholder="请选择"
        />
      )}
    </FormModal>
  );
}
