import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { AppErrorBody } from '../../../../../shared/contract';
import { reportLayout, type ReportLayoutView } from '../../../../../shared/contract/report-layouts';
import { useWrite } from '../../../api';
import { TextField } from '../../../components/fields';
import { formatDateTime } from '../../../components/format';
import { renameKeys } from '../../../components/input-resolver';
import { PageForm } from '../../../components/PageForm';
import { useCtrlS } from '../../../components/useCtrlS';
import { useContractForm } from '../../../components/useInputForm';
import { HeaderTreeTable } from './HeaderTreeTable';
import { LayoutPreview } from './LayoutPreview';
import { SIGNATURE_LINES, siblingMoves, toLayoutValues, toSaveInput, type LayoutValues } from './layout-values';

const FORM_ID = 'report-layout-form';
/** The fields a refusal may name; `columns` (the header tree as a whole) is said at the top. */
const FIELDS = ['title', 'signatures.0', 'signatures.1', 'signatures.2'] as const;
const PLACEHOLDERS = '{县市名} 县(市、区)名称，{年}、{月} 报表所属的年和月，{报表名} 报表名称，{单位} 填报单位名称';

/** The core names the signature lines as one field: its message goes under the first line. */
const signaturesOnFirstLine = (e: AppErrorBody): AppErrorBody => ({
  ...e,
  fields: renameKeys(e.fields, { signatures: 'signatures.0' }),
});

interface Props {
  view: ReportLayoutView;
  /** The administrator may change the layout; others see it read-only. */
  canEdit: boolean;
  /** The settings tab is the one shown (Ctrl+S saves). */
  active: boolean;
  /** Whether the form holds unsaved changes (the tab asks before switching report). */
  onDirty: (dirty: boolean) => void;
}

/** 报表格式 of one report: 标题, 签字栏 and the header tree; 保存 sends the whole layout, 恢复默认 removes it. */
export function ReportLayoutForm({ view, canEdit, active, onDirty }: Props) {
  const { message, modal } = App.useApp();
  const save = useWrite('reportLayouts.save');
  const resetLayout = useWrite('reportLayouts.reset');
  const form = useContractForm<LayoutValues>(FORM_ID, FIELDS, {
    schema: reportLayout,
    toInput: (v) => toSaveInput(view, v).layout,
    key: view,
    defaultValues: toLayoutValues(view),
  });
  const { control, handleSubmit, bind, formState, reset, setValue, run, saving, formError } = form;
  const { fields, move } = useFieldArray({ control, name: 'columns', keyName: 'key' });
  const defaults = useMemo(() => new Map(view.defaults.columns.map((n) => [n.id, n])), [view]);
  const parentOf = useMemo(() => new Map(view.defaults.columns.map((n) => [n.id, n.parent])), [view]);
  const dirty = formState.isDirty;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const submit = handleSubmit(async (v) => {
    const r = await run(() => save.write(toSaveInput(view, v)), signaturesOnFirstLine);
    if (!r.ok) return;
    reset(toLayoutValues(r.data));
    message.success(`已保存：${view.name}的报表格式`);
  });

  useCtrlS(() => {
    if (canEdit && !saving) void submit();
  }, active);

  const confirmReset = () =>
    modal.confirm({
      title: `恢复“${view.name}”的默认格式？`,
      content: '标题、表头、导出的列、顺序和签字栏都恢复为默认；此修改记入操作记录。',
      okText: '恢复默认',
      cancelText: '取消',
      onOk: async () => {
        const r = await run(() => resetLayout.write({ report: view.report, expectedUpdatedAt: view.updatedAt }));
        if (!r.ok) return;
        reset(toLayoutValues(r.data));
        message.success(`已恢复默认格式：${view.name}`);
      },
    });

  const onMove = (index: number, direction: -1 | 1) => {
    for (const [from, to] of siblingMoves(fields, parentOf, index, direction)) move(from, to);
  };

  const readOnly = !canEdit;
  return (
    <PageForm id={FORM_ID} formError={formError} onSubmit={() => void submit()} dirty={dirty}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Typography.Text strong>{`${view.report} ${view.name}`}</Typography.Text>
        {view.customised ? <Tag color="blue">已自定义</Tag> : <Tag>默认格式</Tag>}
        {view.updatedAt && (
          <Typography.Text type="secondary">
            {`${view.updatedBy ?? ''} 于 ${formatDateTime(view.updatedAt)} 修改`}
          </Typography.Text>
        )}
      </Space>
      {readOnly && <Alert type="info" showIcon title="只有管理员可以修改报表格式" style={{ marginBottom: 12 }} />}
      <TextField
        {...bind('title')}
        label="标题"
        placeholder={view.defaults.title}
        maxLength={80}
        disabled={readOnly}
        extra={
          <>
            留空即用默认标题。可用占位符：{PLACEHOLDERS}。
            {canEdit && (
              <Button
                type="link"
                size="small"
                onClick={() => setValue('title', '', { shouldDirty: true })}
                style={{ padding: 0, marginLeft: 8 }}
              >
                恢复默认标题
              </Button>
            )}
          </>
        }
      />
      {Array.from({ length: SIGNATURE_LINES }, (_, i) => (
        <TextField
          key={i}
          {...bind(`signatures.${i}`)}
          label={`签字栏第${i + 1}行`}
          maxLength={120}
          disabled={readOnly}
          extra={
            i === SIGNATURE_LINES - 1
              ? `默认：${view.defaults.signatures.join('；') || '无'}。末尾留空的行不印，各行都留空则不印签字栏。`
              : undefined
          }
        />
      ))}
      <HeaderTreeTable
        control={control}
        columns={fields}
        defaults={defaults}
        parentOf={parentOf}
        readOnly={readOnly}
        onMove={onMove}
      />
      <LayoutPreview control={control} view={view} />
      {canEdit && (
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
          {view.customised && <Button onClick={confirmReset}>恢复默认</Button>}
          <Typography.Text type="secondary">Ctrl+S 也可保存</Typography.Text>
        </Space>
      )}
    </PageForm>
  );
}
