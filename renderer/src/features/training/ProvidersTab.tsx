import { Alert, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PROVIDERS_EXPIRING_DAYS, type Provider } from '../../../../shared/contract/training';
import { useRead } from '../../api';
import { useUrlParams, ReadListTable } from '../../components/list-page';
import { ProviderDesignateModal } from './ProviderDesignateModal';

/**
 * 定点培训机构: designated providers with their validity; those ending within 60 days are marked, and
 * `?expiring=60` (the 首页 reminder) keeps only them. 认定 / 修改 open the designation form.
 */
export function ProvidersTab() {
  const u = useUrlParams();
  const expiring = u.get('expiring');
  const days = expiring && /^\d{1,3}$/.test(expiring) ? Number(expiring) : null;
  const providers = useRead('training.providers.list', { expiringWithinDays: days });
  const [editing, setEditing] = useState<Provider | null | 'new'>(null);
  return (
    <>
      <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          定点培训机构是用人单位名录中经认定的单位，有认定日期、有效期和可培训工种；培训班的起止日期须在有效期内。
        </Typography.Text>
        <Button type="primary" onClick={() => setEditing('new')}>
          认定定点培训机构
        </Button>
      </Flex>
      {days !== null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`只显示 ${days} 天内到期或已过期的定点资质`}
          action={
            <Button size="small" onClick={() => u.set({ expiring: undefined })}>
              显示全部
            </Button>
          }
        />
      )}
      <ReadListTable<Provider>
        read={providers}
        label="定点培训机构列表"
        rowKey="employerId"
        emptyText={days !== null ? '没有即将到期的定点资质' : '尚无定点培训机构'}
        columns={[
          { title: '培训机构', dataIndex: 'name' },
          { title: '机构类型', dataIndex: 'kindLabel', width: 160 },
          { title: '乡镇(街道)', dataIndex: 'townshipName', width: 120 },
          { title: '认定日期', dataIndex: 'designatedDate', width: 110 },
          {
            title: '定点资质有效期',
            key: 'valid',
            width: 170,
            render: (_, p) =>
              p.validUntil ? (
                <>
                  {p.validUntil}{' '}
                  {p.daysLeft !== null && p.daysLeft <= PROVIDERS_EXPIRING_DAYS && (
                    <Tag color={p.daysLeft < 0 ? 'red' : 'orange'}>
                      {p.daysLeft < 0 ? '已过期' : `${p.daysLeft}天后到期`}
                    </Tag>
                  )}
                </>
              ) : (
                '长期'
              ),
          },
          { title: '可培训工种', key: 'occ', render: (_, p) => p.occupations.join('、') },
          { title: '培训班', dataIndex: 'classes', width: 70 },
          {
            title: '操作',
            key: 'act',
            width: 70,
            render: (_, p) => (
              <Button type="link" size="small" aria-label={`修改${p.name}`} onClick={() => setEditing(p)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <ProviderDesignateModal
          provider={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </>
  );
}
