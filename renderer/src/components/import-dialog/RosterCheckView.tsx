import { List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PlannedCreation, RosterImportCheck } from '../../../../shared/contract/roster-imports';
import { skippedNotes } from './check-notes';
import { CheckTabs, ErrorsSection, WarningsSection, columnNotes } from './ImportCheckView';

/** What one imported row is, per kind (the result line: 导入完成：考勤 12 条). */
export const RECORD: Record<RosterImportCheck['kind'], string> = {
  registrations: '失业登记',
  placements: '安置',
  trainees: '培训报名',
  attendance: '考勤',
  results: '考核结果',
};

/** 共 N 行：可导入 A 行，有错误 B 行 (A + B = N). */
export const rosterSummary = (r: RosterImportCheck) =>
  `共 ${r.total} 行：可导入 ${r.acceptedCount} 行，有错误 ${r.errorRows} 行`;

function Creations({ title, items }: { title: string; items: PlannedCreation[] }) {
  if (!items.length) return null;
  return (
    <section aria-label={title}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 4 }}>
        {title}：{items.length} 个
      </Typography.Text>
      <div style={{ maxHeight: 150, overflowY: 'auto' }}>
        <List
          size="small"
          bordered
          dataSource={items}
          renderItem={(c) => (
            <List.Item>
              <Typography.Text type="secondary" style={{ width: 64 }}>
                第 {c.row} 行
              </Typography.Text>
              <span style={{ flex: 1 }}>{c.name}</span>
              <Typography.Text type="secondary">{c.detail}</Typography.Text>
            </List.Item>
          )}
        />
      </div>
    </section>
  );
}

interface Props {
  check: RosterImportCheck;
  onDownloadErrors: () => void;
  downloading: boolean;
  /** The 列的对应关系 panel. */
  mapping: ReactNode;
}

/**
 * The dry run of a 失业登记 or 公益性岗位安置 roster: the numbers; every bad cell, including the rows the module's
 * rules refuse with the rule's message; what will be created on the way (persons, employers, posts); the column
 * mapping; the rows skipped as not data.
 */
export function RosterCheckView({ check, onDownloadErrors, downloading, mapping }: Props) {
  const skipped = check.skippedRows ?? [];
  const created = check.newPersons.length + check.newEmployers.length + check.newPosts.length;
  const notes = [...columnNotes(check), ...skippedNotes(skipped, '数据')];

  const result = (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {check.errorRows === 0 && (
        <Typography.Text type="secondary">没有错误：{check.acceptedCount} 行都可以导入。</Typography.Text>
      )}
      <ErrorsSection
        check={check}
        onDownloadErrors={onDownloadErrors}
        downloading={downloading}
        note={`包括不符合${RECORD[check.kind]}规则的行；`}
      />
      <WarningsSection check={check} hint="请核对按哪个名称导入" />
    </Space>
  );

  return (
    <CheckTabs
      check={check}
      summary={rosterSummary(check)}
      notes={notes}
      result={result}
      mapping={mapping}
      skipped={skipped}
      more={
        created
          ? [
              {
                key: 'created',
                label: `将新建（${created}）`,
                children: (
                  <Space orientation="vertical" size={10} style={{ width: '100%' }}>
                    <Creations title="将新建的人员" items={check.newPersons} />
                    <Creations title="将新建的用人单位" items={check.newEmployers} />
                    <Creations title="将新建的岗位" items={check.newPosts} />
                  </Space>
                ),
              },
            ]
          : undefined
      }
    />
  );
}
