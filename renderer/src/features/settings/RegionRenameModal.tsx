import { App, Typography } from 'antd';
import { regionRenameInput, type Region } from '../../../../shared/contract/regions';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { LEVEL_LABELS } from './region-labels';
import { TextField } from '../../components/fields';
import { useSchemaForm } from '../../components/useSchemaForm';

const FORM_ID = 'region-rename-form';
const FIELDS = ['name', 'officePhone'] as const;

interface RegionRenameModalProps {
  region: Region;
  onClose: () => void;
  onSaved: (region: Region) => void;
}

/**
 * 修改: the name (the code stays; the old name stays in the audit log) and the office phone the 公示名单 prints for
 * the village committee (or, for a 乡镇(街道), its 劳动保障所 when a village has none).
 */
export function RegionRenameModal({ region, onClose, onSaved }: RegionRenameModalProps) {
  const renameWrite = useWrite('regions.rename');
  const { message } = App.useApp();
  const { handleSubmit, bind, run, frame } = useSchemaForm(FORM_ID, FIELDS, regionRenameInput, {
    id: region.id,
    name: region.name,
    officePhone: region.officePhone ?? '',
  });

  const save = handleSubmit(async (values) => {
    const result = await run(() => renameWrite.write(values));
    if (!result.ok) return;
    message.success(result.data.name !== region.name ? `已更名为“${result.data.name}”` : '已保存');
    onSaved(result.data);
  });

  return (
    <FormModal title={`修改：${region.name}`} {...frame(save, onClose)}>
      <Typography.Paragraph>
        {LEVEL_LABELS[region.level]}，区划代码 {region.code}
      </Typography.Paragraph>
      <TextField {...bind('name')} label="名称" required autoFocus maxLength={40} />
      <TextField
        {...bind('officePhone')}
        label={region.level === 5 ? '村(居)委会联系电话' : '劳动保障所联系电话'}
        extra="印在就业困难人员认定公示名单上，供群众反映意见"
        maxLength={20}
      />
    </FormModal>
  );
}
