import { Space, Typography } from 'antd';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { ReadError } from '../../components/list-page';
import { RosterCard } from './RosterCard';
import { WriteButton } from './WriteButton';
import { MonthPicker, useMonthParam } from './useMonthParam';

/**
 * 职业技能培训 → 培训补贴 (DOMAIN §11.1, BR-35..BR-37): the month's 职业培训补贴申领花名册. 生成花名册 takes every
 * eligible trainee of the classes closed by the month's end (training.generateBatch); review, report, pay, 补发/扣回
 * and RPT-14 go through the same roster pieces as the post and internship rosters.
 */
export function TrainingRosterTab() {
  const [month, setMonth] = useMonthParam();
  const list = useRead('subsidies.list', { month, kind: 'training' }, { keepPrevious: true });
  const generate = useWrite('training.generateBatch', { invalidates: ['subsidies'] });
  const canGenerate = useCan('training.generateBatch');
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <MonthPicker id="training-roster-month" month={month} onChange={setMonth} />
        <Typography.Text type="secondary">
          生成花名册列入截至本月底已结业、符合补贴条件且尚未申领的学员；审核后学员的考核结果和补贴金额锁定。
        </Typography.Text>
      </Space>
      <ReadError error={list.error} />
      <RosterCard
        title="培训补贴花名册"
        kind="training"
        month={month}
        report="RPT-14"
        loading={list.loading}
        invalidates={['training']}
        batches={list.data?.items ?? []}
        generate={
          canGenerate ? (
            <WriteButton primary pending={generate.pending} run={() => generate.write({ month })} done="花名册已生成">
              生成花名册
            </WriteButton>
          ) : null
        }
      />
    </>
  );
}
