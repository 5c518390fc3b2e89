import { Alert, Button, Modal, Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { JobProgress } from '../api';
import type { CancelState } from './useJobCancel';

interface JobProgressModalProps {
  title: string;
  /** What is being processed, e.g. the file name. */
  subject?: string;
  progress: JobProgress | null;
  /** The job is still running: only 取消 is offered. */
  running: boolean;
  /** 取消 asked (the button waits) or accepted by the core (正在取消…); null: not asked, or refused. */
  cancelling: CancelState;
  /** Shown when the job failed; the modal then stays open until 关闭. */
  errorMessage: string | null;
  errorDetails?: ReactNode;
  onCancel: () => void;
  onClose: () => void;
}

function percentOf(p: JobProgress | null): number {
  if (!p || p.total <= 0) return 0;
  return Math.min(100, Math.floor((p.done / p.total) * 100));
}

/** A long job (import, export, backup): progress bar, phase in words, and 取消; on failure the reason. */
export function JobProgressModal(props: JobProgressModalProps) {
  const { title, subject, progress, running, cancelling, errorMessage, errorDetails, onCancel, onClose } = props;
  const phase = progress
    ? progress.total > 0
      ? `${progress.phase}（${progress.done}/${progress.total}）`
      : progress.phase
    : '准备中';
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={!running}
      onCancel={running ? undefined : onClose}
      width={errorDetails ? 720 : 480}
      footer={
        running ? (
          <Button onClick={onCancel} loading={cancelling !== null} disabled={!progress}>
            取消
          </Button>
        ) : (
          <Button type="primary" onClick={onClose}>
            关闭
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {subject && <Typography.Text type="secondary">{subject}</Typography.Text>}
        {running && (
          <>
            <Progress percent={percentOf(progress)} status="active" aria-label="进度" />
            <Typography.Text role="status">{cancelling === 'accepted' ? '正在取消…' : phase}</Typography.Text>
          </>
        )}
        {!running && errorMessage && <Alert type="error" showIcon title={errorMessage} />}
        {!running && errorDetails}
      </Space>
    </Modal>
  );
}
