import { formatFen } from '../../../../shared/domain/money';
import { Alert, Button, Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import type { RegistrationDetail } from '../../../../shared/contract/registrations';
import {
  cancelReasonLabel,
  jobWishLabel,
  registrationStatusLabel,
  serviceItemLabel,
  serviceLevelLabel,
  unemploymentReasonLabel,
} from '../../../../shared/enums/registration-codes';
import { employedWhileRegistered } from '../../../../shared/domain/registration-cancel';
import { employmentStatusLabel } from '../../../../shared/enums';
import { ContactHistory } from './ContactHistory';
import { HomeVisitTag } from './HomeVisitNote';
import { LevelHistory } from './LevelHistory';
import { LEVEL_COLOURS } from './options';
import { useSession } from '../../components/session';

interface RegistrationActions {
  onContact: (r: RegistrationDetail) => void;
  onEdit: (r: RegistrationDetail) => void;
  onLevel: (r: RegistrationDetail) => void;
  /** `reason`: the E11 reason to start the cancellation with (VR-13's, from the warning). */
  onCancel: (r: RegistrationDetail, reason?: string) => void;
  /** 删除 of a registration entered on the wrong person; absent when the account may not delete. */
  onDelete?: (r: RegistrationDetail) => void;
  onChanged: () => void;
}

const levelText = (l: string) => `${l} ${serviceLevelLabel(l)}`;

/** One registration: status and level in the title, its facts, then its contacts and level changes. */
export function RegistrationCard({
  r,
  employmentStatus,
  readOnly,
  actions,
}: {
  r: RegistrationDetail;
  /** The person's E09 now: VR-13 warns while an active registration stays open for a person who has work. */
  employmentStatus: string;
  readOnly: boolean;
  actions: RegistrationActions;
}) {
  const { today } = useSession().info;
  const active = r.status === 'active';
  const employedReason = active ? employedWhileRegistered(employmentStatus) : null;
  // BR-04: no contact yet and the first-contact deadline has passed: shown in red (issue 18).
  const firstOverdue = active && r.contactCount === 0 && r.firstContactDueDate < today;
  const title = (
    <Space size={8}>
      <span>失业登记（{r.regDate} 登记）</span>
      <Tag color={active ? 'green' : 'default'}>{registrationStatusLabel(r.status)}</Tag>
      <Tag color={LEVEL_COLOURS[r.serviceLevel]}>{levelText(r.serviceLevel)}</Tag>
      {firstOverdue && <Tag color="red">首次联系已逾期</Tag>}
    </Space>
  );
  const extra = active && !readOnly && (
    <Space size={8}>
      <Button type="primary" size="small" onClick={() => actions.onContact(r)}>
        记录联系
      </Button>
      <Button size="small" onClick={() => actions.onLevel(r)}>
        调整服务等级
      </Button>
      <Button size="small" onClick={() => actions.onEdit(r)}>
        编辑
      </Button>
      <Button size="small" danger onClick={() => actions.onCancel(r)}>
        注销登记
      </Button>
      {/* Only a registration without contacts may go (the core says why otherwise: registrations/remove.ts). */}
      {actions.onDelete && r.contactCount === 0 && (
        <Button size="small" danger onClick={() => actions.onDelete?.(r)}>
          删除
        </Button>
      )}
    </Space>
  );
  // A cancelled registration: its cancellation first; no 首次联系期限 or 计划下次联系, which would read as work due.
  const cancelled = active
    ? []
    : [
        { key: 'cancelDate', label: '注销日期', children: r.cancelDate ?? '' },
        {
          key: 'cancelReason',
          label: '注销原因',
          children: r.cancelReason ? cancelReasonLabel(r.cancelReason) : '',
          span: 2,
        },
        ...(r.cancelIncome != null
          ? [{ key: 'cancelIncome', label: '月收入', children: `${formatFen(r.cancelIncome)} 元` }]
          : []),
        ...(r.notifiedDate ? [{ key: 'notifiedDate', label: '告知日期', children: r.notifiedDate }] : []),
        ...(r.cancelNote ? [{ key: 'cancelNote', label: '注销说明', children: r.cancelNote }] : []),
      ];
  const dueFacts = active
    ? [
        {
          key: 'first',
          label: '首次联系期限',
          children: firstOverdue ? (
            <Typography.Text type="danger" strong>
              {r.firstContactDueDate}（已逾期，尚未联系）
            </Typography.Text>
          ) : (
            r.firstContactDueDate
          ),
        },
      ]
    : [];
  const facts = [
    ...cancelled,
    { key: 'place', label: '登记地', children: r.regPlaceName },
    { key: 'reason', label: '失业原因', children: unemploymentReasonLabel(r.reason) },
    { key: 'wish', label: '就业意愿', children: jobWishLabel(r.jobWish) },
    { key: 'ui', label: '领取失业保险金', children: r.receivesUi ? '是' : '否' },
    { key: 'intent', label: '求职意向', children: r.jobIntent ?? '' },
    { key: 'needs', label: '服务需求', children: r.needs.map(serviceItemLabel).join('、') },
    { key: 'staff', label: '联系责任人', children: r.responsibleStaff },
    { key: 'months', label: '失业时长', children: `${r.durationMonths} 个月` },
    ...dueFacts,
    { key: 'count', label: '联系次数', children: `${r.contactCount} 次` },
    { key: 'last', label: '最近成功联系', children: r.lastSuccessfulContactDate ?? '尚无' },
    ...(active ? [{ key: 'next', label: '计划下次联系', children: r.nextContactDate ?? '—' }] : []),
    ...(r.suggestion.level !== r.serviceLevel
      ? [
          {
            key: 'suggest',
            label: '规则建议等级',
            children: `${levelText(r.suggestion.level)}（${r.suggestion.reasons.join('、')}）`,
            span: 2,
          },
        ]
      : []),
  ];

  return (
    <Card size="small" title={title} extra={extra} style={{ marginBottom: 12 }} aria-label={`失业登记 ${r.regDate}`}>
      {employedReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`该人员现为“${employmentStatusLabel(employmentStatus)}”，失业登记仍然有效，请注销失业登记（注销原因：${cancelReasonLabel(employedReason)}）`}
          action={
            !readOnly && (
              <Button size="small" danger onClick={() => actions.onCancel(r, employedReason)}>
                注销失业登记
              </Button>
            )
          }
        />
      )}
      {r.homeVisit && (
        <div style={{ marginBottom: 8 }}>
          <HomeVisitTag state={r.homeVisit} />
        </div>
      )}
      <Descriptions size="small" column={4} items={facts} style={{ marginBottom: 8 }} />
      <Tabs
        size="small"
        items={[
          {
            key: 'contacts',
            label: `联系记录（${r.contactCount}）`,
            children: <ContactHistory registrationId={r.id} readOnly={readOnly} onChanged={actions.onChanged} />,
          },
          {
            key: 'levels',
            label: `服务等级变更（${r.levelChanges.length}）`,
            children: <LevelHistory changes={r.levelChanges} />,
          },
        ]}
      />
    </Card>
  );
}
