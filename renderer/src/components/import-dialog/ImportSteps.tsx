import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Modal, Result, Space, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { importBackupNote } from '../../../../shared/contract/backups';
import { readFileAsBase64 } from '../read-file-base64';
import type { FileJobChannel, useDownloadJob } from '../useDownloadJob';
import { UndoImportButton } from './UndoImport';

// Pieces every import dialog shows the same way (人员 and the roster kinds, the 考勤表 on the attendance page):
// the dialog frame, the file picker, reading the chosen file, the footer of a checked file, and the end of an import
// with its error list.

const ACCEPTED = /\.(xlsx|xls|csv)$/i;

export interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

/** The chosen file as the check takes it; null (after saying why) when it is not a workbook or cannot be read. */
export async function readImportFile(file: File, error: (text: string) => void): Promise<ChosenFile | null> {
  if (!ACCEPTED.test(file.name)) {
    error('只能导入 Excel（.xlsx、.xls）或 CSV 文件。');
    return null;
  }
  try {
    return { fileName: file.name, contentBase64: await readFileAsBase64(file) };
  } catch {
    error('无法读取该文件，请确认文件没有被其他程序占用。');
    return null;
  }
}

/** Click or drop one .xlsx/.xls/.csv file; nothing is uploaded anywhere, `onFile` gets it. */
export function ImportFileDragger({
  disabled,
  onFile,
  text,
  hint,
}: {
  disabled: boolean;
  onFile: (file: File) => void;
  text: string;
  hint: string;
}) {
  return (
    <Upload.Dragger
      accept=".xlsx,.xls,.csv"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{text}</p>
      <p className="ant-upload-hint">{hint}</p>
    </Upload.Dragger>
  );
}

/**
 * The first step: what to do (children), the download that helps (导出考勤表, 下载导入模板), and the file picker.
 */
export function ImportChooseStep({
  children,
  download,
  busy,
  onFile,
  text,
  hint,
}: {
  children: ReactNode;
  download: { label: string; run: () => void; disabled: boolean };
  /** A check is running: no second file. */
  busy: boolean;
  onFile: (file: File) => void;
  text: string;
  hint: string;
}) {
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {children}
      <Button icon={<DownloadOutlined aria-hidden />} onClick={download.run} disabled={download.disabled}>
        {download.label}
      </Button>
      <ImportFileDragger disabled={busy} onFile={onFile} text={text} hint={hint} />
    </Space>
  );
}

/**
 * How an import is undone: 撤销本次导入 here or in 设置 → 导入记录 (its rows only); restoring its 导入前 copy stays the
 * administrator's last resort (later changes go with it).
 */
export const UNDO_HINT =
  '如需撤销本次导入，请点“撤销本次导入”（以后也可在“设置 → 导入记录”中撤销），只撤回本次导入的数据；管理员也可恢复这份备份，但恢复会同时撤回此后的其他修改。';

/** The last step: what was imported, and the rows left out with their error list. */
export function ImportDone({
  title,
  backup,
  batchId,
  errorRows,
  onDownloadErrors,
  downloading,
}: {
  title: ReactNode;
  /** The 导入前 copy the commit took (audit8 gap 1): named, with how to go back to it. */
  backup?: string;
  /** The import's batch (its result names it): 撤销本次导入 takes back its rows. */
  batchId?: string;
  errorRows: number;
  onDownloadErrors: () => void;
  downloading: boolean;
}) {
  return (
    <Result
      status="success"
      title={<span style={{ fontSize: 20 }}>{title}</span>}
      subTitle={
        <Space orientation="vertical" size={4}>
          {errorRows > 0 && `有错误的 ${errorRows} 行没有导入：可下载错误清单，改正后只导入这些行。`}
          {backup && <span>{importBackupNote(backup)}</span>}
          {backup && <span>{UNDO_HINT}</span>}
        </Space>
      }
      extra={
        <Space wrap>
          {errorRows > 0 && (
            <Button icon={<DownloadOutlined aria-hidden />} onClick={onDownloadErrors} disabled={downloading}>
              下载错误清单
            </Button>
          )}
          {batchId && <UndoImportButton batchId={batchId} />}
        </Space>
      }
    />
  );
}

/** The labels of 下载错误清单 (the rows left out, with their errors, as a workbook). */
const ERROR_LIST_DOWNLOAD = {
  title: '下载错误清单',
  success: (f: { fileName: string }) => `已下载 ${f.fileName}`,
};

/**
 * 下载错误清单 of a checked file through the dialog's download job, as the check views and the last step take it
 * (`onDownloadErrors`, `downloading`).
 */
export function errorListDownload(
  download: ReturnType<typeof useDownloadJob>,
  channel: Extract<FileJobChannel, `${string}.errorWorkbook`>,
  token: string,
) {
  return {
    onDownloadErrors: () => void download.run(channel, { token }, ERROR_LIST_DOWNLOAD),
    downloading: download.busy,
  };
}

/**
 * The dialog of an import: wide while a checked file is shown, not closed by a click outside (closing writes
 * nothing), its progress and download windows as children.
 */
export function ImportDialogFrame({
  title,
  wide,
  footer,
  onClose,
  children,
}: {
  title: ReactNode;
  wide: boolean;
  footer: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      width={wide ? 1040 : 640}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={footer}
      destroyOnHidden
    >
      {children}
    </Modal>
  );
}

/** The footer of a checked file: what the commit will do (or why not yet), 重新选择文件, 取消, and the commit. */
export function CheckedFooter({
  note,
  warn,
  onRechoose,
  onClose,
  commitLabel,
  onCommit,
}: {
  note: string;
  /** The note is a warning (the commit must wait). */
  warn?: boolean;
  onRechoose: () => void;
  onClose: () => void;
  commitLabel: string;
  /** The commit, or null when the signed-in role may not import (no button). */
  onCommit: { run: () => void; disabled: boolean } | null;
}) {
  return (
    <Space wrap style={{ justifyContent: 'flex-end' }}>
      <Typography.Text type={warn ? 'warning' : 'secondary'}>{note}</Typography.Text>
      <Button onClick={onRechoose}>重新选择文件</Button>
      <Button onClick={onClose}>取消</Button>
      {onCommit && (
        <Button type="primary" disabled={onCommit.disabled} onClick={onCommit.run}>
          {commitLabel}
        </Button>
      )}
    </Space>
  );
}

/** The last step as the dialog shows it: what was imported (ImportDone), and 完成 to close. */
export function importDoneStep(props: Parameters<typeof ImportDone>[0] & { onClose: () => void }) {
  const { onClose, ...done } = props;
  return {
    body: <ImportDone {...done} />,
    footer: (
      <Button type="primary" onClick={onClose}>
        完成
      </Button>
    ),
  };
}
