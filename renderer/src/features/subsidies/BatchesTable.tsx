import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import type { BatchDetail, BatchKind, BatchSummary } from '../../../../shared/contract/subsidies';
import { formatFen } from '../../../../shared/domain/money';
import { laterClassesNote } from '../../../../shared/domain/training-class';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { useCan } from '../../components/useCan';
import { BatchDrawer } from './BatchDrawer';
import type { PromptSpec } from './PromptModal';
import { RosterPrompt, RosterWarnings } from './RosterPrompt';
import { ListTable, moneyColumn, numberColumn } from '../../components/list-page';

const STATUS_COLOR: Record<BatchSummary['status'], string> = {
  draft: 'default',
  reviewed: 'blue',
  reported: 'purple',
  paid: 'green',
};

/**
 * The rows a review locks with the amounts, as the review and the undo name them: the rows an ORDINARY roster covers
 * (the core's lock.ts) — a 岗位补贴/社保补贴 roster's 考勤, a 见习补贴 roster's monthly 见习补贴 rows (扣减, 单位岗位补助),
 * a training roster's trainees' results (it has no 考勤, audit7 gap 6). A 补发/扣回 roster locks only its own lines.
 */
const LOCKED_ROWS: Record<BatchKind, { review: string; undo: string }> = {
  post: { review: '考勤记录', undo: '考勤' },
  si: { review: '考勤记录', undo: '考勤' },
  internship: { review: '见习补贴记录', undo: '见习补贴记录' },
  training: { review: '学员的考核结果', undo: '学员的考核结果' },
};
const lockedRows = (b: BatchSummary) => (b.supplementary ? null : LOCKED_ROWS[b.kind]);

/** A month's training roster takes no class that closes after its review: say where those go. */
const laterClasses = (b: BatchSummary) =>
  b.kind === 'training' && !b.supplementary ? `${laterClassesNote(b.month)}；` : '';

/** A step's confirmation, built from the roster as read afresh (undefined while it is read). */
type MakePrompt = (batch: BatchDetail | undefined) => PromptSpec;

/** 上报/拨付 confirmed over the payees the confirm named as lacking an account. */
const accountsConfirmed = (d: BatchDetail | undefined) =>
  d?.missingAccounts.length ? { confirmMissingAccounts: true } : {};

/**
 * The month's rosters with the next step of each (actions, not states — audit6 gap 11): 审核 → 确认上报 → 确认拨付, 撤销审核 with a reason; each confirmed
 * first. 审核 shows what the roster rests on (RosterWarnings) and sends the clerk's agreement with it.
 */
export function BatchesTable({ batches, loading }: { batches: BatchSummary[]; loading: boolean }) {
  const { account, info } = useSession();
  const { today } = info;
  const [prompt, setPrompt] = useState<{ id: string; make: MakePrompt } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const review = useWrite('subsidies.review', { invalidates: ['attendance', 'allowances'] });
  const unreview = useWrite('subsidies.unreview', { invalidates: ['attendance', 'allowances'] });
  const report = useWrite('subsidies.report');
  const pay = useWrite('subsidies.pay');
  // 审核, 撤销审核, 确认上报, 确认拨付 are the reviewer's (审核员, 管理员); others see the status only.
  const canReview = useCan('subsidies.review');
  const actions = (b: BatchSummary) => {
    const items: { label: string; make: MakePrompt }[] = [];
    if (!canReview) return items;
    const rows = lockedRows(b);
    if (b.status === 'draft') {
      items.push({
        label: '审核',
        make: (d) => ({
          title: `审核：${b.name}`,
          okText: '审核并锁定',
          label: '审核人',
          // The signed-in account's name; editable, since the footer names whoever signs the paper roster (the
          // account that reviewed is kept by the 操作记录 either way).
          initial: account.displayName,
          text: `共 ${b.persons} 人，合计 ${formatFen(b.totalFen)} 元。审核后金额固定，花名册${rows ? `及其${rows.review}` : ''}锁定，不能再修改；${laterClasses(b)}更正须在以后月份的补发/扣回花名册中办理。`,
          extra: d && <RosterWarnings batch={d} />,
          run: (v) => review.write({ id: b.id, reviewedBy: v, ...(d?.unentered ? { confirmUnentered: true } : {}) }),
        }),
      });
    }
    if (b.status === 'reviewed') {
      items.push({
        label: '撤销审核',
        make: () => ({
          title: `撤销审核：${b.name}`,
          okText: '撤销审核',
          label: '撤销审核原因',
          text: `撤销后花名册回到草稿，${rows?.undo ?? '补发/扣回金额'}可以再修改。撤销原因记入操作日志。`,
          run: (v) => unreview.write({ id: b.id, reason: v }),
        }),
      });
      items.push({
        label: '确认上报',
        make: (d) => ({
          title: `上报：${b.name}`,
          okText: '确认已上报',
          label: '审批人',
          text: '确认花名册已报送财政（审批）部门。',
          extra: d && <RosterWarnings batch={d} />,
          run: (v) => report.write({ id: b.id, approvedBy: v, ...accountsConfirmed(d) }),
        }),
      });
    }
    if (b.status === 'reported') {
      items.push({
        label: '确认拨付',
        make: (d) => ({
          title: `拨付：${b.name}`,
          okText: '确认已拨付',
          label: '拨付日期',
          initial: today,
          date: true,
          text: `确认 ${formatFen(b.totalFen)} 元已拨付。`,
          extra: d && <RosterWarnings batch={d} />,
          run: (v) => pay.write({ id: b.id, paidDate: v, ...accountsConfirmed(d) }),
        }),
      });
    }
    return items;
  };
  return (
    <>
      <ListTable<BatchSummary>
        label="花名册"
        loading={loading}
        items={batches}
        emptyText="本月还没有花名册"
        columns={[
          {
            title: '花名册',
            dataIndex: 'name',
            render: (v: string, b) => (
              <Button type="link" size="small" onClick={() => setOpen(b.id)}>
                {v}
              </Button>
            ),
          },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 80,
            render: (v: string, b) => <Tag color={STATUS_COLOR[b.status]}>{v}</Tag>,
          },
          numberColumn('人数', 'persons', 60),
          moneyColumn('合计(元)', 'totalFen', 120),
          { title: '审核人', dataIndex: 'reviewedBy', width: 130, render: (v: string | null) => v ?? '—' },
          {
            title: '操作',
            key: 'actions',
            width: 220,
            render: (_, b) => (
              <Space size={4}>
                {actions(b).map((a) => (
                  <Button key={a.label} size="small" onClick={() => setPrompt({ id: b.id, make: a.make })}>
                    {a.label}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {prompt && <RosterPrompt id={prompt.id} make={prompt.make} onClose={() => setPrompt(null)} />}
      {open && <BatchDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
