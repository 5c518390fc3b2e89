import type { Control, FieldValues, Path } from 'react-hook-form';
import { SelectField } from '../../components/SelectField';
import { CATEGORY_OPTIONS } from './recognition-options';

/**
 * 主要类别 of an application or a back-filled recognition: one of the categories chosen above, the first of them when
 * left empty (primaryCategoryOf). `pick` is how the form chooses the categories (选择, 勾选).
 */
export function PrimaryCategoryField<T extends FieldValues, N extends Path<T>>({
  categories,
  pick,
  ...field
}: {
  control: Control<T>;
  name: N;
  id: string;
  categories: readonly string[];
  pick: string;
}) {
  return (
    <SelectField
      {...field}
      label="主要类别"
      extra="默认为所选的第一个类别"
      options={CATEGORY_OPTIONS.filter((o) => categories.includes(o.value))}
      placeholder={categories.length ? '输入文字可查找' : `先${pick}认定类别`}
    />
  );
}
