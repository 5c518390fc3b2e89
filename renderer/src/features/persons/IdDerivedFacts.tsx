import { Descriptions, Typography } from 'antd';
import { sexLabel } from '../../../../shared/enums';
import { formatRetirementAge } from './format';
import type { IdFacts } from './id-facts';

/** Read-only, beside the ID: what the ID says (VR-01 step 5, BR-01 age on today, BR-02 retirement month). */
export function IdDerivedFacts({ facts }: { facts: IdFacts | null }) {
  if (!facts) {
    return (
      <Typography.Text type="secondary" style={{ display: 'block', paddingTop: 30 }}>
        输入有效的公民身份号码后，这里显示性别、出生日期、年龄和法定退休年月。
      </Typography.Text>
    );
  }
  return (
    <Descriptions
      aria-label="由公民身份号码得出"
      size="small"
      column={2}
      bordered
      style={{ marginTop: 30 }}
      styles={{ label: { width: 84, whiteSpace: 'nowrap' } }}
      items={[
        { key: 'sex', label: '性别', children: sexLabel(facts.sex) },
        { key: 'birth', label: '出生日期', children: facts.birthDate },
        { key: 'age', label: '年龄', children: `${facts.age}岁` },
        {
          key: 'retire',
          label: '法定退休',
          children: `${facts.retirementMonth}（${formatRetirementAge(facts.retirementYears, facts.retirementMonths)}）`,
        },
      ]}
    />
  );
}
