import { Button, Typography } from 'antd';
import { useState } from 'react';
import type { RosterImportCheck, RosterImportResult } from '../../../../shared/contract/roster-imports';
import { useInvalidate } from '../../api';
import { ROSTER_CHANNELS } from '../../components/import-dialog/import-kinds';
import {
  CheckedFooter,
  ImportDialogFrame,
  ImportChooseStep,
  importDoneStep,
} from '../../components/import-dialog/ImportSteps';
import { useImportJobs } from '../../components/import-dialog/useImportJobs';
import { RosterCheckView } from '../../components/import-dialog/RosterCheckView';
import { formatMonth } from '../../components/format';
import { useRosterExport } from './useRosterExport';
import { ListTable } from '../../components/list-page';

type Stage =
  | { kind: 'choose' }
  | { kind: 'checked'; check: RosterImportCheck }
  | { kind: 'done'; check: RosterImportCheck; result: RosterImportResult };

const CHANNELS = ROSTER_CHANNELS.attendance;

/** The columns of the file and what each was read as (the 考勤表 has its own fixed columns: nothing to map). */
function ColumnsRead({ check }: { check: RosterImportCheck }) {
  return (
    <ListTable
      label="列的对应关系"
      rowKey="column"
      scroll={{ y: 190 }}
      items={check.columns}
      columns={[
        { title: '列', dataIndex: 'column', width: 60 },
        { title: '文件中的表头', dataIndex: 'header' },
        { title: '导入为', dataIndex: 'fieldLabel', render: (v: string | null) => v ?? '不导入' },
      ]}
    />
  );
}

/**
 * 导入考勤表 (issue 12): the employer's filled-in RPT-05 for this month comes back. 1 导出考勤表 (the sheet to hand
 * out) and choose the filled file → the dry run lists every bad cell by row and column (nothing written) → 导入
 * writes every row in one go, or nothing. Closing before the last step writes nothing.
 */
export function AttendanceImportModal({
  month,
  employerId,
  employerName,
  onClose,
}: {
  month: string;
  employerId: string;
  employerName: string;
  onClose: () => void;
}) {
  const jobs = useImportJobs();
  const { job } = jobs;
  const roster = useRosterExport();
  const invalidate = useInvalidate();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });

  async function check(file: File) {
    const chosen = await jobs.readFile(file);
    if (!chosen) return;
    const r = await job.run(
      CHANNELS.check,
      { ...chosen, month, employerId },
      { title: '检查考勤表', subject: `文件：${chosen.fileName}` },
    );
    if (r) setStage({ kind: 'checked', check: r });
  }

  async function commit(c: RosterImportCheck) {
    const r = await jobs.commitRoster(CHANNELS.commit, c, '正在导入考勤');
    if (r) {
      setStage({ kind: 'done', check: c, result: r });
      await invalidate(['attendance', 'subsidies']);
    }
  }

  const errorList = (c: RosterImportCheck) => jobs.errorList(CHANNELS.errorWorkbook, c.token);

  let body;
  let footer;
  if (stage.kind === 'choose') {
    body = (
      <ImportChooseStep
        download={{
          label: '导出考勤表',
          run: () => void roster.exportReport('RPT-05', month, employerId),
          disabled: roster.busy,
        }}
        busy={job.busy}
        onFile={(file) => void check(file)}
        text="点击选择填好的考勤表，或把文件拖到这里"
        hint="请使用本单位本月导出的考勤表，不要调换或增删人员"
      >
        <Typography.Paragraph style={{ margin: 0 }}>
          先导出本单位{formatMonth(month)}
          的考勤表交用人单位填写（每日考勤、实际出勤天数、扣减金额和原因、单位缴纳的社会保险），
          再把填好的表选在这里。程序先逐行检查并列出问题，您确认后才会写入；写入时如有一行不能写入，整张表都不写入。
        </Typography.Paragraph>
      </ImportChooseStep>
    );
    footer = <Button onClick={onClose}>取消</Button>;
  } else if (stage.kind === 'checked') {
    const c = stage.check;
    body = <RosterCheckView check={c} {...errorList(c)} mapping={<ColumnsRead check={c} />} />;
    footer = (
      <CheckedFooter
        note={
          c.acceptedCount === 0
            ? '没有可以导入的行'
            : `将导入 ${c.acceptedCount} 人的考勤，跳过 ${c.total - c.acceptedCount} 行`
        }
        onRechoose={() => setStage({ kind: 'choose' })}
        onClose={onClose}
        commitLabel="导入考勤"
        onCommit={{ run: () => void commit(c), disabled: c.acceptedCount === 0 || job.busy }}
      />
    );
  } else {
    const { check: c, result } = stage;
    ({ body, footer } = importDoneStep({
      title: `导入完成：${result.created} 人的考勤，跳过 ${result.skipped} 行`,
      batchId: result.batchId,
      errorRows: c.errorRows,
      ...errorList(c),
      onClose,
    }));
  }

  return (
    <ImportDialogFrame
      title={`导入考勤表：${employerName} ${formatMonth(month)}`}
      wide={stage.kind === 'checked'}
      onClose={onClose}
      footer={footer}
    >
      {body}
      {jobs.modals}
      {roster.modal}
    </ImportDialogFrame>
  );
}
