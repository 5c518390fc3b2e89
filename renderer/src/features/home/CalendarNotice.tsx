import { Alert } from 'antd';
import { Link } from 'react-router';
import type { HomeOverview } from '../../../../shared/contract/home';
import { useCan } from '../../components/useCan';

/**
 * The working calendar lacks a year's 法定节假日 (this year, or from December the next): until they are entered,
 * deadlines counted in working days and 应出勤天数 treat the holidays as working days. An administrator gets a link
 * to 设置 → 工作日历 on that year; anyone else is told who can enter it.
 */
export function CalendarNotice({ missing }: { missing: NonNullable<HomeOverview['calendarToEnter']> }) {
  const canEnter = useCan('calendar.setDay');
  const { year, builtIn } = missing;
  const how = builtIn ? `系统已内置${year}年全国节假日安排，可一键填入。` : '请按国务院办公厅的放假通知逐日录入。';
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`工作日历尚未录入${year}年的法定节假日`}
      description={
        <>
          首次联系期限等按工作日计算的期限和考勤的应出勤天数都按工作日历计算，未录入时节假日会被当作工作日。
          {canEnter ? (
            <>
              {how}
              {/* Underlined: inside a sentence, colour alone does not tell a link (WCAG 1.4.1, axe link-in-text-block). */}
              <Link to={`/settings/calendar?year=${year}`} style={{ textDecoration: 'underline' }}>
                {`去录入${year}年节假日`}
              </Link>
            </>
          ) : (
            '请联系管理员在“设置 → 工作日历”中录入。'
          )}
        </>
      }
    />
  );
}
