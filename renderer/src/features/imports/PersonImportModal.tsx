import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Result, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  PERSON_IMPORT_REQUIRED,
  type PersonImportCheck,
  type PersonImportResult,
} from '../../../../shared/contract/imports';
import {
  checkInput,
  NO_EDITS,
  viewOfCheck,
  viewOfRefusal,
  type CheckOptions,
  type FileView,
  type MappingEdits,
} from './import-mapping';
import { MappingPanel } from './MappingPanel';
import { readFileAsBase64 } from '../../components/read-file-base64';
import { useDownloadJob } from '../reports/useDownloadJob';
import { ImportCheckView } from './ImportCheckView';
import { useProgressJob } from '../../components/useProgressJob';

interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

type Stage =
  | { kind: 'choose' }
  /** The core refused the file but said why in a form the clerk can fix here (a sheet to choose, columns to map). */
  | { kind: 'mapping'; file: ChosenFile; view: FileView; reason: string }
  | { kind: 'checked'; file: ChosenFile; check: PersonImportCheck }
  | { kind: 'done'; check: PersonImportCheck; result: PersonImportResult };

const ACCEPTED = /\.(xlsx|xls|csv)$/i;
const FIRST: CheckOptions = { edits: NO_EDITS };

export const doneMessage = (r: PersonImportResult) =>
  `导入完成：新增 ${r.created} 人，更新 ${r.updated} 人，跳过 ${r.skipped} 行`;

/**
 * 导入人员信息: choose a file → dry run with progress → what would happen (errors, changes to registered
 * persons, one checkbox each; the column mapping, changeable and re-checked; the rows skipped as not data) →
 * 导入有效行 in one transaction → the numbers. Closing at any point before the last step writes nothing.
 */
export function PersonImportModal({ onClose, onImported }: { onClose: () => void; onImported?: () => void }) {
  const { message } = App.useApp();
  const job = useProgressJob();
  const download = useDownloadJob();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [selected, setSelected] = useState<number[]>([]);
  /** What the last check was sent with, and the clerk's edits since. */
  const [applied, setApplied] = useState<CheckOptions>(FIRST);
  const [edits, setEdits] = useState<MappingEdits>(NO_EDITS);
  const dirty = JSON.stringify(edits) !== JSON.stringify(applied.edits);

  async function runCheck(file: ChosenFile, options: CheckOptions) {
    const known =
      stage.kind === 'checked'
        ? viewOfCheck(stage.check).defaults
        : stage.kind === 'mapping'
          ? stage.view.defaults
          : {};
    const r = await job.run(
      'imports.persons.check',
      { ...file, ...checkInput(options) },
      {
        title: '检查导入文件',
        subject: `文件：${file.fileName}`,
        handled: (error) => {
          const view = viewOfRefusal(error, options, options.mappingName === applied.mappingName ? known : {});
          if (!view) return false;
          setApplied(options);
          setStage({ kind: 'mapping', file, view, reason: error.message });
          return true;
        },
      },
    );
    if (r) {
      setApplied(options);
      setSelected([]);
      setStage({ kind: 'checked', file, check: r });
    }
  }

  async function check(file: File) {
    if (!ACCEPTED.test(file.name)) {
      message.error('只能导入 Excel（.xlsx、.xls）或 CSV 文件。');
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      message.error('无法读取该文件，请确认文件没有被其他程序占用。');
      return;
    }
    setEdits(NO_EDITS);
    await runCheck({ fileName: file.name, contentBase64 }, FIRST);
  }

  async function commit(c: PersonImportCheck) {
    const r = await job.run(
      'imports.persons.commit',
      { token: c.token, updateMatched: selected.map(String), skipInvalidRows: c.errorRows > 0 },
      { title: '正在导入', subject: `文件：${c.fileName}` },
    );
    if (r) {
      setStage({ kind: 'done', check: c, result: r });
      onImported?.();
    }
  }

  const mappingPanel = (file: ChosenFile, view: FileView, tableHeight: number) => (
    <MappingPanel
      view={view}
      edits={edits}
      onEdit={setEdits}
      mappingName={applied.mappingName}
      dirty={dirty}
      busy={job.busy}
      tableHeight={tableHeight}
      onRecheck={() => void runCheck(file, { ...applied, edits })}
      onSheet={(sheet) => {
        // Column letters belong to a sheet: a new sheet keeps only the defaults.
        const next = { columns: {}, defaults: edits.defaults };
        setEdits(next);
        void runCheck(file, { ...applied, sheet, edits: next });
      }}
      onPickSaved={(mappingName) => {
        setEdits(NO_EDITS);
        void runCheck(file, { sheet: applied.sheet, mappingName, edits: NO_EDITS });
      }}
    />
  );

  const downloadTemplate = () =>
    void download.run('imports.persons.template', {}, { title: '下载导入模板', success: () => '已下载导入模板' });
  const downloadErrors = (c: PersonImportCheck) =>
    void download.run(
      'imports.persons.errorWorkbook',
      { token: c.token },
      { title: '下载错误清单', success: (f) => `已下载 ${f.fileName}` },
    );

  let body;
  let footer;
  if (stage.kind === 'choose') {
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          从 Excel（.xlsx、.xls）或 CSV
          文件导入人员信息。程序先逐行检查并列出问题，您确认后才会写入；已登记的人员只在您勾选后才会更新。
        </Typography.Paragraph>
        <Typography.Paragraph style={{ margin: 0 }}>
          必填列：{Object.values(PERSON_IMPORT_REQUIRED).join('、')}
          。表头上方可以有标题行；列名不同或缺少某列时，检查后可以调整列的对应关系或设默认值。
        </Typography.Paragraph>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={downloadTemplate} disabled={download.busy}>
          下载导入模板
        </Button>
        <Upload.Dragger
          accept=".xlsx,.xls,.csv"
          multiple={false}
          showUploadList={false}
          disabled={job.busy}
          beforeUpload={(file) => {
            void check(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">点击选择文件，或把文件拖到这里</p>
          <p className="ant-upload-hint">支持 .xlsx、.xls 和 .csv；文件有多个工作表时可以选择</p>
        </Upload.Dragger>
      </Space>
    );
    footer = <Button onClick={onClose}>取消</Button>;
  } else if (stage.kind === 'mapping') {
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert
          type="error"
          showIcon
          title={stage.reason}
          description="请在下面选择工作表、把缺少的字段对应到文件中的列或设默认值，然后重新检查。"
        />
        {mappingPanel(stage.file, stage.view, 290)}
      </Space>
    );
    footer = (
      <Space wrap style={{ justifyContent: 'flex-end' }}>
        <Button onClick={() => setStage({ kind: 'choose' })}>重新选择文件</Button>
        <Button onClick={onClose}>取消</Button>
      </Space>
    );
  } else if (stage.kind === 'checked') {
    const c = stage.check;
    const skipped = c.total - c.newCount - selected.length;
    const nothing = c.newCount === 0 && selected.length === 0;
    body = (
      <ImportCheckView
        check={c}
        selected={selected}
        onSelect={setSelected}
        onDownloadErrors={() => downloadErrors(c)}
        downloading={download.busy}
        mapping={mappingPanel(stage.file, viewOfCheck(c), 190)}
      />
    );
    footer = (
      <Space wrap style={{ justifyContent: 'flex-end' }}>
        <Typography.Text type={dirty ? 'warning' : 'secondary'}>
          {dirty
            ? '对应关系已修改，请先重新检查'
            : nothing
              ? '没有需要新增或更新的人员'
              : `将新增 ${c.newCount} 人，更新 ${selected.length} 人，跳过 ${skipped} 行`}
        </Typography.Text>
        <Button onClick={() => setStage({ kind: 'choose' })}>重新选择文件</Button>
        <Button onClick={onClose}>取消</Button>
        <Button type="primary" disabled={nothing || dirty || job.busy} onClick={() => void commit(c)}>
          导入有效行
        </Button>
      </Space>
    );
  } else {
    const c = stage.check;
    body = (
      <Result
        status="success"
        title={<span style={{ fontSize: 20 }}>{doneMessage(stage.result)}</span>}
        subTitle={
          c.errorRows > 0 ? `有错误的 ${c.errorRows} 行没有导入：可下载错误清单，改正后只导入这些行。` : undefined
        }
        extra={
          c.errorRows > 0 && (
            <Button icon={<DownloadOutlined aria-hidden />} onClick={() => downloadErrors(c)} disabled={download.busy}>
              下载错误清单
            </Button>
          )
        }
      />
    );
    footer = (
      <Button type="primary" onClick={onClose}>
        完成
      </Button>
    );
  }

  return (
    <Modal
      open
      title="导入人员信息"
      width={stage.kind === 'checked' || stage.kind === 'mapping' ? 1040 : 600}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={footer}
      destroyOnHidden
    >
      {body}
      {job.modal}
      {download.modal}
    </Modal>
  );
}
