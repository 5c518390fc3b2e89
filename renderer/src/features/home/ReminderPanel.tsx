import { Card, Col, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { HomeOverview } from '../../../../shared/contract/home';
import { CalendarNotice } from './CalendarNotice';
import { groupReminders, type LinkParams } from './reminder-links';
import { formatCount } from '../../components/format';

const due = (d: HomeOverview['reportDue']) => (
  <Tag color={d.daysLeft <= 5 ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
    月报报送截止日 {d.date}
    {d.daysLeft === 0 ? '（今天）' : `（还有 ${d.daysLeft} 天）`}
  </Tag>
);

/**
 * 待办提醒: each work list's count, grouped by module, as a link to the list filtered the same way; a count of 0 is
 * shown in grey without a link. Reminders of county-wide lists say 全县 when a township is chosen.
 */
export function ReminderPanel({ overview, link }: { overview: HomeOverview; link: LinkParams }) {
  const narrowed = !!overview.townshipId;
  return (
    <section aria-label="待办提醒">
      <Card size="small" title="待办提醒" extra={due(overview.reportDue)}>
        {overview.calendarToEnter && <CalendarNotice missing={overview.calendarToEnter} />}
        <Row gutter={[16, 8]}>
          {groupReminders(overview.reminders).map(([group, items]) => (
            <Col key={group} flex="1 1 200px">
              <section aria-label={group}>
                <Typography.Text strong>
                  {group}
                  {narrowed && items.every((r) => r.scope === 'county') ? '（全县）' : ''}
                </Typography.Text>
                <ul style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
                  {items.map((r) => {
                    const wholeGroup = items.every((x) => x.scope === 'county');
                    const text = `${r.view.label}${narrowed && r.scope === 'county' && !wholeGroup ? '（全县）' : ''}`;
                    const late = r.late && r.view.lateText ? `，其中 ${r.late} ${r.view.unit}${r.view.lateText}` : '';
                    return (
                      <li key={r.key} style={{ lineHeight: '24px' }}>
                        {r.count > 0 ? (
                          <Link to={r.view.href(link)}>
                            {text} <strong>{formatCount(r.count)}</strong> {r.view.unit}
                            {late && <Typography.Text type="danger">{late}</Typography.Text>}
                          </Link>
                        ) : (
                          <Typography.Text type="secondary">
                            {text} 0 {r.view.unit}
                          </Typography.Text>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            </Col>
          ))}
        </Row>
      </Card>
    </section>
  );
}
