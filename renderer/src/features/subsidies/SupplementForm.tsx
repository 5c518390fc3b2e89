import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { BatchDetail } from '../../../../shared/contract/subsidies';
import { formatFen, parseYuan } from '../../../../shared/domain/money';
import { useRead, useWrite } from '../../api';
import { EntrySelect } from '../../components/EntrySelect';
import { ReadError } from '../../components/list-page';

/** What of a 岗位补贴 line is corrected: the 岗位补贴, or the 社保补贴 claimed with it (RPT-07 counts them apart). */
const PARTS = [
  { value: 'post', label: '岗位补贴' },
  { value: 'si', label: '社保补贴' },
] as const;

/**
 * Adds one 补发 (+) or 扣回 (−) line to a draft supplementary roster against a person of an earlier reviewed roster;
 * on a 岗位补贴 roster, of the 岗位补贴 or of the 社保补贴 claimed together with it (the core refuses the latter where
 * the month claimed it separately).
 */
export function SupplementForm({ batch }: { batch: BatchDetail }) {
  const { data: list } = useRead('subsidies.list', { kind: batch.kind });
  const originals = (list?.items ?? []).filter(
    (x) => !x.supplementary && x.status !== 'draft' && x.month < batch.month,
  );
  const [origin, setOrigin] = useState<string | null>(null);
  const { data: source } = useRead('subsidies.get', origin ? { id: origin } : null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [part, setPart] = useState<'post' | 'si'>('post');
  const [error, setError] = useState<string | null>(null);
  const adjust = useWrite('subsidies.adjust', { invalidates: ['attendance'] });
  const add = async () => {
    setError(null);
    if (!itemId) return setError('请选择要更正的人员');
    const parsed = parseYuan(amount);
    if (!parsed.ok) return setError(`补发/扣回金额：${parsed.message}`);
    const r = await adjust.write({ batchId: batch.id, originalItemId: itemId, amountFen: parsed.fen, reason, part });
    if (!r.ok) return setError(r.error.message);
    setItemId(null);
    setAmount('');
    setReason('');
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <ReadError error={error} />
      <Space wrap>
        <EntrySelect
          id="supplement-origin"
          aria-label="原花名册"
          placeholder="原花名册（已审核）"
          style={{ width: 300 }}
          value={origin}
          onChange={(v) => {
            setOrigin(v);
            setItemId(null);
          }}
          options={originals.map((o) => ({ value: o.id, label: o.name }))}
        />
        <EntrySelect
          id="supplement-item"
          aria-label="更正人员"
          placeholder="人员"
          style={{ width: 220 }}
          value={itemId}
          onChange={setItemId}
          options={(source?.items ?? [])
            .filter((i) => !i.adjustsItemId)
            .map((i) => ({ value: i.id, label: `${i.personName} ${formatFen(i.amountFen)}元` }))}
        />
        {batch.kind === 'post' && (
          <EntrySelect
            id="supplement-part"
            aria-label="更正项目"
            style={{ width: 110 }}
            value={part}
            onChange={(v) => setPart(v as 'post' | 'si')}
            options={[...PARTS]}
          />
        )}
        <Input
          aria-label="补发/扣回金额(元)"
          placeholder="金额（元），扣回填负数"
          style={{ width: 190 }}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Input
          aria-label="补发/扣回原因"
          placeholder="原因"
          style={{ width: 200 }}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={200}
        />
        <Button type="primary" loading={adjust.pending} onClick={() => void add()}>
          添加
        </Button>
      </Space>
    </div>
  );
}
