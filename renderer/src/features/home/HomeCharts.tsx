import { Col, Row } from 'antd';
import { useMemo } from 'react';
import type { HomeOverview } from '../../../../shared/contract/home';
import { formatMonth } from '../../components/format';
import { ChartCard } from './ChartCard';
import { contactRate, placementTrend, postComposition, registeredTrend } from './chart-options';

/**
 * The four charts; file names carry the month and the township (or 全县). The contact rate is the chosen month's:
 * 本月 for the working month, the month by name for a past one.
 */
export default function HomeCharts({
  overview,
  place,
  workingMonth,
}: {
  overview: HomeOverview;
  place: string;
  workingMonth: string;
}) {
  const { charts, month } = overview;
  const which = month === workingMonth ? '本月' : formatMonth(month);
  const options = useMemo(
    () => ({
      registered: registeredTrend(charts.trend),
      placements: placementTrend(charts.trend),
      rate: contactRate(charts.contactRate),
      composition: postComposition(charts.postComposition),
    }),
    [charts],
  );
  const cards = [
    { title: '登记失业人数（近12个月）', option: options.registered, file: '登记失业人数趋势' },
    { title: '公益性岗位新安置人数（近12个月）', option: options.placements, file: '新安置人数趋势' },
    {
      title: `${which}联系达标率（按乡镇）`,
      option: options.rate,
      file: '联系达标率',
      emptyText: charts.contactRate.some((r) => r.registered) ? undefined : `${which}没有登记失业人员`,
    },
    {
      title: '公益性岗位在岗人员构成',
      option: options.composition,
      file: '在岗人员构成',
      emptyText: charts.postComposition.length ? undefined : '暂无在岗人员',
    },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.file} span={12}>
          <ChartCard
            title={c.title}
            option={c.option}
            fileName={`${c.file}-${place}-${month}`}
            emptyText={c.emptyText}
          />
        </Col>
      ))}
    </Row>
  );
}
