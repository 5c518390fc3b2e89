import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import type { AppErrorBody } from '../../../../shared/contract';
import { useApi, type JobProgress } from '../../api';
import { ImportErrorTable, importRowErrors } from '../../components/ImportErrorTable';
import { JobProgressModal } from '../../components/JobProgressModal';
import { useJobCancel, type CancelState } from '../../components/useJobCancel';
import { readFileAsBase64 } from '../../components/read-file-base64';

interface ImportJob {
  fileName: string;
  running: boolean;
  cancelling: CancelState;
  progress: JobProgress | null;
  error: AppErrorBody | null;
}

const ACCEPTED = /\.(xlsx|csv)$/i;

/** 从文件导入: reads a division list (.xlsx/.csv) and runs the regions.import job with progress and 取消. */
export function RegionImportButton({ disabled, onImported }: { disabled?: boolean; onImported: () => void }) {
  const api = useApi();
  const { message } = App.useApp();
  const [job, setJob] = useState<ImportJob | null>(null);

  const update = (patch: Partial<ImportJob>) => setJob((j) => (j ? { ...j, ...patch } : j));

  async function start(file: File) {
    if (!ACCEPTED.test(file.name)) {
      message.error('只能导入 .xlsx 或 .csv 文件。旧版 .xls 文件请先在 Excel 中另存为 .xlsx。');
      return;
    }
    setJob({ fileName: file.name, running: true, cancelling: null, progress: null, error: null });
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      update({
        running: false,
        error: { code: 'INTERNAL', message: '无法读取该文件，请确认文件没有被其他程序占用。' },
      });
      return;
    }
    const result = await api.runJob('regions.import', { fileName: file.name, contentBase64 }, (progress) =>
      update({ progress }),
    );
    if (result.ok) {
      setJob(null);
      message.success(`导入完成：新增 ${result.data.created} 条，已存在 ${result.data.unchanged} 条`);
      onImported();
    } else if (result.error.code === 'CANCELLED') {
      setJob(null);
      message.info(result.error.message);
    } else {
      update({ running: false, cancelling: null, error: result.error });
    }
  }

  const cancelJob = useJobCancel();
  const cancel = () => cancelJob(job?.progress?.jobId, (cancelling) => update({ cancelling }));

  const rowErrors = job?.error ? importRowErrors(job.error.details) : null;
  return (
    <>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        disabled={disabled || job?.running}
        beforeUpload={(file) => {
          void start(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} disabled={disabled || job?.running}>
          从文件导入
        </Button>
      </Upload>
      {job && (
        <JobProgressModal
          title="从文件导入行政区划"
          subject={`文件：${job.fileName}`}
          progress={job.progress}
          running={job.running}
          cancelling={job.cancelling}
          errorMessage={job.error?.message ?? null}
          errorDetails={rowErrors && <ImportErrorTable errors={rowErrors} />}
          onCancel={() => void cancel()}
          onClose={() => setJob(null)}
        />
      )}
    </>
  );
}
