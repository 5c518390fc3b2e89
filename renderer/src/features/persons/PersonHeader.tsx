import { Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';
import { RevealIdNumber } from '../../components/RevealIdNumber';

/** The record page's key facts: name, masked ID (显示完整号码), and tags for sex, age, ethnicity, status, flags. */
export function PersonHeader({ person, actions }: { person: PersonDetail; actions: ReactNode }) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 8 }}>
      <div style={{ minWidth: 0 }}>
        <Space align="baseline" size={12} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {person.name}
          </Typography.Title>
          <Typography.Text aria-label="公民身份号码">
            <RevealIdNumber personId={person.id} masked={person.idNumberMasked} />
          </Typography.Text>
        </Space>
        <Space size={[4, 4]} wrap style={{ marginTop: 8 }} aria-label="人员标签">
          {person.deletedAt && <Tag color="red">已删除</Tag>}
          <Tag variant="outlined">{sexLabel(person.sex)}</Tag>
          <Tag variant="outlined">{person.age}岁</Tag>
          <Tag variant="outlined">{ethnicityLabel(person.ethnicity)}</Tag>
          <Tag color="geekblue">{employmentStatusLabel(person.employmentStatus)}</Tag>
          {person.isDifficult && <Tag color="orange">就业困难人员</Tag>}
          {person.onPost && <Tag color="blue">公益性岗位在岗</Tag>}
          {person.inInternship && <Tag color="cyan">见习中</Tag>}
        </Space>
      </div>
      <Space wrap>{actions}</Space>
    </Flex>
  );
}
