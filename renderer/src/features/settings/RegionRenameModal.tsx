import { zodResolver } from '@hookform/resolvers/zod';
import { App, Input, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { regionRenameInput, type Region } from '../../../../shared/contract/regions';
import { useServerError, useWrite } from '../../api';
import { FormField } from '../../components/FormField';
import { FormModal } from '../../components/FormModal';
import { LEVEL_LABELS } from './region-labels';

const FORM_ID = 'region-rename-form';
const FIELDS = ['name'] as const;

interface RegionRenameModalProps {
  region: Region;
  onClose: () => void;
  onSaved: (region: Region) => void;
}

/** 更名: the code stays, only the name changes (the old name stays in the audit log). */
export function RegionRenameModal({ region, onClose, onSaved }: RegionRenameModalProps) {
  const renameWrite = useWrite('regions.rename');
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const { control, handleSubmit, setError, formState } = useForm<
    z.input<typeof regionRenameInput>,
    unknown,
    z.output<typeof regionRenameInput>
  >({
    resolver: zodResolver(regionRenameInput),
    defaultValues: { id: region.id, name: region.name },
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);

  const save = handleSubmit(async (values) => {
    setSaving(true);
    clearError();
    const result = await renameWrite.write(values);
    setSaving(false);
    if (!result.ok) {
      showError(result.error);
      return;
    }
    message.success(`已更名为“${result.data.name}”`);
    onSaved(result.data);
  });

  return (
    <FormModal
      title={`更名：${region.name}`}
      formId={FORM_ID}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography.Paragraph>
        {LEVEL_LABELS[region.level]}，区划代码 {region.code}
      </Typography.Paragraph>
      <FormField
        control={control}
        name="name"
        id={`${FORM_ID}-name`}
        label="名称"
        required
        render={(field) => <Input {...field} autoFocus maxLength={40} />}
      />
    </FormModal>
  );
}
