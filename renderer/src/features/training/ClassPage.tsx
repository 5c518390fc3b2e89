import { Alert, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState, type ComponentType } from 'react';
import { useNavigate } from 'react-router';
import type { Trainee } from '../../../../shared/contract/training';
import {
  CLASS_ACTIONS,
  CLASS_TRANSITIONS,
  classActionLabel,
  type ClassAction,
} from '../../../../shared/domain/training-class';
import type { ClassStatusCode } from '../../../../shared/enums/training-codes';
import { useRead } from '../../api';
import { useSession } from '../../components/session';
import { useCan } from '../../components/useCan';
import { ClassActionModal } from './ClassActionModal';
import { ClassFormDrawer } from './ClassFormDrawer';
import { EmploymentModal } from './EmploymentModal';
import { EnrolModal } from './EnrolModal';
import { ExportClassRoster } from './ExportClassRoster';
import { yuan } from './labels';
import { outcomeColumns } from './TrainingSubsidy';
import { ResultsGrid } from './ResultsGrid';
import { UNENROL_STATUSES, useUnenrol } from './useUnenrol';
import { DeletedSwitch, ListTable, RowLink } from '../../components/list-page';
import { RemovedTrainees } from './RemovedTrainees';
import { traineeColumns } from './trainee-columns';
import { useDialog } from '../../components/useDialog';

/** The buttons of a class in a status: the actions the status machine allows from it. */
const actionsFrom = (status: ClassStatusCode): { action: ClassAction; label: string }[] =>
  CLASS_ACTIONS.filter((a) => CLASS_TRANSITIONS[a].from.includes(status)).map((a) => ({
    action: a,
    label: classActionLabel(a),
  }));

/** Employment after training is recorded once the class is closed (结业, 已结算; BR-38). */
const CLOSED_STATUSES: readonly string[] = ['04', '05'];

/** The provider's result-sheet import dialog; the app supplies it (the import feature sits beside training). */
export type ResultImportDialog = ComponentType<{ onClose: () => void; onImported: () => void }>;

/** #/training/classes/:id — the class with its trainees, their results and each trainee's subsidy (or why not). */
export function ClassPage({ id, ResultImport }: { id: string; ResultImport?: ResultImportDialog }) {
  const canAct = useCan('training.classes.act');
  const canUpdate = useCan('training.classes.update');
  const canEnrol = useCan('training.enrol');
  const canRecord = useCan('training.results.save');
  const canUnenrol = useCan('training.unenrol');
  const canEmploy = useCan('training.employment.record');
  const canImport = useCan('imports.results.commit') && !!ResultImport;
  const navigate = useNavigate();
  const { data: c, error, reload } = useRead('training.classes.get', { id });
  const acting = useDialog<{ action: ClassAction; label: string }>(reload);
  const [open, setOpen] = useState<'edit' | 'enrol' | 'results' | 'import' | null>(null);
  const today = useSession().info.today;
  const removeTrainee = useUnenrol(reload);
  const [employing, setEmploying] = useState<Trainee | null>(null);
  const [showRemoved, setShowRemoved] = useState(false);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!c) return null;
  const removable = canUnenrol && UNENROL_STATUSES.includes(c.status);
  const employable = canEmploy && CLOSED_STATUSES.includes(c.status);
  return (
    <>
      <Flex justify="space-between" align="center">
        <Space align="baseline">
          <Button type="link" onClick={() => navigate('/training/classes')} style={{ paddingLeft: 0 }}>
            ← 培训班
          </Button>
          <Typography.Title level={4} style={{ margin: 0 }}>
            培训班 {c.code}
          </Typography.Title>
          <Tag>{c.statusLabel}</Tag>
        </Space>
        <Space>
          {c.status !== '09' && c.trainees.length > 0 && <ExportClassRoster detail={c} />}
          {canUpdate && c.status === '01' && <Button onClick={() => setOpen('edit')}>修改</Button>}
          {canEnrol && ['01', '02', '03'].includes(c.status) && (
            <Button onClick={() => setOpen('enrol')} disabled={c.enrolled >= c.capacity}>
              学员报名
            </Button>
          )}
          {canRecord && ['03', '04', '05'].includes(c.status) && c.trainees.length > 0 && open !== 'results' && (
            <Button onClick={() => setOpen('results')}>录入考核结果</Button>
          )}
          {canImport && ['03', '04', '05'].includes(c.status) && c.trainees.length > 0 && open !== 'results' && (
            <Button onClick={() => setOpen('import')}>导入考核结果</Button>
          )}
          {(canAct ? actionsFrom(c.status) : []).map((a) => (
            <Button
              key={a.action}
              danger={a.action === 'cancel'}
              type={a.action === 'cancel' ? 'default' : 'primary'}
              onClick={() => acting.open(a)}
            >
              {a.label}
            </Button>
          ))}
        </Space>
      </Flex>
      <Descriptions size="small" column={3} style={{ margin: '8px 0' }}>
        <Descriptions.Item label="培训机构">{c.providerName}</Descriptions.Item>
        <Descriptions.Item label="培训工种(职业)">{c.occupation}</Descriptions.Item>
        <Descriptions.Item label="培训类型">{c.trainingTypeLabel}</Descriptions.Item>
        <Descriptions.Item label="培训起止">
          {c.startDate} 至 {c.endDate}
        </Descriptions.Item>
        <Descriptions.Item label="学时">{c.hours}</Descriptions.Item>
        <Descriptions.Item label="目标证书">{c.targetCertificateLabel}</Descriptions.Item>
        <Descriptions.Item label="培训地点">
          {c.townshipName} {c.location}
        </Descriptions.Item>
        <Descriptions.Item label="计划人数">
          {c.enrolled}/{c.capacity}
        </Descriptions.Item>
        <Descriptions.Item label="备案">
          {c.filedDate ?? `最晚 ${c.latestFilingDate} 备案`}
          {c.filingOverdue && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              已逾期
            </Tag>
          )}
        </Descriptions.Item>
        {c.cancelReason && <Descriptions.Item label="撤销原因">{c.cancelReason}</Descriptions.Item>}
      </Descriptions>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" role="status">
          符合补贴条件 {c.totals.eligible} 人，培训补贴 {yuan(c.totals.subsidyFen)}，生活费补贴{' '}
          {yuan(c.totals.livingFen)}
        </Typography.Text>
        {open !== 'results' && <DeletedSwitch checked={showRemoved} onChange={setShowRemoved} />}
      </Flex>
      {open === 'results' ? (
        <ResultsGrid detail={c} onDone={() => setOpen(null)} />
      ) : showRemoved ? (
        <RemovedTrainees detail={c} />
      ) : (
        <ListTable<Trainee>
          label="学员"
          style={{ marginTop: 8 }}
          items={c.trainees}
          emptyText="尚无学员"
          columns={[
            ...traineeColumns<Trainee>(navigate),
            {
              title: '人员类别',
              dataIndex: 'categoryLabel',
              width: 130,
              render: (v: string, t) =>
                t.flag ? (
                  <>
                    {v} <Tag color="orange">{t.flag}</Tag>
                  </>
                ) : (
                  v
                ),
            },
            { title: '出勤学时', dataIndex: 'attendedHours', width: 80 },
            ...outcomeColumns<Trainee>((t) => ({
              refusal: t.subsidy.reason,
              subsidyFen: t.subsidy.subsidyFen,
              livingFen: t.subsidy.livingFen,
              extra: t.locked && <Tag style={{ marginLeft: 4 }}>已锁定</Tag>,
            })),
            {
              title: '培训后就业',
              dataIndex: 'employedDate',
              width: 190,
              render: (v: string | null, t) => (
                <>
                  {v ? `${v} ${t.employedUnit ?? ''}`.trim() : ''}
                  {employable && (
                    <RowLink
                      aria-label={`${v ? '修改' : '登记'}培训后就业 ${t.personName}`}
                      onClick={() => setEmploying(t)}
                    >
                      {v ? '修改' : '登记就业'}
                    </RowLink>
                  )}
                </>
              ),
            },
            ...(removable
              ? [
                  {
                    title: '操作',
                    key: 'remove',
                    width: 70,
                    render: (_: unknown, t: Trainee) => (
                      <RowLink danger aria-label={`移除 ${t.personName}`} onClick={() => removeTrainee(c, t)}>
                        移除
                      </RowLink>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {open === 'edit' && <ClassFormDrawer detail={c} onClose={() => setOpen(null)} onSaved={() => setOpen(null)} />}
      {open === 'enrol' && <EnrolModal detail={c} today={today} onClose={() => setOpen(null)} />}
      {employing && (
        <EmploymentModal
          subject={{ ...employing, enrolmentId: employing.id, classCode: c.code, endDate: c.endDate }}
          onClose={() => setEmploying(null)}
        />
      )}
      {open === 'import' && ResultImport && <ResultImport onClose={() => setOpen(null)} onImported={reload} />}
      {acting.value && (
        <ClassActionModal
          detail={c}
          action={acting.value.action}
          label={acting.value.label}
          date={today}
          onClose={acting.close}
          onDone={acting.done}
        />
      )}
    </>
  );
}
