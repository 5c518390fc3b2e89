import { Alert, Button, Card, Flex, Space, Steps, Tag } from 'antd';
import { Link } from 'react-router';
import type { MonthOverview } from '../../../../shared/contract/subsidies';
import { useRead, useWrite } from '../../api';
import { TownshipSelect } from '../../components/TownshipSelect';
import { useTownshipParam } from '../../components/useTownshipParam';
import { PostsNav } from '../../components/PostsNav';
import { useCan } from '../../components/useCan';
import { RosterCard } from './RosterCard';
import { WriteButton } from './WriteButton';
import { useRosterExport } from './useRosterExport';
import { MonthPicker, useMonthParam } from './useMonthParam';
import { ListTable, numberColumn, ReadError } from '../../components/list-page';

type EmployerLine = MonthOverview['employers'][number];

/** The post subsidy rosters (岗位补贴, 社保补贴): the month's overview lists every kind, 见习 and 培训 have their own pages. */
const postRoster = (b: MonthOverview['batches'][number]) => b.kind === 'post' || b.kind === 'si';

/** The step the month is at: 生成考勤 → 录入考勤 → 生成花名册 → 审核 → 导出. */
function currentStep(o: MonthOverview | null | undefined): number {
  if (!o) return 0;
  const rows = o.employers.reduce((n, e) => n + e.rows, 0);
  if (rows === 0) return 0;
  if (o.employers.some((e) => e.missing > 0)) return 1;
  const post = o.batches.filter((b) => postRoster(b) && !b.supplementary);
  if (!post.length) return 2;
  if (post.some((b) => b.status === 'draft')) return 3;
  return 4;
}

/** #/posts/subsidies — 公益性岗位补贴发放: the month at a glance and its steps, in the order they are done. */
export function SubsidiesPage() {
  const [month, setMonth] = useMonthParam();
  // The attendance of one 乡镇(街道)'s employers (?township=…, as the 首页's reminder opens it); rosters stay whole.
  const [townshipId, setTownship] = useTownshipParam();
  const { data, error, loading } = useRead('subsidies.overview', { month, townshipId }, { keepPrevious: true });
  const generate = useWrite('attendance.generate', { invalidates: ['subsidies'] });
  const canGenerate = useCan('attendance.generate');
  const { exportReport, modal, busy } = useRosterExport();
  const batches = (data?.batches ?? []).filter(postRoster);
  const step = currentStep(data);

  return (
    <>
      <PostsNav titled />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 8 }}>
        <MonthPicker id="subsidy-month" month={month} onChange={setMonth} />
        <TownshipSelect value={townshipId} onChange={setTownship} style={{ width: 160 }} />
        <Steps
          size="small"
          current={step}
          style={{ flex: 1, minWidth: 560 }}
          items={[
            { title: '生成考勤' },
            { title: '录入考勤' },
            { title: '生成花名册' },
            { title: '审核' },
            { title: '导出' },
          ]}
        />
      </Flex>
      <ReadError error={error} />
      <MissingRows employers={data?.employers} canGenerate={canGenerate} />
      <Card
        size="small"
        title="1–2 考勤"
        style={{ marginBottom: 8 }}
        extra={
          <Space>
            {canGenerate && (
              // The month's next step in blue only while no attendance is generated (audit6 gap 12): a reviewed,
              // locked month's 生成考勤 is not what the clerk should press.
              <WriteButton
                primary={step === 0}
                pending={generate.pending}
                run={() => generate.write({ month })}
                done="考勤已生成"
              >
                生成考勤
              </WriteButton>
            )}
            <Button disabled={busy} onClick={() => void exportReport('RPT-05', month)}>
              导出考勤表
            </Button>
          </Space>
        }
      >
        <ListTable<EmployerLine>
          label="各单位考勤"
          rowKey="employerId"
          loading={loading}
          items={data?.employers}
          // Natural height, ten employers a page (audit6 gap 4: a 200 px scroll box showed 5 of ~37 at 1366×768).
          pageAbove={10}
          emptyText="本月没有在岗人员"
          columns={[
            { title: '乡镇', dataIndex: 'townshipName', width: 110 },
            {
              title: '用人单位',
              dataIndex: 'employerName',
              render: (v: string, e) => <Link to={`/posts/subsidies/${month}/${e.employerId}`}>{v}</Link>,
            },
            numberColumn('在岗', 'onPost', 60),
            numberColumn('已生成', 'rows', 70),
            numberColumn('已录入', 'entered', 70),
            {
              // Rows generated, not entered and not locked (persons without a row: MissingRows above).
              title: '待录入',
              key: 'missing',
              width: 70,
              align: 'right',
              render: (_, e) => (e.missing ? <Tag color="orange">{e.missing}</Tag> : 0),
            },
            numberColumn('已锁定', 'locked', 70),
            {
              title: '操作',
              key: 'a',
              width: 170,
              render: (_, e) => (
                <Space size={4}>
                  <Link to={`/posts/subsidies/${month}/${e.employerId}`}>录入考勤</Link>
                  <Button
                    type="link"
                    size="small"
                    disabled={busy}
                    onClick={() => void exportReport('RPT-05', month, e.employerId)}
                  >
                    导出
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <RosterCard
        title="3–5 花名册"
        kind="post"
        month={month}
        report="RPT-06"
        batches={batches}
        loading={loading}
        invalidates={['attendance']}
      />
      {modal}
    </>
  );
}

/**
 * Persons on post without a row of the month once its attendance was generated (a placement's dates changed after
 * 生成考勤; a new placement gets its row when saved): who has none, and what to do — 生成考勤 (county-wide) adds them.
 */
function MissingRows({ employers, canGenerate }: { employers?: EmployerLine[]; canGenerate: boolean }) {
  const short = (employers ?? []).filter((e) => e.rows > 0 && e.onPost > e.rows);
  if (!short.length) return null;
  const n = short.reduce((sum, e) => sum + e.onPost - e.rows, 0);
  const where = short.map((e) => `${e.employerName} ${e.onPost - e.rows} 人`).join('、');
  const act = canGenerate ? '请点“生成考勤”补齐（已录入的考勤不变）。' : '请联系县级经办人员点“生成考勤”补齐。';
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={`有 ${n} 名在岗人员还没有本月考勤行：${where}。${act}`}
    />
  );
}
