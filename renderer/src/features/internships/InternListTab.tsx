import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { EntrySelect } from '../../components/EntrySelect';
import { EndInternshipModal, type EndTarget } from './EndInternshipModal';
import { InternshipFormDrawer } from './InternshipFormDrawer';
import { InternTable } from './InternTable';
import { STATUS_OPTIONS } from './internship-labels';
import { useRead } from '../../api';
import { useHostBases } from './useHostBases';

const SIZES = [20, 50, 100] as const;
type Size = (typeof SIZES)[number];

/** Filters and page from the address (#/internships/interns?host=…&status=…&page=2), so they survive a visit to a person. */
function paramsOf(sp: URLSearchParams) {
  const size = Number(sp.get('size'));
  const status = sp.get('status');
  return {
    hostId: sp.get('host') || undefined,
    status: status === 'active' || status === 'ended' ? (status as 'active' | 'ended') : undefined,
    page: Math.max(1, Number(sp.get('page')) || 1),
    pageSize: (SIZES as readonly number[]).includes(size) ? (size as Size) : 20,
  };
}

/** 见习人员: filter bar, 新增见习, the paged list with 结束见习; changes reload the tab badges too. */
export function InternListTab({ onChanged }: { onChanged: () => void }) {
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => paramsOf(sp), [sp]);
  const { data, loading, error, reload } = useRead('internships.list', params);
  const hosts = useHostBases();
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<EndTarget | null>(null);

  const write = (next: Partial<typeof params>) => {
    const p = { ...params, ...next };
    const out = new URLSearchParams();
    if (p.hostId) out.set('host', p.hostId);
    if (p.status) out.set('status', p.status);
    if (p.page > 1) out.set('page', String(p.page));
    if (p.pageSize !== 20) out.set('size', String(p.pageSize));
    setSp(out, { replace: true });
  };
  const changed = () => {
    reload();
    onChanged();
  };
  const total = data?.total ?? 0;
  const filtered = !!(params.hostId || params.status);

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }} role="search" aria-label="查找见习人员">
        <EntrySelect aria-label="见习单位" placeholder="见习单位" allowClear style={{ width: 260 }} value={params.hostId} options={hosts.options}
          onChange={(v: string | undefined) => write({ hostId: v, page: 1 })} />
        <EntrySelect aria-label="状态" placeholder="状态" allowClear style={{ width: 120 }} value={params.status} options={STATUS_OPTIONS}
          onChange={(v: string | undefined) => write({ status: v as typeof params.status, page: 1 })} />
        <Button onClick={() => setSp(new URLSearchParams(), { replace: true })}>重置</Button>
      </Flex>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Space>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            新增见习
          </Button>
        </Space>
        <Typography.Text type="secondary" role="status" aria-live="polite">
          共 {total} 人
        </Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={error} action={<Button size="small" onClick={reload}>重试</Button>} style={{ marginBottom: 8 }} />}
      <InternTable
        label="见习人员列表"
        items={data?.items ?? []}
        loading={loading}
        emptyText={filtered ? '没有符合条件的见习人员，可点“重置”清除条件' : '还没有见习人员。点“新增见习”登记。'}
        onView={(r) => navigate(`/persons/${r.personId}`)}
        onEnd={setEnding}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: SIZES.map(String),
          showTotal: (n) => `共 ${n} 人`,
          onChange: (page, pageSize) => write({ page: pageSize === params.pageSize ? page : 1, pageSize: pageSize as Size }),
        }}
      />
      {creating && <InternshipFormDrawer onClose={() => setCreating(false)} onSaved={() => { setCreating(false); changed(); }} />}
      {ending && <EndInternshipModal target={ending} onClose={() => setEnding(null)} onSaved={() => { setEnding(null); changed(); }} />}
    </>
  );
}
