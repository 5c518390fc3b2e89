import { App } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AppErrorBody, ChannelInput, JobResultOf } from '../../../shared/contract';
import { useApi, type JobChannel, type JobProgress } from '../api';
import { JobProgressModal } from './JobProgressModal';
import { useJobCancel, type CancelState } from './useJobCancel';

interface Running {
  title: string;
  subject?: string;
  running: boolean;
  cancelling: CancelState;
  progress: JobProgress | null;
  error: string | null;
}

/**
 * A long job with the progress window (phase, 取消; UI.md long jobs). Resolves with the job's data, or null
 * when it was cancelled (a message says so) or failed (the window then shows why until 关闭).
 * With `keepOpen`, the window stays after success for follow-up steps: `phase` shows the next step,
 * `fail` shows an error in it, `close` ends it. With `handled`, a failure the caller shows itself (it returns
 * true, e.g. a refusal whose details it can act on) closes the window instead.
 */
export function useProgressJob() {
  const api = useApi();
  const { message } = App.useApp();
  const [job, setJob] = useState<Running | null>(null);
  const jobIdRef = useRef<string | null>(null);

  const run = useCallback(
    async <C extends JobChannel>(
      channel: C,
      input: ChannelInput<C>,
      labels: { title: string; subject?: string; keepOpen?: boolean; handled?: (error: AppErrorBody) => boolean },
    ): Promise<JobResultOf<C> | null> => {
      setJob({
        title: labels.title,
        subject: labels.subject,
        running: true,
        cancelling: null,
        progress: null,
        error: null,
      });
      const result = await api.runJob(channel, input, (progress) => {
        jobIdRef.current = progress.jobId;
        setJob((j) => (j ? { ...j, progress } : j));
      });
      jobIdRef.current = null;
      if (result.ok) {
        if (!labels.keepOpen) setJob(null);
        return result.data;
      }
      if (result.error.code === 'CANCELLED') {
        setJob(null);
        message.info(result.error.message);
      } else if (labels.handled?.(result.error)) {
        setJob(null);
      } else {
        setJob((j) => (j ? { ...j, running: false, cancelling: null, error: result.error.message } : j));
      }
      return null;
    },
    [api, message],
  );

  // A follow-up step (e.g. 保存文件) keeps the finished job's figures: the bar stays full instead of dropping to 0 %.
  const phase = useCallback(
    (text: string) =>
      setJob((j) =>
        j
          ? {
              ...j,
              progress: { jobId: '', done: j.progress?.done ?? 0, total: j.progress?.total ?? 0, phase: text },
            }
          : j,
      ),
    [],
  );
  const fail = useCallback(
    (error: string) => setJob((j) => (j ? { ...j, running: false, cancelling: null, error } : j)),
    [],
  );
  const close = useCallback(() => setJob(null), []);

  const cancelJob = useJobCancel();
  const cancel = () => cancelJob(jobIdRef.current, (cancelling) => setJob((j) => (j ? { ...j, cancelling } : j)));

  const modal: ReactNode = job && (
    <JobProgressModal
      title={job.title}
      subject={job.subject}
      progress={job.progress}
      running={job.running}
      cancelling={job.cancelling}
      errorMessage={job.error}
      onCancel={() => void cancel()}
      onClose={() => setJob(null)}
    />
  );
  return { run, phase, fail, close, modal, busy: job !== null };
}
