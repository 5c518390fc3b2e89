import { Alert, App, Button, Flex, Input, InputNumber, Typography } from 'antd';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { resultsSaveInput, type ClassDetail, type Trainee } from '../../../../shared/contract/training';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import {
  CERTIFICATES,
  TRAINING_RESULTS,
  type CertificateCode,
  type TRAINING_RESULT_CODES,
} from '../../../../shared/enums/training-codes';
import { useWrite } from '../../api';
import { DateInput } from '../../components/DateInput';
import { EntrySelect } from '../../components/EntrySelect';
import { useCtrlS } from '../../components/useCtrlS';
import { ListTable } from '../../components/list-page';
import { codeOptions } from '../../components/code-options';

type ResultCode = (typeof TRAINING_RESULT_CODES)[number];

interface ResultRowValues {
  attendedHours: number | null;
  result: ResultCode | null;
  certType: CertificateCode | null;
  certNo: string;
  certDate: string;
}

const RESULT_OPTIONS = codeOptions(TRAINING_RESULTS);
const CERT_OPTIONS = codeOptions(CERTIFICATES);
/** The editable columns; Enter walks down the text ones (the selects keep Enter for picking). */
type Column = 'attendedHours' | 'result' | 'certType' | 'certNo' | 'certDate';
const cellId = (row: number, col: Column) => `results-${row}-${col}`;

const rowOf = (t: Trainee): ResultRowValues => ({
  attendedHours: t.attendedHours,
  result: t.result,
  certType: t.certType,
  certNo: t.certNo ?? '',
  certDate: t.certDate ?? '',
});

/** What training.results.save receives: every trainee a reviewed roster does not lock, in the class's order. */
function toResultsInput(classId: string, trainees: readonly Trainee[], rows: Record<string, ResultRowValues>) {
  return {
    classId,
    rows: trainees
      .filter((t) => !t.locked)
      .map((t) => {
        const r = rows[t.id];
        return {
          enrolmentId: t.id,
          attendedHours: r.attendedHours,
          result: r.result,
          certType: r.certType,
          certNo: r.certNo.trim() || null,
          certDate: normaliseTypedDate(r.certDate) || null,
        };
      }),
  };
}

/** `rows.2.certNo` (the contract's path) → the cell's key `enrolmentId.certNo`. */
function cellErrors(paths: Record<string, string>, sent: { enrolmentId: string }[]) {
  const out: Record<string, string> = {};
  const rest: string[] = [];
  for (const [path, msg] of Object.entries(paths)) {
    const m = /^rows\.(\d+)\.(\w+)$/.exec(path);
    const row = m ? sent[Number(m[1])] : undefined;
    if (row && m) out[`${row.enrolmentId}.${m[2] === 'enrolmentId' ? 'attendedHours' : m[2]}`] ??= msg;
    else rest.push(msg);
  }
  return { out, rest };
}

/**
 * 录入考核结果 (DOMAIN §11.1 at 结业): one row per trainee — attended hours, result, certificate type, number, date —
 * filled from the keyboard (Tab along a row, Enter down a column, Ctrl+S saves). The contract checks each cell
 * before anything is sent; the core's refusals (hours above the class hours, a certificate number already given)
 * show under their cell. Trainees on a reviewed roster are locked.
 */
export function ResultsGrid({ detail, onDone }: { detail: ClassDetail; onDone: () => void }) {
  const save = useWrite('training.results.save');
  const { message } = App.useApp();
  const [rows, setRows] = useState<Record<string, ResultRowValues>>(() =>
    Object.fromEntries(detail.trainees.map((t) => [t.id, rowOf(t)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [top, setTop] = useState<string | null>(null);

  const set = (id: string, patch: Partial<ResultRowValues>) => {
    setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[`${id}.${k}`];
      return next;
    });
  };

  const submit = async () => {
    if (save.pending) return;
    const input = toResultsInput(detail.id, detail.trainees, rows);
    const parsed = resultsSaveInput.safeParse(input);
    if (!parsed.success) {
      const paths: Record<string, string> = {};
      for (const i of parsed.error.issues) paths[i.path.join('.')] ??= i.message;
      const { out, rest } = cellErrors(paths, input.rows);
      setErrors(out);
      setTop(rest[0] ?? '请按提示改正标红的格子');
      return;
    }
    setTop(null);
    const r = await save.write(input);
    if (!r.ok) {
      const { out, rest } = cellErrors(r.error.fields ?? {}, input.rows);
      setErrors(out);
      setTop(rest[0] ?? r.error.message);
      return;
    }
    setErrors({});
    message.success(`已保存 ${input.rows.length} 名学员的考核结果`);
    onDone();
  };
  useCtrlS(() => void submit());

  /** Enter in a text cell goes to the same column of the next row (the last row: saves). */
  const down = (index: number, col: Column) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const next = document.getElementById(cellId(index + 1, col));
    if (next) next.focus();
    else void submit();
  };

  const cell = (t: Trainee, col: Column, control: ReactNode) => {
    const msg = errors[`${t.id}.${col}`];
    return (
      <>
        {control}
        {msg && (
          <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
            {msg}
          </Typography.Text>
        )}
      </>
    );
  };
  const invalid = (t: Trainee, col: Column) => (errors[`${t.id}.${col}`] ? true : undefined);
  const status = (t: Trainee, col: Column) => (errors[`${t.id}.${col}`] ? ('error' as const) : undefined);
  /** What every cell's control carries: its id (Enter moves by it), its name read out, its error mark, the lock. */
  const cellProps = (t: Trainee, i: number, col: Column, label: string) => ({
    id: cellId(i, col),
    'aria-label': `${t.personName} ${label}`,
    'aria-invalid': invalid(t, col),
    disabled: t.locked,
  });
  /** A column of cells to fill in: each row's control, with its message under it. */
  const editColumn = (key: Column, title: string, width: number, control: (t: Trainee, i: number) => ReactNode) => ({
    title,
    key,
    width,
    render: (_: unknown, t: Trainee, i: number) => cell(t, key, control(t, i)),
  });
  /** A code column (考核结果, 证书类型): a select cell, cleared to null. */
  const selectColumn = <K extends 'result' | 'certType'>(
    key: K,
    title: string,
    width: number,
    options: { value: NonNullable<ResultRowValues[K]>; label: string }[],
  ) =>
    editColumn(key, title, width, (t, i) => (
      <EntrySelect
        {...cellProps(t, i, key, title)}
        status={status(t, key)}
        allowClear
        value={rows[t.id][key] ?? undefined}
        options={options}
        onChange={(v: string | undefined) => set(t.id, { [key]: (v as ResultRowValues[K] | undefined) ?? null })}
        style={{ width: '100%' }}
      />
    ));

  return (
    <>
      {top && <Alert type="error" showIcon title={top} role="alert" style={{ margin: '8px 0' }} />}
      <ListTable<Trainee>
        label="考核结果"
        style={{ marginTop: 8 }}
        items={detail.trainees}
        columns={[
          { title: '姓名', dataIndex: 'personName', width: 130 },
          { title: '人员类别', dataIndex: 'categoryLabel', width: 120, ellipsis: true },
          editColumn('attendedHours', `出勤学时（共 ${detail.hours}）`, 130, (t, i) => (
            <InputNumber
              {...cellProps(t, i, 'attendedHours', '出勤学时')}
              status={status(t, 'attendedHours')}
              precision={0}
              min={0}
              value={rows[t.id].attendedHours}
              onChange={(v) => set(t.id, { attendedHours: typeof v === 'number' ? v : null })}
              onKeyDown={down(i, 'attendedHours')}
              style={{ width: '100%' }}
            />
          )),
          selectColumn('result', '考核结果', 110, RESULT_OPTIONS),
          selectColumn('certType', '证书类型', 230, CERT_OPTIONS),
          editColumn('certNo', '证书编号', 150, (t, i) => (
            <Input
              {...cellProps(t, i, 'certNo', '证书编号')}
              status={status(t, 'certNo')}
              maxLength={40}
              autoComplete="off"
              value={rows[t.id].certNo}
              onChange={(e) => set(t.id, { certNo: e.target.value })}
              onKeyDown={down(i, 'certNo')}
            />
          )),
          editColumn('certDate', '发证日期', 130, (t, i) => (
            <span onKeyDown={down(i, 'certDate')}>
              <DateInput
                {...cellProps(t, i, 'certDate', '发证日期')}
                value={rows[t.id].certDate}
                onChange={(v) => set(t.id, { certDate: v })}
              />
            </span>
          )),
          {
            title: '',
            key: 'lock',
            width: 70,
            render: (_, t) => (t.locked ? <Typography.Text type="secondary">已锁定</Typography.Text> : null),
          },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">Tab 到下一格，Enter 到下一行同一列；Ctrl+S 保存</Typography.Text>
        <Flex gap={8}>
          <Button onClick={onDone} disabled={save.pending}>
            取消
          </Button>
          <Button type="primary" loading={save.pending} onClick={() => void submit()}>
            保存考核结果
          </Button>
        </Flex>
      </Flex>
    </>
  );
}
