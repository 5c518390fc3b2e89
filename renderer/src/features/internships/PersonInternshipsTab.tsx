import { Flex, Typography } from 'antd';
import { useCan } from '../../components/useCan';
import { AddButton, ReadError } from '../../components/list-page';
import type { PersonTabProps } from '../../components/person-tab';
import { useInternshipDialogs } from './useInternshipDialogs';
import { InternTable } from './InternTable';
import { useRead } from '../../api';

/**
 * The 就业见习 tab of the person page: the person's internships with their status; 新增见习, 编辑, 结束见习 and 删除
 * from here (a deleted one is restored from the 见习人员 list's 已删除 filter).
 */
export function PersonInternshipsTab({ personId, person, onChanged }: PersonTabProps) {
  const { data, loading, error, reload } = useRead('internships.list', { personId, pageSize: 100 });
  const canCreate = useCan('internships.create');
  const canEnd = useCan('internships.end');
  const canEdit = useCan('internships.update');
  const canDelete = useCan('internships.delete');
  const changed = () => {
    reload();
    onChanged();
  };
  const dialogs = useInternshipDialogs(changed, {
    id: personId,
    name: person.name,
    idNumberMasked: person.idNumberMasked,
  });
  const items = data?.items ?? [];
  const running = items.some((i) => i.status === 'active');

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {running ? '该人员正在见习，就业状态为“就业见习中”。' : `共 ${items.length} 次见习`}
        </Typography.Text>
        {!person.deletedAt && !running && canCreate && <AddButton onClick={dialogs.create}>新增见习</AddButton>}
      </Flex>
      <ReadError error={error} />
      <InternTable
        label="该人员的见习"
        items={items}
        loading={loading}
        hidePerson
        emptyText="尚无见习记录"
        onEnd={canEnd ? dialogs.end : undefined}
        onEdit={canEdit && !person.deletedAt ? dialogs.edit : undefined}
        onDelete={canDelete && !person.deletedAt ? dialogs.remove : undefined}
      />
      {dialogs.modals}
    </>
  );
}
