import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { countyCodeField, type BuiltInCounty } from '../../../../shared/contract/regions';
import { useRead, useServerError, useWrite } from '../../api';
import { SelectField } from '../../components/SelectField';
import { StepForm } from './StepButtons';
import type { StepProps } from './steps';

const schema = z.object({ countyCode: countyCodeField });
const FIELDS = ['countyCode'] as const;

/** Counties grouped by 地区/自治州; typing a county or prefecture name filters. */
function countyOptions(counties: readonly BuiltInCounty[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const c of counties) {
    const list = groups.get(c.prefecture) ?? [];
    list.push({ value: c.code, label: c.name });
    groups.set(c.prefecture, list);
  }
  return [...groups].map(([prefecture, options]) => ({ label: prefecture, title: prefecture, options }));
}

/** Step 2: the county, chosen from the built-in list of Xinjiang; saves the office (name and county). */
export function CountyStep({ settings, draft, onSettings, next, back, formId }: StepProps) {
  const counties = useRead('regions.builtInCounties', {});
  const save = useWrite('settings.setOffice', { ownDomain: false });
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { countyCode: settings.office?.countyCode.slice(0, 6) ?? '' },
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);
  const list = counties.data?.counties;
  const options = useMemo(() => countyOptions(list ?? []), [list]);
  const submit = handleSubmit(async ({ countyCode }) => {
    clearError();
    const county = list?.find((c) => c.code === countyCode);
    if (!county) return setError('countyCode', { message: '请选择县(市、区)' });
    const r = await save.write({ name: draft.officeName, countyName: county.name, countyCode });
    if (!r.ok) return showError(r.error);
    onSettings(r.data);
    next();
  });
  return (
    <StepForm
      formId={formId}
      intro="选择本单位所在的县(市、区)，下一步载入该县的乡镇(街道)和村(社区)。"
      formError={formError ?? counties.error}
      onSubmit={() => void submit()}
      back={back}
      loading={save.pending}
    >
      <SelectField
        control={control}
        name="countyCode"
        id={`${formId}-county`}
        label="所在县(市、区)"
        required
        autoFocus
        loading={counties.loading}
        options={options}
        placeholder="输入县名筛选，如：疏附县"
        notFoundContent={counties.loading ? '正在读取…' : '没有匹配的县(市、区)'}
      />
    </StepForm>
  );
}
