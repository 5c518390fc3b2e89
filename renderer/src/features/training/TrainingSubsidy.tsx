import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { yuan } from './labels';

/**
 * A trainee's 培训补贴 in a table (BR-35..37): the training subsidy and living allowance together, with `extra` after
 * it (已锁定), or in grey why there is none (`refusal`, null when it is granted).
 */
export function TrainingSubsidy({
  refusal,
  subsidyFen,
  livingFen,
  extra,
}: {
  refusal: string | null;
  subsidyFen: number;
  livingFen: number;
  extra?: ReactNode;
}) {
  if (refusal) return <Typography.Text type="secondary">不予补贴：{refusal}</Typography.Text>;
  return (
    <>
      {yuan(subsidyFen + livingFen)}
      {extra}
    </>
  );
}
