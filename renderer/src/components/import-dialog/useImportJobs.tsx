import { App } from 'antd';
import type { RosterImportCheck } from '../../../../shared/contract/roster-imports';
import { useDownloadJob, type FileJobChannel } from '../useDownloadJob';
import { useProgressJob } from '../useProgressJob';
import { ROSTER_CHANNELS } from './import-kinds';
import { errorListDownload, readImportFile } from './ImportSteps';

type RosterCommitChannel = (typeof ROSTER_CHANNELS)[keyof typeof ROSTER_CHANNELS]['commit'];

/**
 * The jobs of an import dialog (人员 and the roster kinds, the 考勤表): the check and commit with their progress
 * window, the downloads (template, 下载错误清单), the chosen file read with its refusal said as a message. `modals`
 * (the progress and download windows) go inside the dialog.
 */
export function useImportJobs() {
  const { message } = App.useApp();
  const job = useProgressJob();
  const download = useDownloadJob();
  return {
    job,
    download,
    /** The chosen file as the check takes it, or null after saying why it cannot be imported. */
    readFile: (file: File) => readImportFile(file, (text) => message.error(text)),
    /** 导入有效行 of a checked roster: its valid rows in one go (the invalid ones skipped when there are any). */
    commitRoster: (channel: RosterCommitChannel, c: RosterImportCheck, title: string) =>
      job.run(channel, { token: c.token, skipInvalidRows: c.errorRows > 0 }, { title, subject: `文件：${c.fileName}` }),
    /** 下载错误清单 of a checked file, as the check views and the last step take it. */
    errorList: (channel: Extract<FileJobChannel, `${string}.errorWorkbook`>, token: string) =>
      errorListDownload(download, channel, token),
    modals: (
      <>
        {job.modal}
        {download.modal}
      </>
    ),
  };
}
