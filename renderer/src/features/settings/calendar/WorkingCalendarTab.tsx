import { Alert, App, Button, Col, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  CALENDAR_DAY_KIND_LIST,
  calendarDayLabel,
  type CalendarDayKind,
} from '../../../../../shared/contract/calendar';
import { NATIONAL_SCHEDULE_YEARS } from '../../../../../shared/domain/national-holidays';
import { weekday } from '../../../../../shared/domain/working-days';
import { useRead, useWrite } from '../../../api';
import { DateInput } from '../../../components/DateInput';
import { useSession } from '../../../components/session';
import { useCan } from '../../../components/useCan';
import { formatMonth } from '../../../components/format';
import { codeOptions } from '../../../components/code-options';
import { ListTable, RowLink } from '../../../components/list-page';

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
/** The kinds a day can be set to (法定节假日, 调休上班日: a weekend or statutory holiday worked); normal is 移除. */
const ADD_OPTIONS = codeOptions(CALENDAR_DAY_KIND_LIST.filter((k) => k.code !== 'normal'));

/**
 * 设置 → 工作日历: the year's 法定节假日 (weekdays off) and 调休上班日 (weekends or statutory holidays worked), as
 * the State Council's holiday notice gives them. The working-day deadlines (first contact within 5 working days) and
 * 应出勤天数 use them.
 */
export function WorkingCalendarTab() {
  const { message } = App.useApp();
  const thisYear = Number(useSession().info.today.slice(0, 4));
  // ?year= (the 首页 reminder of a year not entered) when it is one of the years offered.
  const asked = Number(useSearchParams()[0].get('year'));
  const [year, setYear] = useState(Math.abs(asked - thisYear) <= 1 ? asked : thisYear);
  const { data, error, loading } = useRead('calendar.year', { year });
  const setDay = useWrite('calendar.setDay');
  const fillNational = useWrite('calendar.fillNational');
  const canChange = useCan('calendar.setDay');
  const known = NATIONAL_SCHEDULE_YEARS.includes(year);
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarDayKind>('holiday');
  const [failure, setFailure] = useState<string | null>(null);

  const change = async (day: string, to: CalendarDayKind) => {
    setFailure(null);
    const r = await setDay.write({ date: day, kind: to });
    if (!r.ok) return setFailure(r.error.fields?.date ?? r.error.message);
    message.success(to === 'normal' ? `已移除 ${day}` : `${day} 已设为${calendarDayLabel(to)}`);
    if (to !== 'normal') {
      setDate('');
      setYear(Number(day.slice(0, 4)));
    }
  };

  const fill = async () => {
    setFailure(null);
    const r = await fillNational.write({ year });
    if (!r.ok) return setFailure(r.error.fields?.date ?? r.error.fields?.year ?? r.error.message);
    message.success(`已填入${year}年全国节假日安排`);
  };

  const table = (name: string, dates: string[], empty: string) => (
    <ListTable<{ date: string }>
      label={name}
      rowKey="date"
      loading={loading}
      items={dates.map((d) => ({ date: d }))}
      emptyText={empty}
      title={() => <Typography.Text strong>{`${name}（${dates.length} 天）`}</Typography.Text>}
      columns={[
        { title: '日期', dataIndex: 'date', width: 120 },
        { title: '星期', key: 'w', width: 70, render: (_, r) => WEEKDAYS[weekday(r.date)] },
        ...(canChange
          ? [
              {
                title: '操作',
                key: 'a',
                width: 80,
                render: (_: unknown, r: { date: string }) => (
                  <RowLink aria-label={`移除 ${r.date}`} onClick={() => void change(r.date, 'normal')}>
                    移除
                  </RowLink>
                ),
              },
            ]
          : []),
      ]}
    />
  );

  return (
    <>
      <Typography.Paragraph type="secondary">
        按国务院办公厅当年的放假安排录入：工作日放假的日期设为法定节假日，周末上班的日期设为调休上班日；本县在法定节假日（如元旦、国庆）照常上班的，把该日设为调休上班日。首次联系期限等按工作日计算的期限和考勤的应出勤天数都按这里的安排计算。
        {`系统内置了${NATIONAL_SCHEDULE_YEARS.map((y) => `${y}年`).join('、')}的全国节假日安排，可一键填入；自治区的肉孜节、古尔邦节等请逐日添加。`}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }} align="center">
        <label htmlFor="calendar-year">年份</label>
        <Select
          id="calendar-year"
          value={year}
          onChange={setYear}
          style={{ width: 100 }}
          options={[-1, 0, 1].map((d) => ({ value: thisYear + d, label: `${thisYear + d}年` }))}
        />
        {canChange && (
          <>
            <label htmlFor="calendar-date">日期</label>
            <DateInput id="calendar-date" value={date} onChange={setDate} style={{ width: 130 }} />
            <label htmlFor="calendar-kind">设为</label>
            <Select id="calendar-kind" value={kind} onChange={setKind} style={{ width: 130 }} options={ADD_OPTIONS} />
            <Button type="primary" disabled={!date} loading={setDay.pending} onClick={() => void change(date, kind)}>
              添加
            </Button>
            {known && (
              <Popconfirm
                title={`填入${year}年全国节假日安排`}
                description="按国务院办公厅的通知填入法定节假日和调休上班日，已录入的其他日期（如自治区的民族节日）保留。"
                okText="填入"
                cancelText="取消"
                onConfirm={() => void fill()}
              >
                <Button loading={fillNational.pending}>{`填入${year}年全国节假日安排`}</Button>
              </Popconfirm>
            )}
          </>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      {data?.lockedThrough && (
        <Alert
          type="info"
          showIcon
          title={`${formatMonth(data.lockedThrough)}及以前的月份已锁定，其中的日期不能再更改`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={16}>
        <Col span={12}>{table('法定节假日', data?.holidays ?? [], `${year}年尚未录入法定节假日`)}</Col>
        <Col span={12}>{table('调休上班日', data?.workdays ?? [], `${year}年尚未录入调休上班日`)}</Col>
      </Row>
    </>
  );
}
