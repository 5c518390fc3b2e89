import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassPage } from '../../renderer/src/features/training/ClassPage';
import { TrainingModule } from '../../renderer/src/features/training/TrainingModule';
import { BatchDrawer } from '../../renderer/src/features/subsidies/BatchDrawer';
import { SubsidiesPage } from '../../renderer/src/features/subsidies/SubsidiesPage';
import { TrainingRosterTab } from '../../renderer/src/features/subsidies/TrainingRosterTab';
import type { Result } from '../../shared/contract';
import type { BatchDetail, BatchSummary } from '../../shared/contract/subsidies';
import type { ClassDetail } from '../../shared/contract/training';
import { ACCOUNT, SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { stubDownloads } from './downloads';
import { SOON, retype } from './queries';
import { renderWithApp } from './render';
import { exportHandlers } from './report-export-scene';
import { CLASS, FOLLOW_UP, dialog, itemOf, pick, save, trainee } from './training-scene';
import { PLACES } from './person-fixtures';
import { rosterItem } from './batch-fixtures';
import { TRAINING_RULES_KEY } from '../../shared/domain/rule-settings';

// uiaudit item 1: the training screens over the channels no screen used — 登记培训后就业 on the class page and the
// 就业跟踪 work list (BR-38), the class's RPT-13 export, and the 培训补贴 roster (training.generateBatch, then the
// shared roster pieces).

const A = trainee({ id: 'x1', personName: '阿依古丽' });
const B = trainee({
  id: 'x2',
  personName: '买买提江',
  employedDate: '2026-11-27',
  employedUnit: '疏附县家政公司',
  employedStatus: '22',
});
const CLOSED: ClassDetail = { ...CLASS, status: '04', statusLabel: '结业', enrolled: 2, trainees: [A, B] };

beforeEach(() => {
  stubDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('登记培训后就业 on the class page', { timeout: 60_000 }, () => {
  it('checks the fields first, sends exactly what the form shows, and puts the core refusal under its field', async () => {
    const REFUSAL = '就业日期应晚于培训结束日期 2026-11-25';
    let answer = (): Result<unknown> => failed('RULE_VIOLATION', REFUSAL, { employedDate: REFUSAL });
    const fake = createFakeApi({
      'training.classes.get': () => ok(CLOSED),
      'training.employment.record': () => answer(),
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '学员' });
    // Recorded: the date and unit with 修改; not yet: 登记就业. No 操作 column on a closed class.
    expect(within(table).getByText('2026-11-27 疏附县家政公司')).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: '修改培训后就业 买买提江' })).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: '登记培训后就业 阿依古丽' }));
    expect(await screen.findByText('登记培训后就业：阿依古丽')).toBeInTheDocument();
    await save();
    expect(await within(itemOf('就业日期')).findByText('请填写就业日期')).toBeInTheDocument();
    expect(within(itemOf('就业单位')).getByText('请填写就业单位')).toBeInTheDocument();
    expect(within(itemOf('就业状态')).getByText('请选择就业状态')).toBeInTheDocument();
    expect(fake.callsTo('training.employment.record')).toHaveLength(0);

    await userEvent.type(within(dialog()).getByLabelText('就业日期'), '2026-11-20');
    await userEvent.type(within(dialog()).getByLabelText('就业单位'), '疏附县家政公司');
    await pick(within(dialog()).getByRole('combobox', { name: '就业状态' }), '单位就业');
    await save();
    expect(await within(itemOf('就业日期')).findByText(REFUSAL)).toBeInTheDocument();
    expect(fake.callsTo('training.employment.record')).toEqual([
      { enrolmentId: 'x1', employedDate: '2026-11-20', employedUnit: '疏附县家政公司', employedStatus: '21' },
    ]);

    answer = () => ok(CLOSED);
    await retype(within(dialog()).getByLabelText('就业日期'), '2026-11-27');
    await save();
    expect(await screen.findByText('已登记阿依古丽培训后就业')).toBeInTheDocument();
    expect(fake.callsTo('training.employment.record')[1]).toEqual({
      enrolmentId: 'x1',
      employedDate: '2026-11-27',
      employedUnit: '疏附县家政公司',
      employedStatus: '21',
    });
  });

  it('opens a recorded trainee with what was recorded, and offers nothing before the class closes', async () => {
    const fake = createFakeApi({ 'training.classes.get': () => ok(CLOSED) });
    const view = renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '学员' });
    await userEvent.click(within(table).getByRole('button', { name: '修改培训后就业 买买提江' }));
    expect(await within(dialog()).findByLabelText('就业日期')).toHaveValue('2026-11-27');
    expect(within(dialog()).getByLabelText('就业单位')).toHaveValue('疏附县家政公司');
    expect(within(itemOf('就业状态')).getByText('灵活就业')).toBeInTheDocument();
    view.unmount();

    const open = createFakeApi({
      'training.classes.get': () => ok({ ...CLOSED, status: '03', statusLabel: '开班' }),
    });
    renderWithApp(<ClassPage id="c1" />, { api: open.api, settings: SETTINGS });
    const t2 = await screen.findByRole('table', { name: '学员' });
    expect(within(t2).queryByRole('button', { name: /培训后就业/ })).toBeNull();
  });
});

describe('导出学员花名册 (RPT-13 for the class)', { timeout: 60_000 }, () => {
  it('exports RPT-13 for this class only, masked', async () => {
    const fake = createFakeApi({
      'training.classes.get': () => ok(CLOSED),
      ...exportHandlers({ fileName: '653121_RPT-13_202611.xlsx', rows: 2 }),
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '导出学员花名册' }));
    expect(
      await screen.findByText('已导出培训班 PX2026-001 的职业技能培训学员花名册，2 人', {}, SOON),
    ).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([{ report: 'RPT-13', classId: 'c1', full: false }]);
  });

  it('is not offered on a class without trainees', async () => {
    const fake = createFakeApi({ 'training.classes.get': () => ok(CLASS) });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    await screen.findByRole('table', { name: '学员' });
    expect(screen.queryByRole('button', { name: '导出学员花名册' })).toBeNull();
  });
});

describe('就业跟踪', { timeout: 60_000 }, () => {
  const module = (handlers: FakeHandlers, route = '/training/followups') => {
    const fake = createFakeApi({
      'home.badges': () =>
        ok({
          contacts: { month: '2025-03', asOf: '2025-03-15', toContact: 0, lostContact: 0, firstContactDue: 0 },
          recognitions: {},
          posts: {},
          internships: { ending: 0, expiringBases: 0 },
          training: { followUps: 1 },
        }),
      ...handlers,
    });
    renderWithApp(
      <Routes>
        <Route path="/training/*" element={<TrainingModule subsidies={<div>培训补贴页</div>} />} />
      </Routes>,
      { api: fake.api, settings: SETTINGS, route },
    );
    return fake;
  };

  it('lists the trainees still to follow up, with the count on the tab; 登记就业 records and reads the list again', async () => {
    let items = [FOLLOW_UP];
    const fake = module({
      'training.followUps': () =>
        ok({ items, rate: { passed: 3, employed: 3 - items.length, percent: items.length ? 66.7 : 100 } }),
      'training.employment.record': () => {
        items = [];
        return ok(CLOSED);
      },
      'persons.revealPhone': () => ok({ phone: '13900000000' }),
    });
    const table = await screen.findByRole('table', { name: '培训后待跟踪就业学员' });
    expect(within(table).getByRole('link', { name: 'PX2026-001' })).toHaveAttribute('href', '/training/classes/c1');
    expect(within(table).getByText('2027-05-25')).toBeInTheDocument();
    // The phone and ID masked in the list (VR-09), the ID with 显示完整号码.
    expect(within(table).getByText('139****0000')).toBeInTheDocument();
    expect(within(table).queryByText('13900000000')).toBeNull();
    expect(within(table).getByRole('button', { name: '显示完整号码' })).toBeInTheDocument();
    // Dates never break across two lines (the shared dateColumn).
    expect(within(table).getByText('2027-05-25').closest('td')).toHaveStyle({ whiteSpace: 'nowrap' });
    // The BR-38 rate over the trainees in their window (RPT-15's 说明 states it for a period).
    expect(
      screen.getByText(
        '跟踪期内的就业技能培训、创业培训结业合格学员 3 人，其中培训后已就业 2 人，培训后就业率 66.7%。',
      ),
    ).toBeInTheDocument();
    const tab = screen.getByRole('tab', { name: /就业跟踪/ });
    await waitFor(() => expect(tab).toHaveTextContent('就业跟踪1'));
    expect(screen.getByRole('tab', { name: '培训补贴' })).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: '登记就业 阿依古丽' }));
    // Masked in the form too (VR-09); 查看 asks the core (audited) for the number the clerk dials.
    await waitFor(() =>
      expect(dialog()).toHaveTextContent(
        '联系电话 139****0000查看。培训班 PX2026-001，2026-11-25 结业；就业日期应晚于结业日期。',
      ),
    );
    await userEvent.click(within(dialog()).getByRole('button', { name: '查看阿依古丽的联系电话' }));
    expect(await within(dialog()).findByText('13900000000')).toBeInTheDocument();
    expect(fake.callsTo('persons.revealPhone')).toEqual([{ id: FOLLOW_UP.personId }]);
    await userEvent.type(within(dialog()).getByLabelText('就业日期'), '2026-12-01');
    await userEvent.type(within(dialog()).getByLabelText('就业单位'), '喀什某公司');
    await pick(within(dialog()).getByRole('combobox', { name: '就业状态' }), '自主创业');
    await save();
    await waitFor(() =>
      expect(fake.callsTo('training.employment.record')).toEqual([
        { enrolmentId: 'x1', employedDate: '2026-12-01', employedUnit: '喀什某公司', employedStatus: '23' },
      ]),
    );
    expect(await screen.findByText('没有待跟踪就业的学员')).toBeInTheDocument();
    expect(screen.getByText(/其中培训后已就业 3 人，培训后就业率 100\.0%/)).toBeInTheDocument();
  });

  it('keeps a 乡镇 filter in the address and reads the trainees of that 乡镇 (the 首页 reminder opens it so)', async () => {
    const fake = module(
      {
        'training.followUps': () => ok({ items: [FOLLOW_UP], rate: { passed: 1, employed: 0, percent: 0 } }),
        'regions.list': () => ok({ items: PLACES }),
      },
      '/training/followups?township=t2',
    );
    await screen.findByRole('table', { name: '培训后待跟踪就业学员' });
    expect(fake.callsTo('training.followUps')).toEqual([{ townshipId: 't2' }]);
    const select = screen.getByRole('combobox', { name: '乡镇(街道)' });
    await waitFor(() => expect(select.closest('.ant-select')).toHaveTextContent('塔什米里克乡'));
    await pick(select, '乌帕尔镇');
    await waitFor(() => expect(fake.callsTo('training.followUps').at(-1)).toEqual({ townshipId: 't1' }));
  });
});

const ROSTER: BatchSummary = {
  id: 'b1',
  kind: 'training',
  kindLabel: '职业培训补贴',
  month: '2025-03',
  supplementary: false,
  scope: 'county',
  scopeId: null,
  scopeName: null,
  name: '2025年3月职业培训补贴申领花名册',
  status: 'draft',
  statusLabel: '草稿',
  persons: 2,
  totalFen: 233_000,
  preparedBy: '阿依古丽',
  reviewedBy: null,
  reviewedAt: null,
  approvedBy: null,
  paidDate: null,
};

describe('培训补贴 roster', { timeout: 60_000 }, () => {
  it('generates through training.generateBatch, lists the month’s training rosters and exports RPT-14', async () => {
    let rosters: BatchSummary[] = [];
    const fake = createFakeApi({
      'subsidies.list': () => ok({ items: rosters }),
      'training.generateBatch': () => {
        rosters = [ROSTER];
        return ok({ ...ROSTER, unentered: 0, missingAccounts: [], items: [] } satisfies BatchDetail);
      },
      ...exportHandlers({ fileName: '653121_RPT-14_202503.xlsx', rows: 2 }),
    });
    renderWithApp(<TrainingRosterTab />, { api: fake.api, settings: SETTINGS });
    await waitFor(() => expect(fake.callsTo('subsidies.list')).toEqual([{ month: '2025-03', kind: 'training' }]));
    await userEvent.click(screen.getByRole('button', { name: '生成花名册' }));
    expect(await screen.findByText('花名册已生成')).toBeInTheDocument();
    expect(fake.callsTo('training.generateBatch')).toEqual([{ month: '2025-03' }]);
    expect(fake.callsTo('subsidies.generateBatch')).toHaveLength(0);
    expect(await screen.findByText('2025年3月职业培训补贴申领花名册')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '导出花名册' }));
    expect(await screen.findByText('已导出职业培训补贴申领花名册，共 2 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('reports.export')).toEqual([{ report: 'RPT-14', month: '2025-03', full: false }]);
  });

  /** No roster yet, and the training standards never saved (the built-in defaults in force). */
  const NO_STANDARDS_SAVED: FakeHandlers = {
    'subsidies.list': () => ok({ items: [] }),
    'ruleSettings.list': () =>
      ok({
        items: [{ key: TRAINING_RULES_KEY, inForce: { effectiveFrom: null, values: {} }, history: [] }],
        firstOpenDate: null,
      }),
  };

  it('says the standards are still the defaults, linking to 规则设置, while the county has saved none', async () => {
    const fake = createFakeApi(NO_STANDARDS_SAVED);
    const { router } = renderWithApp(<TrainingRosterTab />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findAllByText('职业培训补贴标准尚未设置，现按系统示例默认值计算')).toHaveLength(1);
    await userEvent.click(screen.getByRole('link', { name: '前往“设置 › 规则设置”中的“职业培训补贴标准及规则”' }));
    expect(router.state.location.pathname).toBe('/settings/rules');
  });

  it('tells a clerk, who cannot save rule settings, to ask the administrator, with no link', async () => {
    const fake = createFakeApi(NO_STANDARDS_SAVED);
    renderWithApp(<TrainingRosterTab />, { api: fake.api, settings: SETTINGS, account: { ...ACCOUNT, role: 'clerk' } });
    expect(await screen.findAllByText('职业培训补贴标准尚未设置，现按系统示例默认值计算')).toHaveLength(1);
    expect(screen.getByText(/请联系管理员在“设置 › 规则设置”中的“职业培训补贴标准及规则”设置。$/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /规则设置/ })).toBeNull();
  });

  it('shows the core refusal when no trainee can be claimed', async () => {
    const REFUSAL = '截至2025年3月底没有符合培训补贴条件、尚未申领的学员。';
    const fake = createFakeApi({
      'subsidies.list': () => ok({ items: [] }),
      'training.generateBatch': () => failed('RULE_VIOLATION', REFUSAL, { month: '本月没有可申领的学员' }),
    });
    renderWithApp(<TrainingRosterTab />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '生成花名册' }));
    expect(await screen.findByText(REFUSAL)).toBeInTheDocument();
  });

  it('points to an earlier month whose roster awaits review, and opens it', async () => {
    const FEB = '2025年2月职业培训补贴发放花名册';
    const fake = createFakeApi({
      'subsidies.list': ({ month }) =>
        ok({ items: month === '2025-02' ? [{ ...ROSTER, month: '2025-02', name: FEB }] : [] }),
      'subsidies.draftMonths': () => ok({ months: ['2025-02', '2025-03'] }),
    });
    renderWithApp(<TrainingRosterTab />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByText('2025年2月有待审核的花名册')).toBeInTheDocument();
    expect(fake.callsTo('subsidies.draftMonths')).toEqual([{ kind: 'training' }]);
    await userEvent.click(screen.getByRole('button', { name: '查看2025年2月' }));
    await waitFor(() => expect(fake.callsTo('subsidies.list')).toContainEqual({ month: '2025-02', kind: 'training' }));
    expect(await screen.findByText(FEB)).toBeInTheDocument();
    expect(screen.queryByText('2025年2月有待审核的花名册')).toBeNull();
  });

  it('is not listed among the 公益性岗位 rosters of the month (the month overview holds every kind)', async () => {
    const POST: BatchSummary = {
      ...ROSTER,
      id: 'b0',
      kind: 'post',
      kindLabel: '公益性岗位岗位补贴',
      name: '2025年3月公益性岗位岗位补贴发放花名册',
    };
    const fake = createFakeApi({
      'subsidies.overview': () =>
        ok({ month: '2025-03', employers: [], internships: { running: 0, rows: 0 }, batches: [POST, ROSTER] }),
      'regions.list': () => ok({ items: [] }),
    });
    renderWithApp(<SubsidiesPage />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByText('2025年3月公益性岗位岗位补贴发放花名册')).toBeInTheDocument();
    expect(screen.queryByText('2025年3月职业培训补贴申领花名册')).toBeNull();
  });

  it('names the provider and occupation columns of a training roster', async () => {
    const item = rosterItem({
      employerName: '疏附县鑫达职业培训学校',
      position: '家政服务员',
      month: '2025-03',
      amountFen: 100_000,
    });
    const fake = createFakeApi({
      'subsidies.get': () => ok({ ...ROSTER, unentered: 0, missingAccounts: [], items: [item] }),
    });
    renderWithApp(<BatchDrawer id="b1" onClose={vi.fn()} />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByRole('columnheader', { name: '培训机构' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '培训工种' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '用人单位' })).toBeNull();
  });
});
