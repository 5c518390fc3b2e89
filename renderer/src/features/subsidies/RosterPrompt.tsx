import { Alert, Space } from 'antd';
import type { BatchDetail } from '../../../../shared/contract/subsidies';
import { useRead } from '../../api';
import { PromptModal, type PromptSpec } from './PromptModal';

/** What a roster rests on that the clerk should know before 审核 (audit3 gap 1): attendance never entered. */
export function RosterWarnings({ batch }: { batch: BatchDetail }) {
  const warnings: string[] = [];
  if (batch.unentered > 0) warnings.push(`有 ${batch.unentered} 人的考勤尚未录入，将按全勤计发。`);
  if (!warnings.length) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} />
      ))}
    </Space>
  );
}

/**
 * A PromptModal over one roster read afresh: `make` builds the confirmation from the roster (undefined while it is
 * read), so the warnings it shows are the ones the write then confirms.
 */
export function RosterPrompt({
  id,
  make,
  onClose,
}: {
  id: string;
  make: (batch: BatchDetail | undefined) => PromptSpec;
  onClose: () => void;
}) {
  const { data } = useRead('subsidies.get', { id });
  return <PromptModal spec={make(data ?? undefined)} onClose={onClose} />;
}
