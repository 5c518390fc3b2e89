import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Tabs, Typography, type TabsProps } from 'antd';
import type { ReactNode } from 'react';
import type { PersonImportCheck, SkippedImportRow } from '../../../../shared/contract/imports';
import { skippedNotes } from './check-notes';
import { MatchedTable, RowErrorsTable, mappingAndSkippedTabs } from './ImportTables';

/** 共 N 行：可导入 A 行，有错误 B 行，已存在 C 人 (A + B + C = N). */
export function checkSummary(r: PersonImportCheck): string {
  return `共 ${r.total} 行：可导入 ${r.newCount} 行，有错误 ${r.errorRows} 行，已存在 ${r.matched.length + r.unchangedCount} 人`;
}

/** 有错误的行: the count, 下载错误清单, and every bad cell (any roster kind); `note` says what else counts as an error. */
export function ErrorsSection({
  check,
  onDownloadErrors,
  downloading,
  note = '',
}: {
  check: Pick<PersonImportCheck, 'errorRows' | 'errorCount' | 'errors'>;
  onDownloadErrors: () => void;
  downloading: boolean;
  note?: string;
}) {
  if (check.errorRows === 0) return null;
  return (
    <section aria-label="有错误的行">
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text strong>
          有错误的行：{check.errorRows} 行，共 {check.errorCount} 处（导入时跳过这些行）
        </Typography.Text>
        <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={onDownloadErrors} disabled={downloading}>
          下载错误清单
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
        {check.errorCount > check.errors.length ? `仅显示前 ${check.errors.length} 处，完整清单请下载。` : ''}
        {note}错误清单是原文件的行加上“错误说明”列，改正后可以直接再导入。
      </Typography.Paragraph>
      <RowErrorsTable errors={check.errors} />
    </section>
  );
}

/**
 * 需要核对的行: rows imported as they are whose values look wrong (e.g. 失业 under 16) or were read as another name
 * (乌帕尔 → 乌帕尔镇); the clerk may correct them after (`hint` says where).
 */
export function WarningsSection({
  check,
  hint = '导入后请在人员信息中核对',
}: {
  check: Pick<PersonImportCheck, 'warnings' | 'warningCount' | 'warningRows'>;
  hint?: string;
}) {
  const warnings = check.warnings ?? [];
  if (!warnings.length) return null;
  const count = check.warningCount ?? warnings.length;
  // A row may carry several notes (乡镇 and 村 both read as another name): the rows counted, the notes beside them.
  const rows = check.warningRows ?? new Set(warnings.map((w) => w.row)).size;
  const notes = count > rows ? `，共 ${count} 条提示` : '';
  const cut = count > warnings.length ? `，仅显示前 ${warnings.length} 条提示` : '';
  return (
    <section aria-label="需要核对的行">
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {`需要核对的行：${rows} 行${notes}（可以导入，${hint}）${cut}`}
      </Typography.Text>
      <RowErrorsTable errors={warnings} label="提醒列表" />
    </section>
  );
}

interface Props {
  check: PersonImportCheck;
  selected: number[];
  onSelect: (rows: number[]) => void;
  onDownloadErrors: () => void;
  downloading: boolean;
  /** The 列的对应关系 panel. */
  mapping: ReactNode;
}

type CheckFrame = Pick<
  PersonImportCheck,
  'errorRows' | 'ignoredColumns' | 'fields' | 'sheetName' | 'sheets' | 'readings'
>;

/** The commonest readings named in the summary: two lines at 1366, so the mapping tables below keep their room. */
const READINGS_SHOWN = 4;

/** What both check views say about the columns: those ignored, the defaults used, the values read in another form. */
export function columnNotes(check: CheckFrame): (string | false)[] {
  const defaultsUsed = (check.fields ?? []).filter((f) => f.defaultValue !== null);
  const readings = check.readings ?? [];
  return [
    check.ignoredColumns.length > 0 &&
      `未识别的列将被忽略：${check.ignoredColumns.map((c) => `${c.column}列“${c.header}”`).join('、')}`,
    defaultsUsed.length > 0 &&
      `按默认值导入（文件中没有或空白时）：${defaultsUsed.map((f) => `${f.label}为“${f.defaultValue}”`).join('，')}`,
    readings.length > 0 &&
      `以下写法将按“→”后的内容导入：${readings
        .slice(0, READINGS_SHOWN)
        .map((r) => `${r.column}列${r.field}“${r.written}”→“${r.readAs}”（${r.rows}行）`)
        .join('、')}${readings.length > READINGS_SHOWN ? `等${readings.length}种写法，见“写法对照”` : ''}`,
  ];
}

/** The check's summary at the top: the sheet read (when the file has several), the counts, the notes under it. */
function CheckAlert({ check, summary, notes }: { check: CheckFrame; summary: string; notes: string[] }) {
  const sheet = check.sheetName && check.sheets && check.sheets.length > 1 ? `工作表“${check.sheetName}”：` : '';
  return (
    <Alert
      type={check.errorRows ? 'warning' : 'success'}
      showIcon
      title={`${sheet}${summary}`}
      description={notes.length ? notes.map((n) => <div key={n}>{n}</div>) : undefined}
    />
  );
}

/**
 * A dry run as every check view shows it: the summary with its notes (those that are false left out), then the tabs
 * — 检查结果, the view's own tabs (`more`), the column mapping and the rows skipped as not data.
 */
export function CheckTabs({
  check,
  summary,
  notes,
  result,
  more = [],
  mapping,
  skipped,
}: {
  check: CheckFrame;
  summary: string;
  notes: (string | false)[];
  result: ReactNode;
  more?: NonNullable<TabsProps['items']>;
  mapping: ReactNode;
  skipped: SkippedImportRow[];
}) {
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <CheckAlert check={check} summary={summary} notes={notes.filter((n): n is string => !!n)} />
      <Tabs
        size="small"
        items={[
          { key: 'result', label: '检查结果', children: result },
          ...more,
          ...mappingAndSkippedTabs(mapping, skipped, check.readings),
        ]}
      />
    </Space>
  );
}

/**
 * The dry-run result: the numbers, then three tabs — every bad cell and the registered persons the file would
 * change; the column mapping (changeable, re-checked); the rows skipped as not data, with the reason.
 */
export function ImportCheckView({ check, selected, onSelect, onDownloadErrors, downloading, mapping }: Props) {
  const known = check.matched.length + check.unchangedCount;
  const skipped = check.skippedRows ?? [];
  const notes = [
    known > 0 &&
      `已登记的 ${known} 人中，${check.matched.length} 人的信息与文件不同：勾选的人员才会更新；其余 ${check.unchangedCount} 人信息相同，将跳过。`,
    ...columnNotes(check),
    ...skippedNotes(skipped, '人员数据'),
  ];

  const result = (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {check.errorRows === 0 && check.matched.length === 0 && (
        <Typography.Text type="secondary">没有错误，也没有需要确认的已登记人员。</Typography.Text>
      )}
      <ErrorsSection check={check} onDownloadErrors={onDownloadErrors} downloading={downloading} />
      <WarningsSection check={check} />
      {check.matched.length > 0 && (
        <section aria-label="已登记人员的变化">
          <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
            已登记人员的变化：{check.matched.length} 人（默认不更新，勾选后才会更新）
          </Typography.Text>
          <MatchedTable matched={check.matched} selected={selected} onChange={onSelect} />
        </section>
      )}
    </Space>
  );

  return (
    <CheckTabs
      check={check}
      summary={checkSummary(check)}
      notes={notes}
      result={result}
      mapping={mapping}
      skipped={skipped}
    />
  );
}
