import { Button, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { validateIdNumber } from '../../../../shared/domain/id-number';
import type { PersonFormValues } from './person-form-values';
import { useDuplicateCheck, type ExistingPerson } from './useDuplicateCheck';

interface DuplicateIdNoticeProps {
  today: string;
  onOpenExisting: (person: ExistingPerson) => void;
}

/**
 * VR-03 while typing a new person: a registered ID opens that person at once; if the clerk has already typed
 * more than the ID, it says so under the field with 打开该人员 instead, so nothing typed is dropped unasked.
 */
export function DuplicateIdNotice({ today, onOpenExisting }: DuplicateIdNoticeProps) {
  const { control } = useFormContext<PersonFormValues>();
  const idNumber = useWatch({ control, name: 'idNumber' });
  const { dirtyFields } = useFormState({ control });
  const checked = validateIdNumber(idNumber, today);
  const existing = useDuplicateCheck(checked.ok ? checked.value : null);
  const typedMore = Object.keys(dirtyFields).some((k) => k !== 'idNumber');

  useEffect(() => {
    if (existing && !typedMore) onOpenExisting(existing);
    // Only when a duplicate is found, not each time the clerk types on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [existing]);

  if (!existing || !typedMore) return null;
  return (
    <Space size={4} wrap>
      <Typography.Text type="danger">
        该公民身份号码已登记为“{existing.name}”{existing.deleted ? '（已删除）' : ''}
      </Typography.Text>
      <Button size="small" onClick={() => onOpenExisting(existing)}>
        打开该人员
      </Button>
    </Space>
  );
}
