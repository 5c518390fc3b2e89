import { Alert, Space } from 'antd';
import { Link } from 'react-router';
import type { BatchDetail } from '../../../../shared/contract/subsidies';
import { useRead } from '../../api';
import { PromptModal, type PromptSpec } from './PromptModal';

/** A payee without an account: the person, or the 见习单位 paid an early-hire remainder. */
const payee = (m: BatchDetail['missingAccounts'][number]) =>
  m.hostName ? `${m.hostName}（${m.personName}提前留用补贴）` : m.personName;

/**
 * What a roster rests on that the clerk should know before 审核/上报/拨付 (audit3 gaps 1, 4): attendance never
 * entered, and payees without 社会保障卡号(银行账号), named (`links`: each a link to the person, where there is room).
 */
export function RosterWarnings({ batch, links = false }: { batch: BatchDetail; links?: boolean }) {
  const missing = batch.missingAccounts;
  if (!batch.unentered && !missing.length) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
      {batch.unentered > 0 && (
        <Alert type="warning" showIcon title={`有 ${batch.unentered} 人的考勤尚未录入，将按全勤计发。`} />
      )}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`${missing.length} 人缺少社会保障卡号(银行账号)`}
          description={
            <Space size={[8, 0]} wrap>
              {missing.map((m) =>
                links ? (
                  <Link key={`${m.personId}-${m.hostName ?? ''}`} to={`/persons/${m.personId}`}>
                    {payee(m)}
                  </Link>
                ) : (
                  <span key={`${m.personId}-${m.hostName ?? ''}`}>{payee(m)}</span>
                ),
              )}
            </Space>
          }
        />
      )}
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
  const { data, loading } = useRead('subsidies.get', { id });
  // Opened once read (or refused): the confirmation then shows every warning the write confirms.
  if (loading && !data) return null;
  return <PromptModal spec={make(data ?? undefined)} onClose={onClose} />;
}
