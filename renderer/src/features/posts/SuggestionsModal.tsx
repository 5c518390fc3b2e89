import { Button, Modal, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { suggestion } from '../../../../shared/contract/placements';
import type { PostDetail } from '../../../../shared/contract/posts';
import { sexLabel } from '../../../../shared/enums';
import type { PlacementStart } from './PlacementFormDrawer';
import { useRead } from '../../api';
import { ReadListTable, RowLink } from '../../components/list-page';

type Suggestion = z.infer<typeof suggestion>;

interface Props {
  post: PostDetail;
  onClose: () => void;
  /** The clerk chose a person: open the placement form with them. */
  onPick: (start: PlacementStart) => void;
}

/** 补充人员 (BR-22): eligible persons of the post's 乡镇 (urban: recognised or K04), best first (BR-16 priority), each with a 安置 button. */
export function SuggestionsModal({ post, onClose, onPick }: Props) {
  const suggestions = useRead('placements.suggestForPost', { postId: post.id, limit: 20 });
  const pick = (s: Suggestion) =>
    onPick({
      person: { id: s.personId, name: s.name, idNumberMasked: s.idNumberMasked, villageName: s.villageName },
      basis: s.basisList && s.basisCode ? { list: s.basisList, code: s.basisCode } : null,
    });
  return (
    <Modal
      open
      title={`补充人员：${post.postCode} ${post.title}（空岗 ${post.vacancies} 个）`}
      width={1000}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
    >
      <Typography.Paragraph type="secondary">
        {post.townshipName}符合条件的人员
        {post.areaType === 'urban' ? '（城镇岗位：已认定的就业困难人员和零就业家庭成员）' : ''}
        ，距退休不足5年、零就业家庭成员、残疾人依次优先；安置前请核对安置类别。
      </Typography.Paragraph>
      <ReadListTable<Suggestion>
        read={suggestions}
        label="建议人员"
        rowKey="personId"
        scroll={{ y: 360 }}
        emptyText="本乡镇暂无符合条件的人员"
        columns={[
          { title: '姓名', dataIndex: 'name', width: 130 },
          { title: '性别', dataIndex: 'sex', width: 48, render: (v: string) => sexLabel(v) },
          { title: '年龄', dataIndex: 'age', width: 56 },
          { title: '公民身份号码', dataIndex: 'idNumberMasked', width: 170 },
          { title: '村(社区)', dataIndex: 'villageName', width: 110 },
          {
            title: '安置类别',
            dataIndex: 'basisLabel',
            width: 110,
            render: (v: string | null) => v ?? <Typography.Text type="secondary">待选择</Typography.Text>,
          },
          { title: '优先', dataIndex: 'reasons', render: (v: string[]) => v.map((r) => <Tag key={r}>{r}</Tag>) },
          {
            title: '剩余月数',
            dataIndex: 'monthsLeft',
            width: 80,
            render: (v: number | null) => (v == null ? '至退休' : v),
          },
          {
            title: '操作',
            key: 'a',
            width: 64,
            render: (_, s) => <RowLink onClick={() => pick(s)}>安置</RowLink>,
          },
        ]}
      />
    </Modal>
  );
}
