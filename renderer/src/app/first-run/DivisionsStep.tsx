import { Alert, Button, Form, Typography } from 'antd';
import { useState } from 'react';
import type { LoadCountyResult } from '../../../../shared/contract/regions';
import { useRead, useWrite } from '../../api';
import { StepButtons } from './StepButtons';
import type { StepProps } from './steps';
import { ReadError } from '../../components/list-page';

const LATER = '也可以暂不载入，以后在“设置 → 行政区划”中载入或逐个添加。';

/** Step 3: the county's 乡镇(街道) and 村(社区) with their statistical codes, from the built-in list. */
export function DivisionsStep({ settings, next, last, back, formId }: StepProps) {
  const counties = useRead('regions.builtInCounties', {});
  const regions = useRead('regions.list', { includeRetired: true });
  const load = useWrite('regions.loadCounty');
  const [done, setDone] = useState<LoadCountyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const code = settings.office?.countyCode.slice(0, 6) ?? '';
  const county = counties.data?.counties.find((c) => c.code === code);
  const present = regions.data?.items.length ?? 0;

  const submit = async () => {
    if (done || !county) return next();
    setError(null);
    const r = await load.write({ countyCode: code });
    if (r.ok) setDone(r.data);
    else setError(r.error.message);
  };

  return (
    <>
      {county && !done && (
        <Typography.Paragraph>
          内置区划中，{county.prefecture}
          {county.name}有 {county.townships} 个乡镇(街道)、{county.villages} 个村(社区)，带统计用区划代码。
          {present > 0 && `本台账已有 ${present} 个区划，载入时保留原样，只补充没有的。`}
        </Typography.Paragraph>
      )}
      {!county && !counties.loading && (
        <Alert type="warning" showIcon title={`内置区划中没有本县（${code}）的乡镇和村。${LATER}`} />
      )}
      {done && (
        <Alert
          type="success"
          showIcon
          title={`已载入${done.countyName}的 ${done.townshipsCreated} 个乡镇(街道)、${done.villagesCreated} 个村(社区)${done.kept ? `，已有的 ${done.kept} 个保持不变` : ''}。`}
          description="各村(社区)的城乡分类代码请在“设置 → 行政区划”中设置；名称和代码也可以在那里修改、新增或撤销。"
          style={{ marginBottom: 16 }}
        />
      )}
      <ReadError error={error} gap={16} />
      {county && !done && (
        <Typography.Paragraph type="secondary">
          来源：{counties.data?.source}。{LATER}
        </Typography.Paragraph>
      )}
      <Form name={formId} onFinish={() => void submit()} />
      <StepButtons
        formId={formId}
        back={done ? undefined : back}
        submitText={done || !county ? (last ? '完成' : '下一步') : '载入乡镇和村'}
        loading={load.pending}
        extra={county && !done && <Button onClick={next}>暂不载入</Button>}
      />
    </>
  );
}
