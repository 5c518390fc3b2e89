import { App } from 'antd';
import { useCallback } from 'react';
import type { ChannelInput, JobResultOf } from '../../../shared/contract';
import { useApi } from '../api';
import { saveDownloaded } from '../api/save-downloaded';
import { useProgressJob } from './useProgressJob';

/** Job channels that write a file for files.take. */
export type FileJobChannel =
  | 'reports.export'
  | 'audit.export'
  | 'persons.exportRoster'
  | `imports.${'persons' | 'registrations' | 'placements' | 'trainees' | 'results'}.${'template' | 'errorWorkbook'}`
  | 'imports.attendance.errorWorkbook'
  | 'archive.export';

interface DownloadOptions<C extends FileJobChannel> {
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
  const job = useProgressJob();
  const { run: runJob, phase, fail, close } = job;

  const run = useCallback(
    async <C extends FileJobChannel>(
      channel: C,
      input: ChannelInput<C>,
      options: DownloadOptions<C>,
    ): Promise<boolean> => {
      const data = (await runJob(channel, input, {
        title: options.title,
        subject: options.subject,
        keepOpen: true,
      })) as (JobResultOf<C> & { fileId: string }) | null;
      if (!data) return false;
      phase('保存文件');
      const taken = await api.invoke('files.take', { fileId: data.fileId });
      if (!taken.ok) {
        fail(taken.error.message);
        return false;
      }
      const saved = await saveDownloaded(taken.data.fileName, taken.data.contentBase64);
      if (saved.error) {
        fail(saved.error);
        return false;
      }
      close();
      if (saved.saved) message.success(options.success(data));
      else message.info('已取消保存');
      return saved.saved;
    },
    [api, message, runJob, phase, fail, close],
  );

  return { run, modal: job.modal, busy: job.busy };
}
