import { Flex, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { useRead } from '../../api';
import { MonthPicker } from '../../components/MonthPicker';
import { TownshipSelect } from '../../components/TownshipSelect';
import { useSession } from '../../components/session';
import { usePlaces } from '../../components/usePlaces';
import { formatMonth } from '../../components/format';
import { FigureCards } from './FigureCards';
import { ReminderPanel } from './ReminderPanel';
import { ReadError } from '../../components/list-page';

// The charts (and echarts with them) load on their own, after the figures and reminders.
const HomeCharts = lazy(() => import('./HomeCharts'));

/**
 * #/home — 首页, the first page after start: the month at a glance for the county or one 乡镇 (?township=…), the
 * reminders of every work list as links to the filtered lists, and the charts; a past month (?month=YYYY-MM) shows
 * that month's figures, reminders and charts (default the working month).
 */
export function HomePage() {
  const [sp, setSp] = useSearchParams();
  const workingMonth = useSession().info.today.slice(0, 7);
  // A past month chosen (?month=YYYY-MM); the working month otherwise, and for anything later or malformed.
  const asked = sp.get('month') ?? '';
  const month = /^\d{4}-\d{2}$/.test(asked) && asked < workingMonth ? asked : undefined;
  const places = usePlaces();
  // A 乡镇经办 sees their township's 首页, by default the first of theirs (the core refuses the county to them).
  const townshipId = sp.get('township') || places.own?.[0] || undefined;
  const { data, error, loading } = useRead('home.overview', { townshipId, month }, { keepPrevious: true });
  const place = (townshipId && places.byId.get(townshipId)?.name) || '全县';

  const choose = (key: 'township' | 'month', v: string | undefined) =>
    setSp(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          首页
        </Typography.Title>
        <Typography.Text type="secondary">
          {formatMonth(data?.month ?? workingMonth)}
          {data ? `，统计至 ${data.asOf}` : ''}
        </Typography.Text>
        <Flex align="center" gap={12} style={{ marginInlineStart: 'auto' }}>
          <MonthPicker
            id="home-month"
            month={month ?? workingMonth}
            max={workingMonth}
            onChange={(m) => choose('month', m === workingMonth ? undefined : m)}
          />
          <TownshipSelect value={townshipId} onChange={(v) => choose('township', v)} />
        </Flex>
      </Flex>
      <ReadError error={error} gap={0} />
      {!data && loading && <Spin aria-label="正在读取" />}
      {data && (
        <>
          <FigureCards figures={data.figures} />
          <ReminderPanel overview={data} link={{ month: data.month, workingMonth, townshipId: data.townshipId }} />
          <Suspense fallback={<Spin aria-label="正在载入图表" />}>
            <HomeCharts overview={data} place={place} workingMonth={workingMonth} />
          </Suspense>
        </>
      )}
    </Flex>
  );
}
