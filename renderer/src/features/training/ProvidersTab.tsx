import { Alert, Table, Tag, Typography } from 'antd';
import type { Provider } from '../../../../shared/contract/training';
import { useRead } from '../../api';

/** 定点培训机构: designated providers with their validity; those ending within 60 days are marked. */
export function ProvidersTab() {
  const { data, loading, error } = useRead('training.providers.list', {});
  const items = data?.items ?? [];
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        定点培训机构是用人单位名录中经认定的单位，有认定日期、有效期和可培训工种；培训班的起止日期须在有效期内。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Table<Provider>
        aria-label="定点培训机构列表"
        size="small"
        rowKey="employerId"
        loading={loading}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: '尚无定点培训机构' }}
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
                  {p.daysLeft !== null && p.daysLeft <= 60 && (
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
        ]}
      />
    </>
  );
}
