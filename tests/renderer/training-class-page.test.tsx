import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ClassPage } from '../../renderer/src/features/training/ClassPage';
import { ResultImport } from '../../renderer/src/app/ResultImport';
import { ResultsGrid } from '../../renderer/src/features/training/ResultsGrid';
import { ProvidersTab } from '../../renderer/src/features/training/ProvidersTab';
import { REMINDERS } from '../../renderer/src/features/home/reminder-links';
import type { ClassDetail } from '../../shared/contract/training';
import { INFO, SETTINGS, createFakeApi, failed, jobEnded, ok, oneRowRefusedJobs } from './fake-api';
import { onlyCallTo, retype } from './queries';
import { renderWithApp } from './render';
import { CLASS, PROVIDER, trainee } from './training-scene';

// The training class page (issue 15): removing a trainee, entering and importing 考核结果, and the providers list the
// 首页 reminder opens. Each form checks its input with the contract's schema before sending, sends exactly what it
// shows and puts the core's refusals under their cells (training-forms.test.tsx: the other training forms).

describe('移除学员', { timeout: 60_000 }, () => {
  const A = trainee({ id: 'x1', personName: '阿依古丽' });
  const B = trainee({ id: 'x2', personName: '买买提江' });
  const FILED: ClassDetail = { ...CLASS, status: '02', statusLabel: '已备案', enrolled: 2, trainees: [A, B] };

  it('asks first, naming the trainee and the class; 取消 sends nothing, 移除 sends the enrolment', async () => {
    let detail = FILED;
    const fake = createFakeApi({
      'training.classes.get': () => ok(detail),
      'training.unenrol': () => {
        detail = { ...FILED, enrolled: 1, trainees: [B] };
        return ok(detail);
      },
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '学员' });
    await userEvent.click(within(table).getByRole('button', { name: '移除 阿依古丽' }));
    expect(
      await screen.findByText(
        '确定将“阿依古丽”从培训班 PX2026-001（家政服务员）移除吗？移除后不再计入本班人数和统计，可打开“已删除”恢复。',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(fake.callsTo('training.unenrol')).toHaveLength(0);

    await userEvent.click(within(table).getByRole('button', { name: '移除 阿依古丽' }));
    // The cancelled confirmation may still be in the page (its closing animation): the new one is the last.
    await waitFor(() => expect(screen.getAllByRole('button', { name: '移除' })).toHaveLength(2));
    await userEvent.click(screen.getAllByRole('button', { name: '移除' })[1]);
    expect(await screen.findByText('已将“阿依古丽”移出培训班 PX2026-001')).toBeInTheDocument();
    expect(fake.callsTo('training.unenrol')).toEqual([{ enrolmentId: 'x1' }]);
    await waitFor(() => expect(within(table).queryByText('阿依古丽')).toBeNull());
    expect(within(table).getByText('买买提江')).toBeInTheDocument();
  });

  it('shows the core refusal, and offers no 移除 once the class has closed', async () => {
    const REFUSED = '培训班已结业或撤销，不能移除学员';
    const fake = createFakeApi({
      'training.classes.get': () => ok(FILED),
      'training.unenrol': () => failed('RULE_VIOLATION', REFUSED, { enrolmentId: REFUSED }),
    });
    const view = renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    const table = await screen.findByRole('table', { name: '学员' });
    await userEvent.click(within(table).getByRole('button', { name: '移除 买买提江' }));
    await userEvent.click(await screen.findByRole('button', { name: '移除' }));
    expect(await screen.findByText(REFUSED)).toBeInTheDocument();
    expect(within(table).getByText('买买提江')).toBeInTheDocument();
    view.unmount();

    const closed = createFakeApi({
      'training.classes.get': () => ok({ ...FILED, status: '04', statusLabel: '结业' }),
    });
    renderWithApp(<ClassPage id="c1" />, { api: closed.api, settings: SETTINGS });
    const after = await screen.findByRole('table', { name: '学员' });
    expect(within(after).getByText('阿依古丽')).toBeInTheDocument();
    expect(within(after).queryByRole('button', { name: /^移除/ })).toBeNull();
    expect(within(after).queryByText('操作')).toBeNull();
  });
});

describe('备案 / 开班 / 结业 / 撤销', { timeout: 60_000 }, () => {
  it('puts a refusal under the field it names (办理日期, 撤销原因), and one naming no field above the buttons', async () => {
    const answers = [
      failed('RULE_VIOLATION', '撤销原因须写明具体情况', { reason: '撤销原因须写明具体情况' }),
      failed('RULE_VIOLATION', '撤销日期不能早于计划日期', { date: '撤销日期不能早于计划日期' }),
      failed('RULE_VIOLATION', '培训班已撤销'),
    ];
    const fake = createFakeApi({
      'training.classes.get': () => ok(CLASS),
      'training.classes.act': () => answers.shift() ?? failed('INTERNAL', 'unexpected'),
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '撤销' }));
    const box = await screen.findByRole('dialog', { name: '撤销培训班' });
    const itemOf = (name: string) =>
      within(box).getByRole('textbox', { name }).closest('.ant-form-item') as HTMLElement;
    const go = () => userEvent.click(within(box).getByRole('button', { name: '撤销' }));
    await userEvent.type(within(box).getByRole('textbox', { name: '撤销原因' }), '报名不足');

    await go();
    await waitFor(() => expect(itemOf('撤销原因')).toHaveTextContent('撤销原因须写明具体情况'));
    expect(itemOf('撤销原因')).toHaveClass('ant-form-item-has-error');
    expect(itemOf('办理日期')).not.toHaveClass('ant-form-item-has-error');

    await go();
    await waitFor(() => expect(itemOf('办理日期')).toHaveTextContent('撤销日期不能早于计划日期'));
    expect(itemOf('办理日期')).toHaveClass('ant-form-item-has-error');
    expect(itemOf('撤销原因')).not.toHaveClass('ant-form-item-has-error');

    await go();
    expect(await within(box).findByRole('alert')).toHaveTextContent('培训班已撤销');
    expect(itemOf('办理日期')).not.toHaveClass('ant-form-item-has-error');
    expect(fake.callsTo('training.classes.act')).toHaveLength(3);
  });

  it('saves on Ctrl+S with what the form shows, and asks before Esc closes it once something was typed', async () => {
    const fake = createFakeApi({
      'training.classes.get': () => ok(CLASS),
      'training.classes.act': () => ok({ ...CLASS, status: '05', statusLabel: '撤销', cancelReason: '报名不足' }),
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '撤销' }));
    const box = await screen.findByRole('dialog', { name: '撤销培训班' });
    await userEvent.type(within(box).getByRole('textbox', { name: '撤销原因' }), '报名不足');
    await userEvent.keyboard('{Escape}');
    const ask = (await screen.findByText('关闭后，刚才填写的内容不会保存。')).closest('[role="dialog"]') as HTMLElement;
    await userEvent.click(within(ask).getByRole('button', { name: '继续填写' }));
    expect(within(box).getByRole('textbox', { name: '撤销原因' })).toHaveValue('报名不足');
    expect(fake.callsTo('training.classes.act')).toHaveLength(0);

    within(box).getByRole('textbox', { name: '撤销原因' }).focus();
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(await onlyCallTo(fake.callsTo, 'training.classes.act')).toEqual({
      id: 'c1',
      action: 'cancel',
      date: INFO.today,
      reason: '报名不足',
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '撤销培训班' })).toBeNull());
  });

  it('says 已逾期 once the latest filing day has passed; 备案 fills in today, not that day (CFG-37)', async () => {
    const LATE = '培训班应在开班前至少3个工作日备案：开班日期 2025-03-17，最晚应于 2025-03-11 备案，现为 2025-03-15。';
    const overdue = { ...CLASS, startDate: '2025-03-17', latestFilingDate: '2025-03-11', filingOverdue: true };
    const fake = createFakeApi({
      'training.classes.get': () => ok(overdue),
      'training.classes.act': () => failed('RULE_VIOLATION', LATE, { date: LATE }),
    });
    const view = renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByText('最晚 2025-03-11 备案')).toBeInTheDocument();
    expect(screen.getByText('已逾期')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^备\s?案$/ }));
    const box = await screen.findByRole('dialog', { name: '备案培训班' });
    expect(within(box).getByRole('textbox', { name: '办理日期' })).toHaveValue(INFO.today);
    await userEvent.keyboard('{Control>}s{/Control}');
    const item = within(box).getByRole('textbox', { name: '办理日期' }).closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(item).toHaveTextContent(LATE));
    expect(fake.callsTo('training.classes.act')).toEqual([
      { id: 'c1', action: 'file', date: INFO.today, reason: null },
    ]);
    view.unmount();

    renderWithApp(<ClassPage id="c1" />, {
      api: createFakeApi({ 'training.classes.get': () => ok(CLASS) }).api,
      settings: SETTINGS,
    });
    expect(await screen.findByText('最晚 2026-11-10 备案')).toBeInTheDocument();
    expect(screen.queryByText('已逾期')).toBeNull();
  });
});

describe('录入考核结果', { timeout: 60_000 }, () => {
  const OPEN: ClassDetail = {
    ...CLASS,
    status: '03',
    statusLabel: '开班',
    enrolled: 2,
    trainees: [
      trainee({ id: 'x1', personName: '阿依古丽', attendedHours: 96, result: '1', certType: '01' }),
      trainee({ id: 'x2', personName: '买买提江', attendedHours: 60, result: '1', certType: '00' }),
    ],
  };

  it('refuses a certificate without its number in that cell, then sends every row exactly', async () => {
    const fake = createFakeApi({ 'training.results.save': () => ok(OPEN) });
    const onDone = vi.fn();
    renderWithApp(<ResultsGrid detail={OPEN} onDone={onDone} />, { api: fake.api, settings: SETTINGS });
    const grid = screen.getByRole('table', { name: '考核结果' });
    await userEvent.click(screen.getByRole('button', { name: '保存考核结果' }));
    const row = (name: string) => within(grid).getByText(name).closest('tr') as HTMLElement;
    expect(await within(row('阿依古丽')).findByText('请填写证书编号')).toBeInTheDocument();
    expect(within(row('阿依古丽')).getByText('请填写发证日期')).toBeInTheDocument();
    expect(within(row('买买提江')).queryByText(/请填写/)).toBeNull();
    expect(fake.callsTo('training.results.save')).toHaveLength(0);

    await userEvent.type(within(grid).getByLabelText('阿依古丽 证书编号'), 'Z0001');
    await userEvent.type(within(grid).getByLabelText('阿依古丽 发证日期'), '2026-11-26');
    const hours = within(grid).getByLabelText('买买提江 出勤学时');
    await retype(hours, '64');
    await userEvent.click(screen.getByRole('button', { name: '保存考核结果' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fake.callsTo('training.results.save')).toEqual([
      {
        classId: 'c1',
        rows: [
          {
            enrolmentId: 'x1',
            attendedHours: 96,
            result: '1',
            certType: '01',
            certNo: 'Z0001',
            certDate: '2026-11-26',
          },
          { enrolmentId: 'x2', attendedHours: 64, result: '1', certType: '00', certNo: null, certDate: null },
        ],
      },
    ]);
  });

  it('Enter moves down the column (hours, certificate number, date); Enter in the last row saves', async () => {
    const fake = createFakeApi({ 'training.results.save': () => ok(OPEN) });
    const onDone = vi.fn();
    const data = { ...OPEN, trainees: OPEN.trainees.map((t) => ({ ...t, certType: '01' as const })) };
    renderWithApp(<ResultsGrid detail={data} onDone={onDone} />, { api: fake.api, settings: SETTINGS });
    const grid = screen.getByRole('table', { name: '考核结果' });
    const cellOf = (label: string) => within(grid).getByLabelText(label);

    await userEvent.click(cellOf('阿依古丽 出勤学时'));
    await userEvent.keyboard('{Enter}');
    expect(cellOf('买买提江 出勤学时')).toHaveFocus();

    await userEvent.click(cellOf('阿依古丽 证书编号'));
    await userEvent.keyboard('A1{Enter}');
    expect(cellOf('买买提江 证书编号')).toHaveFocus();
    await userEvent.keyboard('B2');

    await userEvent.click(cellOf('阿依古丽 发证日期'));
    await userEvent.keyboard('2026-11-26{Enter}');
    expect(cellOf('买买提江 发证日期')).toHaveFocus();
    expect(fake.callsTo('training.results.save')).toHaveLength(0);

    await userEvent.keyboard('2026-11-27{Enter}');
    expect(await onlyCallTo(fake.callsTo, 'training.results.save')).toMatchObject({
      rows: [
        { enrolmentId: 'x1', certNo: 'A1', certDate: '2026-11-26' },
        { enrolmentId: 'x2', certNo: 'B2', certDate: '2026-11-27' },
      ],
    });
    expect(onDone).toHaveBeenCalled();
  });

  it('shows the core refusal of a row under its cell', async () => {
    const MSG = '买买提江：出勤学时 120 超过课程学时 100';
    const fake = createFakeApi({
      'training.results.save': () => failed('RULE_VIOLATION', MSG, { 'rows.1.attendedHours': MSG }),
    });
    const data = { ...OPEN, trainees: [OPEN.trainees[0], { ...OPEN.trainees[1], certType: null }] };
    data.trainees[0] = { ...data.trainees[0], certType: null };
    renderWithApp(<ResultsGrid detail={data} onDone={vi.fn()} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '保存考核结果' }));
    const cell = (await screen.findAllByText(MSG)).find((el) => el.closest('td'));
    expect(cell?.closest('tr')).toHaveTextContent('买买提江');
    expect(within(screen.getByRole('table', { name: '考核结果' })).getByLabelText('买买提江 出勤学时')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

describe('导入考核结果 on the class page', { timeout: 60_000 }, () => {
  it('opens the import dialog on the 考核结果 kind; the check names row and column; the commit reloads the class', async () => {
    const MSG = '该人员不是培训班“PX2026-001”的学员，请核对班级编号和公民身份号码';
    const results = oneRowRefusedJobs(
      { token: 'tok-r', kind: 'results', fileName: '考核结果.xlsx' },
      { row: 4, column: 'C', field: '公民身份号码', value: '653121198203150011', message: MSG },
    );
    const opened = {
      ...CLASS,
      status: '03',
      statusLabel: '开班',
      enrolled: 1,
      trainees: [trainee({ id: 'x1', personName: '阿依古丽' })],
    };
    const fake = createFakeApi({
      'training.classes.get': () => ok(opened),
      'imports.results.check': () => ok({ jobId: 'check' }),
      'imports.results.commit': () => ok({ jobId: 'commit' }),
      'imports.results.mappings.list': () => ok([]),
      'jobs.status': ({ jobId }) => jobEnded(jobId, results[jobId]),
    });
    renderWithApp(<ClassPage id="c1" ResultImport={ResultImport} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '导入考核结果' }));
    const dialog = await screen.findByRole('dialog', { name: '导入培训考核结果' });
    expect(within(dialog).getByText(/必填列：班级编号、姓名、公民身份号码、考核结果/)).toBeInTheDocument();
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['PK-results'], '考核结果.xlsx'));
    expect(await screen.findByText('共 2 行：可导入 1 行，有错误 1 行', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(fake.callsTo('imports.results.check')).toEqual([
      { fileName: '考核结果.xlsx', contentBase64: expect.any(String) },
    ]);
    expect(screen.getByText(MSG)).toBeInTheDocument();
    const reads = fake.callsTo('training.classes.get').length;
    await userEvent.click(screen.getByRole('button', { name: '导入有效行' }));
    expect(await screen.findByText(/导入完成：考核结果 1 条，跳过 1 行/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(fake.callsTo('imports.results.commit')).toEqual([{ token: 'tok-r', skipInvalidRows: true }]);
    await waitFor(() => expect(fake.callsTo('training.classes.get').length).toBeGreaterThan(reads));
  });
});

describe('定点培训机构 from the 首页 reminder', { timeout: 60_000 }, () => {
  it('the reminder opens the providers list filtered to designations ending within 60 days', async () => {
    expect(REMINDERS.providersExpiring.href({ month: '2026-11', workingMonth: '2026-11', townshipId: null })).toBe(
      '/training/providers?expiring=60',
    );
    const fake = createFakeApi({ 'training.providers.list': () => ok({ items: [{ ...PROVIDER, daysLeft: 20 }] }) });
    renderWithApp(<ProvidersTab />, { api: fake.api, settings: SETTINGS, route: '/training/providers?expiring=60' });
    expect(await screen.findByText('只显示 60 天内到期或已过期的定点资质')).toBeInTheDocument();
    expect(await screen.findByText('20天后到期')).toBeInTheDocument();
    expect(fake.callsTo('training.providers.list')).toEqual([{ expiringWithinDays: 60 }]);
  });
});
