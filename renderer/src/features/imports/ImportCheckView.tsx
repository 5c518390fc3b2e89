import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import type { PersonImportCheck } from '../../../../shared/contract/imports';
import { MatchedTable, RowErrorsTable } from './ImportTables';

/** 共 N 行：可导入 A 行，有错误 B 行，已存在 C 人 (A + B + C = N). */
export function checkSummary(r: PersonImportCheck): string {
  return `共 ${r.total} 行：可导入 ${r.newCount} 行，有错误 ${r.errorRows} 行，已存在 ${r.matched.length + r.unchangedCount} 人`;
}

interface Props {
  check: PersonImportCheck;
  selected: number[];
  onSelect: (rows: number[]) => void;
  onDownloadErrors: () => void;
  downloading: boolean;
}

/** The dry-run result: the numbers, every bad cell, and the registered persons the file would change. */
export function ImportCheckView({ check, selected, onSelect, onDownloadErrors, downloading }: Props) {
  const known = check.matched.length + check.unchangedCount;
  const notes = [
    known > 0 && `已登记的 ${known} 人中，${check.matched.length} 人的信息与文件不同：勾选的人员才会更新；其余 ${check.unchangedCount} 人信息相同，将跳过。`,
    check.ignoredColumns.length > 0 && `未识别的列将被忽略：${check.ignoredColumns.map((c) => `${c.column}列“${c.header}”`).join('、')}`,
  ].filter((n): n is string => !!n);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert
        type={check.errorRows ? 'warning' : 'success'}
        showIcon
        title={checkSummary(check)}
        description={notes.length ? notes.map((n) => <div key={n}>{n}</div>) : undefined}
      />
      {check.errorRows > 0 && (
        <section aria-label="有错误的行">
          <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
            <Typography.Text strong>
              有错误的行：{check.errorRows} 行，共 {check.errorCount} 处（导入时跳过这些行）
            </Typography.Text>
            <Button size="small" icon={<DownloadOutlined aria-hidden />} onClick={onDownloadErrors} disabled={downloading}>
              下载错误清单
            </Button>
          </Flex>
          {check.errorCount > check.errors.length && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
              仅显示前 {check.errors.length} 处，完整清单请下载。
            </Typography.Paragraph>
          )}
          <RowErrorsTable errors={check.errors} />
        </section>
      )}
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
}
