import { Badge, Segmented, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useRead } from '../api';

const SECTIONS = [
  { value: '/posts', label: '岗位' },
  { value: '/posts/employers', label: '用人单位' },
  { value: '/posts/worklists', label: '工作清单' },
  { value: '/posts/subsidies', label: '补贴发放' },
];

/**
 * 公益性岗位's own sections; 工作清单 carries the number of items waiting (postWorklists.counts). `titled` puts the
 * module's title above them (the pages that have no heading of their own).
 */
export function PostsNav({ titled }: { titled?: boolean }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data } = useRead('postWorklists.counts', {});
  const waiting = data ? data.vacancies + data.subsidyEnding + data.retiring + data.vacancyReportsDue : 0;
  const nav = (
    <nav aria-label="公益性岗位">
      <Segmented
        value={
          SECTIONS.find((s) => s.value === pathname || (pathname.startsWith(`${s.value}/`) && s.value !== '/posts'))
            ?.value ?? '/posts'
        }
        onChange={(v) => navigate(v)}
        options={SECTIONS.map((s) => ({
          value: s.value,
          label:
            s.label === '工作清单' ? (
              <span>
                {s.label} <Badge count={waiting} size="small" overflowCount={999} />
              </span>
            ) : (
              s.label
            ),
        }))}
        style={{ marginBottom: 12 }}
      />
    </nav>
  );
  if (!titled) return nav;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 8 }}>
        公益性岗位
      </Typography.Title>
      {nav}
    </>
  );
}
