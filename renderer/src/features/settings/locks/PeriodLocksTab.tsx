import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import {
  lockMonth,
  RANGE_NOT_FROZEN,
  type PeriodLock,
  type PeriodLockEvent,
} from '../../../../../shared/contract/period-locks';
import { useRead } from '../../../api';
import { MonthPicker } from '../../../components/MonthPicker';
import { useProgressJob } from '../../../components/useProgressJob';
import { formatDateTime } from '../../../components/format';
import { useCan } from '../../../components/useCan';
import { formatMonth } from '../../../components/format';
import { UnlockModal } from './UnlockModal';
import { ListTable, ReadError } from '../../../components/list-page';

/**
 * 设置 → 月份锁定: a reviewer locks a month after its reports were submitted upward; afterwards records dated in
 * that month cannot be created, changed or deleted, and the month's reports export as they were at the lock.
 * Locking saves every month report (county, each 乡镇, each grouping): a long job with its progress and 取消.
 */
export function PeriodLocksTab() {
  const canLock = useCan('periodLocks.lock');
  const canUnlock = useCan('periodLocks.unlock');
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useRead('periodLocks.list', {});
  const job = useProgressJob();
  const [month, setMonth] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [lockError, setLockError] = useState<string | null>(null);
  const [unlocking, setUnlocking] = useState<string | null>(null);
  const chosen = month ?? data?.lastEndedMonth ?? '';

  const runLock = async (m: string) => {
    const view = await job.run(
      'periodLocks.lock',
      { month: m, note: note || null },
      {
        title: `锁定${formatMonth(m)}`,
        subject: '保存该月报表',
        // A refusal (month not ended, already locked) shows under the month, not in the progress window.
        handled: (e) => {
          setLockError(e.fields?.month ?? e.message);
          return true;
        },
      },
    );
    reload();
    if (!view) return;
    setNote('');
    message.success(`已锁定${formatMonth(m)}`);
  };

  const confirmLock = () => {
    // The month is checked before the question, so a slip never asks 锁定2026年20月？.
    const checked = lockMonth.safeParse(chosen);
    if (!checked.success) {
      setLockError(checked.error.issues[0]?.message ?? '请选择锁定月份');
      return;
    }
    setLockError(null);
    modal.confirm({
      title: `锁定${formatMonth(checked.data)}？`,
      content: `锁定后该月的联系记录、失业登记、安置、考勤和认定记录不能再新增、修改或删除，该月报表按现在的数据保存。${RANGE_NOT_FROZEN}`,
      okText: '锁定',
      cancelText: '取消',
      onOk: () => void runLock(checked.data),
    });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        月报上报后锁定该月：该月的记录不能再改动，该月报表再次导出时与上报时一致。确需更正时由管理员解锁并说明原因。
      </Typography.Paragraph>
      <ReadError error={error} gap={12} />
      <Space wrap style={{ marginBottom: 12 }} align="start">
        <MonthPicker
          id="lock-month"
          label="锁定月份"
          month={chosen}
          onChange={(m) => {
            setMonth(m);
            setLockError(null);
          }}
          max={data?.lastEndedMonth}
          error={lockError}
        />
        <label htmlFor="lock-note">备注</label>
        <Input
          id="lock-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="如：已报县局"
          maxLength={200}
          style={{ width: 240 }}
        />
        <Button type="primary" onClick={confirmLock} disabled={!chosen || !canLock} loading={job.busy}>
          锁定
        </Button>
      </Space>
      <ListTable<PeriodLock>
        label="已锁定月份"
        rowKey="month"
        loading={loading}
        items={data?.locks}
        emptyText="尚无锁定的月份"
        columns={[
          { title: '月份', dataIndex: 'month', width: 110, render: (m: string) => formatMonth(m) },
          { title: '锁定时间', dataIndex: 'lockedAt', width: 170, render: (v: string) => formatDateTime(v, true) },
          { title: '锁定人', dataIndex: 'lockedBy', width: 110 },
          { title: '备注', dataIndex: 'note', render: (v: string | null) => v ?? '' },
          { title: '保存的报表', dataIndex: 'frozenReports', width: 100, render: (n: number) => `${n} 份` },
          {
            title: '操作',
            width: 80,
            render: (_, r) =>
              canUnlock && (
                <Button
                  size="small"
                  danger
                  onClick={() => setUnlocking(r.month)}
                  aria-label={`解锁${formatMonth(r.month)}`}
                >
                  解锁
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={5}>锁定与解锁记录</Typography.Title>
      <ListTable<PeriodLockEvent>
        label="锁定与解锁记录"
        items={data?.events}
        pageAbove={10}
        emptyText="尚无记录"
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, true) },
          { title: '月份', dataIndex: 'month', width: 110, render: (m: string) => formatMonth(m) },
          { title: '操作', dataIndex: 'action', width: 80, render: (a: string) => (a === 'lock' ? '锁定' : '解锁') },
          { title: '操作员', dataIndex: 'by', width: 110 },
          { title: '备注或原因', dataIndex: 'note', render: (v: string | null) => v ?? '' },
        ]}
      />
      {unlocking && <UnlockModal month={unlocking} onClose={() => setUnlocking(null)} />}
      {job.modal}
    </>
  );
}
