import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../components/useCan';
import type { PersonTabProps } from '../../components/person-tab';
import { useEndInternship } from './useEndInternship';
import { InternshipFormDrawer } from './InternshipFormDrawer';
import { InternTable } from './InternTable';
import { useRead } from '../../api';

/** The 就业见习 tab of the person page: the person's internships with their status; 新增见习 and 结束见习 from here. */
export function PersonInternshipsTab({ personId, person, onChanged }: PersonTabProps) {
  const { data, loading, error, reload } = useRead('internships.list', { personId, pageSize: 100 });
  const canCreate = useCan('internships.create');
  const canEnd = useCan('internships.end');
  const [creating, setCreating] = useState(false);
  const changed = () => {
    reload();
    onChanged();
  };
  const ending = useEndInternship(changed);
  const items = data?.items ?? [];
  const running = items.some((i) => i.status === 'active');

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {running ? '该人员正在见习，就业状态为“就业见习中”。' : `共 ${items.length} 次见习`}
        </Typography.Text>
        {!person.deletedAt && !running && canCreate && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            新增见习
          </Button>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <InternTable
        label="该人员的见习"
        items={items}
        loading={loading}
        hidePerson
        emptyText="尚无见习记录"
        onEnd={canEnd ? ending.end : undefined}
      />
      {creating && (
        <InternshipFormDrawer
          person={{ id: personId, name: person.name, idNumberMasked: person.idNumberMasked }}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            changed();
          }}
        />
      )}
      {ending.modal}
    </>
  );
}
