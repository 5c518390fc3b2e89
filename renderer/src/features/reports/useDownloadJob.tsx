import { App } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ChannelInput, JobResultOf } from '../../../../shared/contract';
import { useApi, type JobProgress } from '../../api';
import { saveDownloaded } from '../../api/save-downloaded';
import { JobProgressModal } from '../../components/JobProgressModal';

/** Job channels that write a file for files.take. */
export type FileJobChannel = 'reports.export' | 'imports.persons.template' | 'imports.persons.errorWorkbook';

interface Running {
  title: string;
  subject?: string;
  running: boolean;
  cancelling: boolean;
  progress: JobProgress | null;
  error: string | null;
}

export interface DownloadOptions<C extends FileJobChannel> {
  /** Title of the progress window, e.g. 导出报表. */
  title: string;
  subject?: string;
  /** The message once saved, e.g. 已导出 1,234 行. */
  success: (data: JobResultOf<C>) => string;
}

/**
 * Runs a file-writing job with the progress window (phase, 取消; UI.md long jobs), then takes the file and
 * saves it (save dialog in the desktop app, a download in the browser). `modal` must be rendered.
 */
export function useDownloadJob() {
  const api = useApi();
  const { message } = App.useApp();
  const [job, setJob] = useState<Running | null>(null);
  const jobIdRef = useRef<string | null>(null);
  const update = (patch: Partial<Running>) => setJob((j) => (j ? { ...j, ...patch } : j));

  const run = useCallback(
    async <C extends FileJobChannel>(channel: C, input: ChannelInput<C>, options: DownloadOptions<C>): Promise<boolean> => {
      setJob({ title: options.title, subject: options.subject, running: true, cancelling: false, progress: null, error: null });
      const fail = (error: string) => {
        setJob((j) => (j ? { ...j, running: false, cancelling: false, error } : j));
        return false;
      };
      const result = await api.runJob(channel, input, (progress) => {
        jobIdRef.current = progress.jobId;
        setJob((j) => (j ? { ...j, progress } : j));
      });
      jobIdRef.current = null;
      if (!result.ok) {
        if (result.error.code !== 'CANCELLED') return fail(result.error.message);
        setJob(null);
        message.info(result.error.message);
        return false;
      }
      const data = result.data as JobResultOf<C> & { fileId: string };
      setJob((j) => (j ? { ...j, progress: { jobId: '', done: 0, total: 0, phase: '保存文件' } } : j));
      const taken = await api.invoke('files.take', { fileId: data.fileId });
      if (!taken.ok) return fail(taken.error.message);
      const saved = await saveDownloaded(taken.data.fileName, taken.data.contentBase64);
      if (saved.error) return fail(saved.error);
      setJob(null);
      if (saved.saved) message.success(options.success(data));
      else message.info('已取消保存');
      return saved.saved;
    },
    [api, message],
  );

  async function cancel() {
    const jobId = jobIdRef.current;
    if (!jobId) return;
    update({ cancelling: true });
    const r = await api.cancelJob(jobId);
    if (!r.ok) {
      update({ cancelling: false });
      message.error(r.error.message);
    }
  }

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
  return { run, modal, busy: job !== null };
}
