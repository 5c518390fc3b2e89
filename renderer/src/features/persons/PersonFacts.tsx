import { Descriptions, Typography } from 'antd';
import type { PersonDetail } from '../../../../shared/contract/persons';
import {
  disabilityGradeLabel,
  disabilityTypeLabel,
  educationLabel,
  employmentStatusLabel,
  ethnicityLabel,
  povertyStatusLabel,
  retirementCategoryLabel,
  sexLabel,
  urbanRuralLabel,
} from '../../../../shared/enums';
import { formatDateTime } from '../../components/format';
import { formatRetirementAge } from './format';
import { ListTable } from '../../components/list-page';

const or = (v: string | null | undefined) => v || '—';

type Member = PersonDetail['householdMembers'][number];

/** 基本信息 tab: the record's facts, codes as their Chinese labels, numbers masked (VR-09). */
export function PersonFacts({ person: p }: { person: PersonDetail }) {
  const disability = p.disabilityType
    ? `${disabilityTypeLabel(p.disabilityType)}${p.disabilityGrade ? ` ${disabilityGradeLabel(p.disabilityGrade)}` : ''}`
    : null;
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={3}
        styles={{ label: { width: 132, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'sex', label: '性别', children: sexLabel(p.sex) },
          { key: 'birth', label: '出生日期', children: p.birthDate },
          { key: 'age', label: '年龄', children: `${p.age}岁` },
          { key: 'eth', label: '民族', children: ethnicityLabel(p.ethnicity) },
          { key: 'edu', label: '文化程度', children: or(educationLabel(p.education)) },
          { key: 'phone', label: '联系电话', children: or(p.phone) },
          { key: 'cat', label: '退休年龄类别', children: retirementCategoryLabel(p.retirementCategory) },
          {
            key: 'retire',
            label: '法定退休年月',
            children: `${p.retirementMonth}（${formatRetirementAge(p.retirementAge.years, p.retirementAge.months)}）`,
            span: 2,
          },
          { key: 'res', label: '常住地', children: `${p.townshipName} ${p.residenceRegionName}` },
          { key: 'addr', label: '详细地址', children: or(p.address), span: 2 },
          { key: 'hukou', label: '户籍地', children: or(p.hukouRegionName) },
          { key: 'ur', label: '城乡属性', children: or(urbanRuralLabel(p.urbanRural)), span: 2 },
          { key: 'status', label: '当前就业状态', children: employmentStatusLabel(p.employmentStatus), span: 3 },
          { key: 'cert', label: '残疾人证号', children: or(p.disabilityCertNoMasked) },
          { key: 'dis', label: '残疾类别/等级', children: or(disability), span: 2 },
          { key: 'pov', label: '脱贫/监测状态', children: or(povertyStatusLabel(p.povertyStatus)) },
          { key: 'dibao', label: '低保', children: p.dibao ? '是' : '否', span: 2 },
          { key: 'card', label: '就业创业证号', children: or(p.cardNo), span: 3 },
          { key: 'bank', label: '社保卡金融账户/银行卡号', children: or(p.bankCardNoMasked) },
          { key: 'bankName', label: '开户行', children: or(p.bankName), span: 2 },
          { key: 'created', label: '登记', children: `${formatDateTime(p.createdAt)}，${p.createdBy}` },
          { key: 'updated', label: '最后修改', children: `${formatDateTime(p.updatedAt)}，${p.updatedBy}`, span: 2 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        家庭成员
      </Typography.Title>
      <ListTable<Member>
        label="家庭成员"
        items={p.householdMembers}
        emptyText="未登记家庭成员"
        columns={[
          { title: '姓名', dataIndex: 'memberName', width: 180 },
          { title: '公民身份号码', dataIndex: 'memberIdNumberMasked', width: 200, render: (v: string | null) => or(v) },
          { title: '与本人关系', dataIndex: 'relation', width: 120 },
          { title: '目前状况', dataIndex: 'status', width: 160 },
          { title: '劳动年龄内有劳动能力', dataIndex: 'worksAgeAble', render: (v: boolean) => (v ? '是' : '否') },
        ]}
      />
    </>
  );
}
