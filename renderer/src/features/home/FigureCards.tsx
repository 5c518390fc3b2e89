import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { HomeOverview } from '../../../../shared/contract/home';
import { formatCount } from '../../components/format';

const FIGURES: { key: keyof HomeOverview['figures']; title: string }[] = [
  { key: 'registered', title: '登记失业人员' },
  { key: 'difficult', title: '就业困难人员（在认定期内）' },
  { key: 'onPost', title: '公益性岗位在岗人员' },
  { key: 'interns', title: '见习人员' },
];

function Change({ current, previous }: { current: number; previous: number }) {
  const d = current - previous;
  if (d === 0) return <Typography.Text type="secondary">与上月持平</Typography.Text>;
  const Icon = d > 0 ? ArrowUpOutlined : ArrowDownOutlined;
  return (
    <Typography.Text type="secondary">
      较上月 <Icon aria-hidden /> {d > 0 ? '增加' : '减少'} {formatCount(Math.abs(d))} 人
    </Typography.Text>
  );
}

/** The month at a glance: four figures, each with its change against last month's end. */
export function FigureCards({ figures }: { figures: HomeOverview['figures'] }) {
  return (
    <Row gutter={[12, 12]}>
      {FIGURES.map((f) => {
        const v = figures[f.key];
        return (
          <Col key={f.key} span={6}>
            <Card size="small">
              <section aria-label={f.title}>
                <Statistic title={f.title} value={v.current} suffix="人" groupSeparator="," />
                <Change current={v.current} previous={v.previous} />
              </section>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
