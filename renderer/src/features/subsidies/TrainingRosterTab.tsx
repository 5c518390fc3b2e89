import { Alert, Button, Space, Typography } from 'antd';
import { chineseMonth } from '../../../../shared/domain/dates';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { ReadError } from '../../components/list-page';
import { TrainingStandardsNotice } from '../../components/TrainingStandardsNotice';
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
      <TrainingStandardsNotice link />
      <ReadError error={list.error} />
      <DraftElsewhere month={month} onOpen={setMonth} />
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

/**
 * The earliest other month whose 培训补贴 roster still awaits 审核, with a link to it: the tab opens on the working
 * month, and an earlier draft must not go unseen (audit7 gap 9). Silent when the read fails (it is a pointer only).
 */
function DraftElsewhere({ month, onOpen }: { month: string; onOpen: (m: string) => void }) {
  const drafts = useRead('subsidies.draftMonths', { kind: 'training' }).data?.months ?? [];
  const other = drafts.find((m) => m !== month);
  if (!other) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 8 }}
      title={`${chineseMonth(other)}有待审核的花名册`}
      action={
        <Button size="small" type="link" onClick={() => onOpen(other)}>
          查看{chineseMonth(other)}
        </Button>
      }
    />
  );
}
