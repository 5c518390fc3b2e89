import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { certText, yuan } from './labels';

interface SubsidyProps {
  /** Why no 培训补贴 is granted; null when it is. */
  refusal: string | null;
  subsidyFen: number;
  livingFen: number;
  /** After the amount (已锁定). */
  extra?: ReactNode;
}

/**
 * A trainee's 培训补贴 in a table (BR-35..37): the training subsidy and living allowance together, with `extra` after
 * it, or in grey why there is none.
 */
export function TrainingSubsidy({ refusal, subsidyFen, livingFen, extra }: SubsidyProps) {
  if (refusal) return <Typography.Text type="secondary">不予补贴：{refusal}</Typography.Text>;
  return (
    <>
      {yuan(subsidyFen + livingFen)}
      {extra}
    </>
  );
}

/**
 * The outcome of a trainee as the class page's trainees and a person's 培训 tab list it: 考核结果, 证书 and 培训补贴
 * (`subsidy` reads the row's subsidy).
 */
export function outcomeColumns<T extends { resultLabel: string; certLabel: string; certNo: string | null }>(
  subsidy: (row: T) => SubsidyProps,
) {
  return [
    { title: '考核结果', dataIndex: 'resultLabel', width: 80 },
    { title: '证书', key: 'cert', render: (_: unknown, t: T) => certText(t) },
    { title: '培训补贴', key: 'sub', render: (_: unknown, t: T) => <TrainingSubsidy {...subsidy(t)} /> },
  ];
}
