import { Descriptions, Drawer, Tag } from 'antd';
import type { BatchDetail, BatchKind } from '../../../../shared/contract/subsidies';
import { formatFen } from '../../../../shared/domain/money';
import { useRead } from '../../api';
import { useCan } from '../../components/useCan';
import { formatMonth } from '../../components/format';
import { SupplementForm } from './SupplementForm';
import { RosterWarnings } from './RosterPrompt';
import { ListTable, ReadError, moneyColumn, oneLine } from '../../components/list-page';

type Item = BatchDetail['items'][number];

/** What the unit and position columns hold per kind (a 培训补贴 roster's items carry the provider and the occupation). */
const POST_HEADINGS = { unit: '用人单位', position: '岗位' };
const HEADINGS: Record<BatchKind, { unit: string; position: string }> = {
  post: POST_HEADINGS,
  si: POST_HEADINGS,
  internship: { unit: '见习单位', position: '见习岗位' },
  training: { unit: '培训机构', position: '培训工种' },
};

/** One roster: head, items in roster order; a draft 补发/扣回 roster takes corrections of earlier reviewed months. */
export function BatchDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: b, error, loading } = useRead('subsidies.get', { id });
  const canAdjust = useCan('subsidies.adjust');
  const headings = HEADINGS[b?.kind ?? 'post'];
  return (
    <Drawer open title={b?.name ?? '花名册'} size={1000} onClose={onClose} destroyOnHidden>
      <ReadError error={error} />
      {b && (
        <>
          <Descriptions
            size="small"
            column={4}
            style={{ marginBottom: 12 }}
            items={[
              { key: 's', label: '状态', children: b.statusLabel },
              { key: 'p', label: '人数', children: b.persons },
              { key: 't', label: '合计(元)', children: formatFen(b.totalFen) },
              { key: 'by', label: '制表人', children: b.preparedBy },
              { key: 'r', label: '审核人', children: b.reviewedBy ?? '—' },
              { key: 'a', label: '审批人', children: b.approvedBy ?? '—' },
              { key: 'd', label: '拨付日期', children: b.paidDate ?? '—' },
            ]}
          />
          <RosterWarnings batch={b} links />
          {b.supplementary && b.status === 'draft' && canAdjust && <SupplementForm batch={b} />}
          <ListTable<Item>
            label="花名册明细"
            loading={loading}
            items={b.items}
            scroll={{ y: 420 }}
            emptyText={b.supplementary ? '还没有补发/扣回记录' : '没有记录'}
            columns={[
              { title: '乡镇', dataIndex: 'townshipName', width: 100 },
              { title: headings.unit, dataIndex: 'employerName', ellipsis: true },
              { title: headings.position, dataIndex: 'position', width: 110, ellipsis: true },
              { title: '姓名', dataIndex: 'personName', width: 80 },
              { title: '公民身份号码', dataIndex: 'idNumberMasked', width: 170 },
              {
                title: '所属月份',
                dataIndex: 'month',
                width: 104,
                onCell: oneLine,
                render: (v: string) => formatMonth(v),
              },
              moneyColumn('金额(元)', 'amountFen', 100),
              {
                title: '更正',
                key: 'adj',
                width: 180,
                ellipsis: true,
                render: (_, i) =>
                  i.adjustsItemId ? (
                    <>
                      <Tag color={i.amountFen > 0 ? 'green' : 'orange'}>
                        {i.amountFen > 0 ? '补发' : '扣回'}
                        {i.siPart ? '社保补贴' : ''}
                      </Tag>
                      {i.reason}
                    </>
                  ) : (
                    ''
                  ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
