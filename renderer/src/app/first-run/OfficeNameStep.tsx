import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { officeInput } from '../../../../shared/contract/settings';
import { fieldsOf, TextField } from '../../components/fields';
import { StepForm } from './StepButtons';
import type { StepProps } from './steps';

const schema = officeInput.pick({ name: true });

/** Step 1: the office's name (saved with the county in the next step). */
export function OfficeNameStep({ draft, setDraft, next, back, formId }: StepProps) {
  const { control, handleSubmit } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { name: draft.officeName },
  });
  const bind = fieldsOf(control, formId);
  const submit = handleSubmit((v) => {
    setDraft({ officeName: v.name });
    next();
  });
  return (
    <StepForm
      formId={formId}
      intro="单位名称显示在页面顶部和每一张报表的填报单位栏。"
      formError={null}
      onSubmit={() => void submit()}
      back={back}
    >
      <TextField
        {...bind('name')}
        label="单位名称"
        required
        autoFocus
        maxLength={60}
        placeholder="如：疏附县人力资源和社会保障局"
      />
    </StepForm>
  );
}
