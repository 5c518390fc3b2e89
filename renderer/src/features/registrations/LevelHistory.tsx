import { Tag } from 'antd';
import type { LevelChange } from '../../../../shared/contract/registrations';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { LEVEL_COLOURS } from './options';
import { ListTable } from '../../components/list-page';

const SOURCES: Record<LevelChange['source'], string> = {
  create: '登记时评定',
  override: '人工调整',
  contact: '联系时按规则调整',
};

const level = (l: string | null) => (l ? <Tag color={LEVEL_COLOURS[l]}>{`${l} ${serviceLevelLabel(l)}`}</Tag> : null);

/** 服务等级变更 (BR-09), newest first. */
export function LevelHistory({ changes }: { changes: LevelChange[] }) {
  return (
    <ListTable<LevelChange>
      label="服务等级变更"
      items={changes}
      columns={[
        { title: '日期', dataIndex: 'date', width: 100 },
        {
          title: '服务等级',
          key: 'change',
          width: 210,
          render: (_, c) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {c.fromLevel && <>{level(c.fromLevel)}→ </>}
              {level(c.toLevel)}
            </span>
          ),
        },
        { title: '建议等级', dataIndex: 'suggestedLevel', width: 110, render: (l: string | null) => level(l) },
        { title: '方式', dataIndex: 'source', width: 130, render: (s: LevelChange['source']) => SOURCES[s] },
        { title: '原因', dataIndex: 'reason', ellipsis: { showTitle: true } },
        { title: '操作人', dataIndex: 'by', width: 110 },
      ]}
    />
  );
}
