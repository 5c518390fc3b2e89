import { Button, Card, Descriptions, Empty, Flex, Space, Tag } from 'antd';
import type { RecognitionDetail } from '../../../../shared/contract/recognitions';
import { HOUSEHOLD_INCOME_LABEL } from '../../../../shared/domain/zero-employment-household';
import { useRead } from '../../api';
import type { PersonTabProps } from '../../components/person-tab';
import { BackfillModal } from './BackfillModal';
import { HelpModal } from './HelpModal';
import { RecognitionFormDrawer } from './RecognitionFormDrawer';
import { STAGE_COLOURS } from './recognition-options';
import { STEP_OF_STAGE, useRecognitionActions } from './useRecognitionActions';
import { deletable, useRecognitionDeletion } from './RecognitionDeletion';
import { AddButton, ListTable, ReadError } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';
import { useCan } from '../../components/useCan';

type Step = RecognitionDetail['steps'][number];

/** 帮扶信息 can be changed until the record is closed (04 不予认定, 05 已退出). */
const helpOpen = (r: RecognitionDetail) => r.status === '01' || r.status === '02' || r.status === '03';

/**
 * The 就业困难认定 tab of the person page: every recognition of the person with its steps, and the next action; without
 * one in progress or in force, 申请认定 and 补录认定 (a recognition made on paper before the register).
 */
export function PersonRecognitionsTab({ personId, person, onChanged }: PersonTabProps) {
  const { data, loading, error, reload } = useRead('recognitions.listByPerson', { personId });
  const applying = useDialog<true>(onChanged);
  const backfilling = useDialog<true>(onChanged);
  const canBackfill = useCan('recognitions.backfill');
  const helping = useDialog<RecognitionDetail>(onChanged);
  const canHelp = useCan('recognitions.updateHelp');
  const actions = useRecognitionActions(() => onChanged());
  const items = data?.items ?? [];
  const active = items.some((r) => r.status === '01' || r.status === '02' || r.status === '03');
  const deleted = !!person.deletedAt;
  const deletion = useRecognitionDeletion(personId, person.name, () => {
    reload();
    onChanged();
  });

  return (
    <>
      <ReadError error={error} />
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        {!active && !deleted && actions.canEnter && (
          <AddButton primary onClick={() => applying.open(true)}>
            申请认定
          </AddButton>
        )}
        {!active && !deleted && canBackfill && <AddButton onClick={() => backfilling.open(true)}>补录认定</AddButton>}
        {deletion.switch}
      </Flex>
      {deletion.content}
      {!loading && items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有就业困难人员认定记录" />
      )}
      <Space orientation="vertical" style={{ width: '100%' }} size={12}>
        {items.map((r) => {
          const next = STEP_OF_STAGE[r.stage];
          return (
            <section key={r.id} aria-label={`认定 ${r.applyDate ?? r.recognitionDate ?? ''}`}>
              <Card
                size="small"
                title={
                  <Space>
                    <Tag color={STAGE_COLOURS[r.stage]}>{r.stageLabel}</Tag>
                    {r.primaryLabel}
                    {r.backfilled && <Tag>补录</Tag>}
                  </Space>
                }
                extra={
                  !deleted && (
                    <Flex gap={8}>
                      {next && actions.canStep(r) && (
                        <Button size="small" type="primary" onClick={() => actions.step(r)}>
                          {next.label}
                        </Button>
                      )}
                      {next && r.stage !== 'notice' && actions.canStep(r) && (
                        <Button size="small" danger onClick={() => actions.refuse(r)}>
                          不予认定
                        </Button>
                      )}
                      {helpOpen(r) && canHelp && (
                        <Button size="small" onClick={() => helping.open(r)}>
                          修改帮扶信息
                        </Button>
                      )}
                      {deletion.remove && deletable(r) && (
                        <Button size="small" danger onClick={() => deletion.remove?.(r)}>
                          删除
                        </Button>
                      )}
                      {r.stage === 'recognised' && actions.canEnter && (
                        <Button size="small" onClick={() => actions.exit(r)}>
                          退出认定
                        </Button>
                      )}
                    </Flex>
                  )
                }
              >
                <Descriptions
                  size="small"
                  column={3}
                  items={[
                    { key: 'cats', label: '认定类别', span: 3, children: r.categories.map((c) => c.label).join('、') },
                    { key: 'apply', label: '申请日期', children: r.applyDate ?? '—' },
                    {
                      key: 'notice',
                      label: '公示期',
                      children: r.noticeStart ? `${r.noticeStart} 至 ${r.noticeEnd}` : '—',
                    },
                    { key: 'date', label: '认定日期', children: r.recognitionDate ?? '—' },
                    ...(r.householdBusinessIncome === null
                      ? []
                      : [
                          {
                            key: 'income',
                            label: HOUSEHOLD_INCOME_LABEL,
                            children: r.householdBusinessIncome ? '有' : '无',
                          },
                        ]),
                    ...(r.helper ? [{ key: 'helper', label: '帮扶责任人', children: r.helper }] : []),
                    ...(r.plan ? [{ key: 'plan', label: '帮扶措施', span: 'filled' as const, children: r.plan }] : []),
                    ...(r.refuseReason
                      ? [
                          {
                            key: 'refuse',
                            label: '不予认定理由',
                            span: 2,
                            children: `${r.refuseDate ?? ''} ${r.refuseReason}`,
                          },
                        ]
                      : []),
                    ...(r.exitDate
                      ? [
                          {
                            key: 'exit',
                            label: '退出',
                            span: 2,
                            children: `${r.exitDate} ${r.exitReasonLabel}${r.exitNote ? `（${r.exitNote}）` : ''}`,
                          },
                        ]
                      : []),
                  ]}
                />
                <ListTable<Step>
                  label="办理环节"
                  rowKey="seq"
                  items={r.steps}
                  style={{ marginTop: 8 }}
                  columns={[
                    { title: '环节', dataIndex: 'stepLabel', width: 140 },
                    { title: '日期', dataIndex: 'date', width: 110, render: (v: string | null) => v ?? '—' },
                    { title: '审核人', dataIndex: 'reviewer', width: 120, render: (v: string | null) => v ?? '—' },
                    { title: '意见', dataIndex: 'opinion', render: (v: string | null) => v ?? '' },
                  ]}
                />
              </Card>
            </section>
          );
        })}
      </Space>
      {actions.dialogs}
      {helping.value && <HelpModal recognition={helping.value} onClose={helping.close} onDone={helping.done} />}
      {backfilling.value && (
        <BackfillModal
          person={{ id: personId, name: person.name, idNumberMasked: person.idNumberMasked }}
          onClose={backfilling.close}
          onSaved={backfilling.done}
        />
      )}
      {applying.value && (
        <RecognitionFormDrawer
          person={{ id: personId, name: person.name, idNumberMasked: person.idNumberMasked }}
          onClose={applying.close}
          onSaved={applying.done}
        />
      )}
    </>
  );
}
