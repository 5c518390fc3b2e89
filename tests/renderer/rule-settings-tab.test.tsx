import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RuleSettingsTab } from '../../renderer/src/features/settings/rules/RuleSettingsTab';
import { PeriodLocksTab } from '../../renderer/src/features/settings/locks/PeriodLocksTab';
import type { RuleSettingsView } from '../../shared/contract/rule-settings';
import type { PeriodLocksView } from '../../shared/contract/period-locks';
import { RULE_SETTINGS, TRAINING_RULES_KEY, fromStored } from '../../shared/domain/rule-settings';
import { ACCOUNT, SETTINGS, createFakeApi, failed, jobEnded, ok } from './fake-api';
import { fieldItem, fillIn, onlyCallTo, retype } from './queries';
import { renderWithApp } from './render';

const VIEW: RuleSettingsView = {
  items: RULE_SETTINGS.map((d) => ({
    key: d.key,
    inForce: { effectiveFrom: d.key === 'wages.minimum' ? '2021-04-01' : null, values: fromStored(d, null) },
    history: [],
  })),
  firstOpenDate: '2025-03-01',
};

const fieldOf = (label: string) => fieldItem(label);

describe('设置 → 规则设置', () => {
  it('says the defaults are illustrative, lists the values in force, and refuses a tier out of range before calling the core', async () => {
    const { api, callsTo } = createFakeApi({ 'ruleSettings.list': () => ok(VIEW) });
    renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS });
    expect(screen.getByText('默认值仅为示例，使用前须按本地现行文件设置')).toBeInTheDocument();
    const row = (await screen.findByText('岗位补贴累计最长期限')).closest('tr') as HTMLElement;
    expect(within(row).getByText('36个月')).toBeInTheDocument();
    expect(within(row).getByText('默认值')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: '修改岗位补贴累计最长期限' }));
    const input = screen.getByLabelText('岗位补贴累计最长期限');
    await retype(input, '150');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(
      await within(fieldOf('岗位补贴累计最长期限')).findByText('“岗位补贴累计最长期限”应在 1–120个月 之间'),
    ).toBeInTheDocument();
    expect(callsTo('ruleSettings.set')).toHaveLength(0);
  });

  it('shows no 暂未启用 mark: every setting on the tab is read by a rule', async () => {
    const { api } = createFakeApi({ 'ruleSettings.list': () => ok(VIEW) });
    renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS });
    const row = (label: string) => screen.getByText(label).closest('tr') as HTMLElement;
    await screen.findByText('统计表金额单位');
    expect(screen.queryAllByText('暂未启用')).toHaveLength(0);
    // Read by the rules: no mark (CFG-25/26/29/30/31 since issue 19's last part, and the 低保 standard CFG-25 reads).
    for (const label of [
      '统计表金额单位',
      '公民身份号码隐藏显示',
      '有稳定收入注销登记的收入标准',
      '最低生活保障标准',
      '统计周期',
      '已办结人员档案保存',
    ])
      expect(within(row(label)).queryByText('暂未启用')).not.toBeInTheDocument();
    expect(within(row('月报报送截止日：每月')).queryByText('暂未启用')).not.toBeInTheDocument();
    expect(within(row('女性默认法定退休年龄类别')).queryByText('暂未启用')).not.toBeInTheDocument();
  });

  it('changes the county tier from a date and shows the core refusal under 生效日期', async () => {
    const { api, callsTo } = createFakeApi({
      'ruleSettings.list': () => ok(VIEW),
      'ruleSettings.set': (input) => {
        if (input.effectiveFrom < '2025-03-01')
          return failed(
            'RULE_VIOLATION',
            '2025年2月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2025-03-01',
            {
              effectiveFrom: '2025年2月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2025-03-01',
            },
          );
        return ok(VIEW);
      },
    });
    renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS });
    const row = (await screen.findByText('本县最低工资类区')).closest('tr') as HTMLElement;
    expect(within(row).getByText('一类区')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '修改本县最低工资类区' }));
    // Default date: the next month's first day (today 2025-03-15 in the fake session).
    expect(screen.getByLabelText('生效日期')).toHaveValue('2025-04-01');
    await userEvent.click(screen.getByLabelText('本县最低工资类区'));
    await userEvent.click(await screen.findByTitle('三类区'));
    const date = screen.getByLabelText('生效日期');
    await retype(date, '2025-02-10');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(
      await within(fieldOf('生效日期')).findByText(
        '2025年2月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2025-03-01',
      ),
    ).toBeInTheDocument();
    await retype(date, '2025-04-01');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(callsTo('ruleSettings.set')).toHaveLength(2));
    expect(callsTo('ruleSettings.set')[1]).toEqual({
      key: 'office.minWageTier',
      effectiveFrom: '2025-04-01',
      values: { value: '3' },
      note: null,
    });
  });

  it('sends money fields in fen', async () => {
    const { api, callsTo } = createFakeApi({
      'ruleSettings.list': () => ok(VIEW),
      'ruleSettings.set': () => ok(VIEW),
    });
    renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS });
    const row = (await screen.findByText('最低工资标准表')).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: '修改最低工资标准表' }));
    const m1 = screen.getByLabelText('一类区月最低工资');
    await retype(m1, '2020.5');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'ruleSettings.set')).toMatchObject({
      key: 'wages.minimum',
      values: { m1: 202_050, m2: 170_000, h1: 1_900 },
    });
  });
});

const LOCKS: PeriodLocksView = {
  locks: [
    { month: '2025-01', lockedAt: '2025-02-05T03:00:00.000Z', lockedBy: '阿依古丽', note: '已报', frozenReports: 12 },
  ],
  events: [
    { id: 'e1', month: '2025-01', action: 'lock', at: '2025-02-05T03:00:00.000Z', by: '阿依古丽', note: '已报' },
  ],
  lastEndedMonth: '2025-02',
};

describe('设置 → 规则设置: the training standards (set locally before use)', () => {
  const NOTICE = '职业培训补贴标准尚未设置，现按系统示例默认值计算';
  const saved: RuleSettingsView = {
    ...VIEW,
    items: VIEW.items.map((s) =>
      s.key === TRAINING_RULES_KEY
        ? {
            ...s,
            inForce: { ...s.inForce, effectiveFrom: '2025-01-01' },
            history: [
              {
                effectiveFrom: '2025-01-01',
                values: s.inForce.values,
                updatedAt: '2024-12-20T08:00:00.000Z',
                updatedBy: '管理员',
                note: null,
              },
            ],
          }
        : s,
    ),
  };

  it('says once that they are the defaults until a version is saved, then says nothing', async () => {
    const { api } = createFakeApi({ 'ruleSettings.list': () => ok(VIEW) });
    const { unmount } = renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS });
    expect(await screen.findAllByText(`${NOTICE}：请在下表“职业培训补贴标准及规则”一行修改。`)).toHaveLength(1);
    unmount();

    const after = createFakeApi({ 'ruleSettings.list': () => ok(saved) });
    renderWithApp(<RuleSettingsTab />, { api: after.api, settings: SETTINGS });
    const row = (await screen.findByText('职业培训补贴标准及规则')).closest('tr') as HTMLElement;
    expect(within(row).getByText('2025-01-01')).toBeInTheDocument();
    expect(screen.queryByText(new RegExp(NOTICE))).toBeNull();
  });

  it('tells an account that may not save rule settings to ask the administrator', async () => {
    const { api } = createFakeApi({ 'ruleSettings.list': () => ok(VIEW) });
    renderWithApp(<RuleSettingsTab />, { api, settings: SETTINGS, account: { ...ACCOUNT, role: 'reviewer' } });
    expect(await screen.findAllByText(`${NOTICE}：请联系管理员在下表“职业培训补贴标准及规则”一行设置。`)).toHaveLength(
      1,
    );
  });
});

describe('设置 → 月份锁定', () => {
  it('locks the last ended month after confirming, and unlocks only with a reason', async () => {
    const { api, callsTo } = createFakeApi({
      'periodLocks.list': () => ok(LOCKS),
      'periodLocks.lock': () => ok({ jobId: 'lock-1' }),
      'jobs.status': () => jobEnded('lock-1', ok(LOCKS), { channel: 'periodLocks.lock' }),
      'periodLocks.unlock': () => ok({ ...LOCKS, locks: [] }),
    });
    renderWithApp(<PeriodLocksTab />, { api, settings: SETTINGS });
    expect(await screen.findByText('12 份')).toBeInTheDocument();
    expect(screen.getAllByText('2025年1月')).toHaveLength(2); // the lock and its history line
    await waitFor(() => expect(screen.getByLabelText('锁定月份')).toHaveValue('2025-02'));
    await userEvent.type(screen.getByLabelText('备注'), '已报县局');
    await userEvent.click(screen.getByRole('button', { name: /^锁\s*定$/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('锁定2025年2月？').length).toBeGreaterThan(0);
    // Only one-month copies are saved: the question says a range of several months is computed anew.
    expect(
      within(dialog).getByText(/统计期跨多个月的报表不在锁定时保存，每次导出都按当时的数据重新计算。$/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /锁\s*定/ }));
    await waitFor(() => expect(callsTo('periodLocks.lock')).toEqual([{ month: '2025-02', note: '已报县局' }]));
    expect(await screen.findByText('已锁定2025年2月')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '解锁2025年1月' }));
    const unlock = (await screen.findByLabelText('解锁原因')).closest('[role="dialog"]') as HTMLElement;
    expect(within(unlock).getByText('解锁2025年1月')).toBeInTheDocument();
    await userEvent.click(within(unlock).getByRole('button', { name: /解\s*锁/ }));
    expect(await within(unlock).findByText('请填写解锁原因')).toBeInTheDocument();
    expect(callsTo('periodLocks.unlock')).toHaveLength(0);
    await fillIn(within(unlock).getByLabelText('解锁原因'), '补录一条联系记录');
    await userEvent.click(within(unlock).getByRole('button', { name: /解\s*锁/ }));
    await waitFor(() =>
      expect(callsTo('periodLocks.unlock')).toEqual([{ month: '2025-01', reason: '补录一条联系记录' }]),
    );
  });

  it('the month is a month picker; a refusal of the lock job shows under it, without the progress window', async () => {
    const REFUSAL = '2025年2月已于2025-03-02由阿依古丽锁定';
    const { api, callsTo } = createFakeApi({
      'periodLocks.list': () => ok(LOCKS),
      'periodLocks.lock': () => ok({ jobId: 'lock-2' }),
      'jobs.status': () => jobEnded('lock-2', failed('RULE_VIOLATION', REFUSAL, { month: REFUSAL })),
    });
    renderWithApp(<PeriodLocksTab />, { api, settings: SETTINGS });
    const month = await screen.findByLabelText('锁定月份');
    await waitFor(() => expect(month).toHaveValue('2025-02'));
    // A month picker (the shared MonthPicker), not free text.
    expect(month.closest('.ant-picker')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^锁\s*定$/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /锁\s*定/ }));
    await waitFor(() => expect(callsTo('periodLocks.lock')).toEqual([{ month: '2025-02', note: null }]));
    const error = await screen.findByText(REFUSAL);
    expect(error.id).toBe('lock-month-error');
    expect(month.closest('.ant-picker')).toHaveClass('ant-picker-status-error');
    expect(screen.queryByText('锁定2025年2月', { selector: '.ant-modal-title' })).not.toBeInTheDocument();
  });
});
