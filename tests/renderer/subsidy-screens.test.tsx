import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AttendanceGridPage } from '../../renderer/src/features/subsidies/AttendanceGridPage';
import { BatchesTable } from '../../renderer/src/features/subsidies/BatchesTable';
import type { Result } from '../../shared/contract';
import type { AttendanceGrid, AttendanceRow } from '../../shared/contract/attendance';
import type { BatchDetail, BatchSummary } from '../../shared/contract/subsidies';
import { defaultMarks } from '../../shared/domain/subsidy-amounts';
import { attendanceEntry } from '../attendance-entry';
import { SETTINGS, createFakeApi, failed, jobEnded, ok, oneRowRefusedJobs } from './fake-api';
import { findLeaveQuestion, retype, SOON } from './queries';
import { renderWithApp } from './render';
import { draftBatch } from './batch-fixtures';

// Issue 12's screens: the attendance grid driven from the keyboard (Enter/↑/↓ along a column, Tab along the row,
// Ctrl+S), the core's refusal shown on the cell it names, the lock message of reviewed rows, the 考勤表 import
// dialog on the same page, and a roster's review and un-review (with its reason) from the rosters table.

// October 2026 by the county calendar: 国庆 1–7 off, Saturday 10 worked (调休); 18 working days.
const OCTOBER = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};
const REST_DAYS = [1, 2, 3, 4, 5, 6, 7, 11, 17, 18, 24, 25, 31];
const ROUTE = '/posts/subsidies/2026-10/emp-1';

function row(over: Partial<AttendanceRow> & Pick<AttendanceRow, 'id' | 'personName'>): AttendanceRow {
  return {
    placementId: `pl-${over.id}`,
    personId: `pe-${over.id}`,
    idNumberMasked: '653121********0133',
    postCode: 'GY-001',
    postTitle: '保洁员',
    startDate: '2026-10-01',
    leaveDate: null,
    month: '2026-10',
    daysOnPost: 31,
    requiredDays: 18,
    attendedDays: 18,
    dailyMarks: null,
    defaultMarks: defaultMarks('2026-10', over.startDate ?? '2026-10-01', over.leaveDate ?? '2026-10-31', OCTOBER),
    standardFen: 182_000,
    dueFen: 182_000,
    deductionFen: 0,
    deductionReason: null,
    paidFen: 182_000,
    siPensionFen: 0,
    siMedicalFen: 0,
    siUnemploymentFen: 0,
    siInjuryFen: 0,
    siEnabled: true,
    siSubsidyFen: 0,
    assessment: null,
    remark: null,
    enteredAt: null,
    lock: null,
    entitlementNote: null,
    ...over,
  };
}

const grid = (rows: AttendanceRow[]): AttendanceGrid => ({
  month: '2026-10',
  employerId: 'emp-1',
  employerName: '乌帕尔镇人民政府',
  calendarDays: 31,
  restDays: REST_DAYS,
  rows,
});

const renderGrid = (api: ReturnType<typeof createFakeApi>['api']) =>
  renderWithApp(
    <Routes>
      <Route path="/posts/subsidies/:month/:employerId" element={<AttendanceGridPage />} />
    </Routes>,
    { api, settings: SETTINGS, route: ROUTE },
  );

const A = row({ id: 'a1', personName: '古丽·艾力' });
const B = row({ id: 'a2', personName: '买买提·艾力', siEnabled: false });

describe('考勤录入 grid', () => {
  it('moves along a column with Enter and ↑, along a row with Tab, saves with Ctrl+S and shows a refusal on its cell', async () => {
    const saves: unknown[] = [];
    const fake = createFakeApi({
      'attendance.grid': () => ok(grid([A, B])),
      'attendance.save': (input): Result<unknown> => {
        saves.push(input);
        const first = input.rows[0];
        if (first.deductionFen > 0 && !first.deductionReason)
          return failed('BAD_INPUT', '第1行（古丽·艾力）：有扣减时请填写扣减原因', {
            'rows.0.deductionReason': '第1行（古丽·艾力）：有扣减时请填写扣减原因',
          });
        return ok(grid([{ ...A, attendedDays: 16, deductionFen: 5_000, deductionReason: '旷工', enteredAt: 'x' }, B]));
      },
    });
    renderGrid(fake.api);
    const attendedA = await screen.findByLabelText('古丽·艾力 实际出勤天数');
    await userEvent.click(attendedA);
    expect(attendedA).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('买买提·艾力 实际出勤天数')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(attendedA).toHaveFocus();
    await retype(attendedA, '16');
    await userEvent.tab();
    const deduction = screen.getByLabelText('古丽·艾力 扣减(元)');
    expect(deduction).toHaveFocus();
    await userEvent.type(deduction, '50');
    // The rural post carries no social-insurance subsidy: its amounts cannot be entered.
    expect(screen.getByLabelText('买买提·艾力 养老(元)')).toBeDisabled();
    expect(screen.getByRole('button', { name: '保存考勤（1人）' })).toBeEnabled();
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual({
      month: '2026-10',
      employerId: 'emp-1',
      rows: [attendanceEntry('a1', 18, 16, { deductionFen: 5_000 })],
    });
    expect(await screen.findByText('第1行（古丽·艾力）：有扣减时请填写扣减原因')).toBeInTheDocument();
    const reason = screen.getByLabelText('古丽·艾力 扣减原因');
    expect(reason).toHaveAttribute('title', '第1行（古丽·艾力）：有扣减时请填写扣减原因');
    await userEvent.type(reason, '旷工');
    // (The loading icon of the first save stays in the button's name in jsdom, where its leave motion never ends.)
    await userEvent.click(screen.getByText('保存考勤（1人）').closest('button') as HTMLElement);
    expect(await screen.findByText('考勤已保存')).toBeInTheDocument();
    expect(saves).toHaveLength(2);
    expect((saves[1] as { rows: { deductionReason: string }[] }).rows[0].deductionReason).toBe('旷工');
  });

  it('says under each refused cell why, not only the first row’s message at the top (audit6 gap 10)', async () => {
    const fake = createFakeApi({
      'attendance.grid': () => ok(grid([A, B])),
      'attendance.save': () =>
        failed('BAD_INPUT', '第1行（古丽·艾力）：有扣减时请填写扣减原因', {
          'rows.0.deductionReason': '第1行（古丽·艾力）：有扣减时请填写扣减原因',
          'rows.1.deductionReason': '第2行（买买提·艾力）：有扣减时请填写扣减原因',
        }),
    });
    renderGrid(fake.api);
    await userEvent.type(await screen.findByLabelText('古丽·艾力 扣减(元)'), '50');
    await userEvent.type(screen.getByLabelText('买买提·艾力 扣减(元)'), '30');
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(await screen.findByText('第1行（古丽·艾力）：有扣减时请填写扣减原因')).toBeInTheDocument();
    for (const name of ['古丽·艾力', '买买提·艾力']) {
      const cell = screen.getByLabelText(`${name} 扣减原因`);
      expect(cell).toHaveAccessibleDescription('有扣减时请填写扣减原因');
      expect(within(cell.closest('td')!).getByText('有扣减时请填写扣减原因')).toBeInTheDocument();
    }
  });

  it('实发 follows a typed 扣减 before saving; changed days say 保存后计算 (audit6 gap 12)', async () => {
    const fake = createFakeApi({ 'attendance.grid': () => ok(grid([A, B])) });
    renderGrid(fake.api);
    const deduction = await screen.findByLabelText('古丽·艾力 扣减(元)');
    const rowA = deduction.closest('tr')!;
    expect(within(rowA).getAllByText('1,820.00')).toHaveLength(2);
    await userEvent.type(deduction, '50');
    expect(within(rowA).getByText('1,770.00')).toBeInTheDocument();
    expect(within(rowA).getAllByText('1,820.00')).toHaveLength(1);
    await retype(screen.getByLabelText('古丽·艾力 实际出勤天数'), '16');
    expect(within(rowA).getAllByText('保存后计算')).toHaveLength(2);
    // The other row keeps its saved amounts.
    expect(within(screen.getByLabelText('买买提·艾力 扣减(元)').closest('tr')!).getAllByText('1,820.00')).toHaveLength(
      2,
    );
  });

  it('asks before leaving with unsaved rows; 放弃 goes back to 补贴发放', async () => {
    const fake = createFakeApi({ 'attendance.grid': () => ok(grid([A, B])) });
    const { router } = renderGrid(fake.api);
    await retype(await screen.findByLabelText('古丽·艾力 实际出勤天数'), '16');
    await userEvent.click(screen.getByRole('link', { name: '← 补贴发放' }));
    const dialog = await findLeaveQuestion();
    expect(router.state.location.pathname).toBe(ROUTE);
    await userEvent.click(within(dialog).getByRole('button', { name: '放弃' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/posts/subsidies'));
  });

  it('每日考勤: marks days from the keyboard, counts them into the attended days, saves the marks and shows their refusal', async () => {
    const saves: { rows: { dailyMarks?: string | null; attendedDays: number }[] }[] = [];
    const C = row({ id: 'a3', personName: '阿依努尔', leaveDate: '2026-10-20', daysOnPost: 20, attendedDays: 9 });
    const fake = createFakeApi({
      'attendance.grid': () => ok(grid([A, C])),
      'attendance.save': (input): Result<unknown> => {
        saves.push(input);
        if (saves.length === 1) {
          const message = '第1行（古丽·艾力）：11日是休息日，不能记“旷”（请假、旷工只记在工作日）';
          return failed('BAD_INPUT', message, { 'rows.0.dailyMarks': message });
        }
        return ok(grid([A, C]));
      },
    });
    renderGrid(fake.api);
    await screen.findByLabelText('古丽·艾力 实际出勤天数');
    await userEvent.click(screen.getByText('每日考勤'));
    // The table is as wide as its columns: 姓名 132, 31 days of 30, 出勤 48, 请假 44, 旷工 44, 说明 62.
    expect(screen.getByLabelText('古丽·艾力 8日').closest('table')).toHaveStyle({ width: '1260px' });
    // Before any mark the cells show the defaults as placeholders; days after leaving are fixed (—) and skipped.
    const day8 = screen.getByLabelText('古丽·艾力 8日');
    expect(day8).toHaveValue('');
    expect(day8).toHaveAttribute('placeholder', '√');
    expect(screen.getByLabelText('古丽·艾力 11日')).toHaveAttribute('placeholder', '休');
    expect(screen.getByLabelText('阿依努尔 21日')).toBeDisabled();
    expect(screen.getByLabelText('阿依努尔 21日')).toHaveValue('—');
    await userEvent.click(day8);
    await userEvent.keyboard('4');
    expect(screen.getByLabelText('古丽·艾力 9日')).toHaveFocus();
    await userEvent.keyboard('j');
    const day10 = screen.getByLabelText('古丽·艾力 10日');
    expect(day10).toHaveFocus();
    expect(screen.getByLabelText('古丽·艾力 8日')).toHaveValue('旷');
    expect(screen.getByLabelText('古丽·艾力 9日')).toHaveValue('假');
    // Marking one day fills the rest of the row from its defaults.
    expect(screen.getByLabelText('古丽·艾力 12日')).toHaveValue('√');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('阿依努尔 10日')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    expect(screen.getByLabelText('古丽·艾力 11日')).toHaveFocus();
    // A letter that is no mark changes nothing; Backspace puts the default back.
    await userEvent.keyboard('q');
    expect(screen.getByLabelText('古丽·艾力 11日')).toHaveValue('休');
    await userEvent.keyboard('4');
    expect(screen.getByLabelText('古丽·艾力 11日')).toHaveValue('旷');
    const counts = within(screen.getByLabelText('古丽·艾力 8日').closest('tr') as HTMLElement);
    expect(counts.getByText('16')).toBeInTheDocument(); // 18 working days − 旷 − 假
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(saves).toHaveLength(1));
    const expected = Array.from(defaultMarks('2026-10', '2026-10-01', '2026-10-31', OCTOBER));
    expected[7] = '旷';
    expected[8] = '假';
    expected[10] = '旷';
    expect(saves[0].rows).toEqual([
      expect.objectContaining({ id: 'a1', attendedDays: 16, dailyMarks: expected.join('') }),
    ]);
    const refused = await screen.findByText('16（有误）');
    expect(refused).toHaveAttribute('title', '第1行（古丽·艾力）：11日是休息日，不能记“旷”（请假、旷工只记在工作日）');
    screen.getByLabelText('古丽·艾力 11日').focus();
    await userEvent.keyboard('{Backspace}');
    expect(screen.getByLabelText('古丽·艾力 11日')).toHaveValue('休');
    await userEvent.click(screen.getByText('保存考勤（1人）').closest('button') as HTMLElement);
    await waitFor(() => expect(saves).toHaveLength(2));
    expected[10] = '休';
    expect(saves[1].rows[0]).toMatchObject({ attendedDays: 16, dailyMarks: expected.join('') });
    expect(await screen.findByText('考勤已保存')).toBeInTheDocument();
  });

  it('姓名 holds four characters and the 已锁定 tag on one line, 应发/实发 hold 保存后计算, and the columns still fit 1366×768', async () => {
    const lock = { batchId: 'b1', batchName: '2026年10月公益性岗位岗位补贴发放花名册', status: '已审核' };
    const fake = createFakeApi({ 'attendance.grid': () => ok(grid([{ ...A, personName: '阿依古丽', lock }, B])) });
    const { container } = renderGrid(fake.api);
    const tag = await screen.findByText('已锁定');
    expect(tag.parentElement).toHaveTextContent(/^阿依古丽已锁定$/);
    expect(tag.parentElement).toHaveStyle({ whiteSpace: 'nowrap' });
    const body = container.querySelector('.ant-table-body colgroup')!;
    const widths = [...body.querySelectorAll('col')].map((c) => parseFloat((c as HTMLElement).style.width));
    // Cell padding 2 × 8 + four characters of 14 px + a 4 px gap + the tag (36 px of text, 2 × 7 padding, 2 × 1 border).
    expect(widths[0]).toBeGreaterThanOrEqual(16 + 4 * 14 + 4 + 52);
    // 应发 and 实发 (the last columns but two, as the header's first row ends): 2 × 8 padding + 保存后计算, five
    // characters of 14 px; 说明 (the last) still holds 已录入.
    const header = [...container.querySelector('thead tr')!.querySelectorAll('th')].map((th) => th.textContent);
    expect(header.slice(-4)).toEqual(['应发(元)', '实发(元)', '社保补贴(元)', '说明']);
    expect(Math.min(...widths.slice(-4, -2))).toBeGreaterThanOrEqual(16 + 5 * 14);
    expect(widths.at(-1)).toBeGreaterThanOrEqual(16 + 3 * 14);
    // 1366 less the 240 px navigation and the page's 2 × 16 padding, less a vertical scroll bar.
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1366 - 240 - 32 - 17);
  });

  it('says which rows a reviewed roster locks, and shows the core refusal naming the roster', async () => {
    const lock = { batchId: 'b1', batchName: '2026年10月公益性岗位岗位补贴发放花名册', status: '已审核' };
    const refusal =
      '第1行（古丽·艾力）2026年10月的考勤已列入“2026年10月公益性岗位岗位补贴发放花名册”（已审核），已锁定，不能修改。';
    const fake = createFakeApi({
      'attendance.grid': () => ok(grid([{ ...A, lock }, B])),
      'attendance.save': () => failed('RULE_VIOLATION', refusal),
    });
    renderGrid(fake.api);
    expect(
      await screen.findByText(
        '1 人的考勤已列入已审核的花名册，已锁定；如需更正，请在以后月份的补发/扣回花名册中办理。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('已锁定')).toHaveAttribute('title', lock.batchName);
    expect(screen.getByText(`已列入${lock.batchName}（已审核）`)).toBeInTheDocument();
    const attended = screen.getByLabelText('古丽·艾力 实际出勤天数');
    await retype(attended, '17');
    await userEvent.click(screen.getByRole('button', { name: '保存考勤（1人）' }));
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.queryByText('考勤已保存')).toBeNull();
  });

  it('imports a filled 考勤表: the dry run names the bad cells, then 导入考勤 writes the rest and the grid reloads', async () => {
    const jobs = oneRowRefusedJobs(
      { token: 'tok-a', kind: 'attendance', fileName: '考勤表.xlsx' },
      {
        row: 6,
        column: 'AM',
        field: '扣减金额',
        value: '5000',
        message: '“买买提·艾力”：扣减（5000.00元）不能超过应发岗位补贴（939.35元）',
      },
    );
    let gridReads = 0;
    const fake = createFakeApi({
      'attendance.grid': () => {
        gridReads++;
        return ok(grid([A, B]));
      },
      'imports.attendance.check': () => ok({ jobId: 'check' }),
      'imports.attendance.commit': () => ok({ jobId: 'commit' }),
      'jobs.status': ({ jobId }) => jobEnded(jobId, jobs[jobId]),
    });
    renderGrid(fake.api);
    await userEvent.click(await screen.findByRole('button', { name: '导入考勤表' }));
    const dialog = await screen.findByRole('dialog', { name: '导入考勤表：乌帕尔镇人民政府 2026年10月' });
    expect(within(dialog).getByRole('button', { name: '导出考勤表' })).toBeInTheDocument();
    await userEvent.upload(
      dialog.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['PK'], '考勤表.xlsx'),
    );
    expect(await screen.findByText('共 2 行：可导入 1 行，有错误 1 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.attendance.check')).toEqual([
      { fileName: '考勤表.xlsx', contentBase64: expect.any(String), month: '2026-10', employerId: 'emp-1' },
    ]);
    expect(screen.getByText('“买买提·艾力”：扣减（5000.00元）不能超过应发岗位补贴（939.35元）')).toBeInTheDocument();
    const readsBefore = gridReads;
    await userEvent.click(screen.getByRole('button', { name: '导入考勤' }));
    expect(await screen.findByText('导入完成：1 人的考勤，跳过 1 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.attendance.commit')).toEqual([{ token: 'tok-a', skipInvalidRows: true }]);
    await waitFor(() => expect(gridReads).toBeGreaterThan(readsBefore));
  });
});

const SUMMARY = draftBatch({ persons: 2, totalFen: 275_935, preparedBy: '阿依古丽' });
const detail = (over: Partial<BatchSummary>): BatchDetail => ({ ...SUMMARY, ...over });

describe('花名册 review and un-review', () => {
  it('审核 asks for the reviewer and says what locks; 撤销审核 needs a reason and shows the core refusal', async () => {
    const fake = createFakeApi({
      'subsidies.review': (input) => ok(detail({ status: 'reviewed', reviewedBy: input.reviewedBy })),
      'subsidies.unreview': (input): Result<unknown> =>
        input.reason === '金额有误'
          ? ok(detail({}))
          : failed(
              'RULE_VIOLATION',
              '“2026年10月公益性岗位岗位补贴发放花名册”已有“2026年11月公益性岗位岗位补贴补发/扣回花名册”对其补发/扣回，不能撤销审核。',
            ),
    });
    const { unmount } = renderWithApp(<BatchesTable batches={[SUMMARY]} loading={false} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await userEvent.click(screen.getByRole('button', { name: '审核' }));
    const review = await screen.findByRole('dialog', { name: `审核：${SUMMARY.name}` });
    expect(
      within(review).getByText(
        '共 2 人，合计 2,759.35 元。审核后金额固定，花名册及其考勤记录锁定，不能再修改；更正须在以后月份的补发/扣回花名册中办理。',
      ),
    ).toBeInTheDocument();
    // Filled with the signed-in account's name; the clerk may write the name of whoever signs the paper roster.
    const reviewer = within(review).getByLabelText('审核人');
    expect(reviewer).toHaveValue('阿依古丽');
    await userEvent.clear(reviewer);
    await userEvent.type(reviewer, '阿依古丽');
    await userEvent.click(within(review).getByRole('button', { name: '审核并锁定' }));
    await waitFor(() => expect(fake.callsTo('subsidies.review')).toEqual([{ id: 'b1', reviewedBy: '阿依古丽' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: `审核：${SUMMARY.name}` })).toBeNull());

    const reviewed = { ...SUMMARY, status: 'reviewed' as const, statusLabel: '已审核', reviewedBy: '阿依古丽' };
    unmount();
    renderWithApp(<BatchesTable batches={[reviewed]} loading={false} />, { api: fake.api, settings: SETTINGS });
    expect(screen.queryByRole('button', { name: '审核' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: '撤销审核' }));
    const undo = await screen.findByRole('dialog', { name: `撤销审核：${SUMMARY.name}` });
    expect(within(undo).getByText('撤销后花名册回到草稿，考勤可以再修改。撤销原因记入操作日志。')).toBeInTheDocument();
    await userEvent.type(within(undo).getByLabelText('撤销审核原因'), '补录');
    await userEvent.click(within(undo).getByRole('button', { name: '撤销审核' }));
    expect(
      await within(undo).findByText(
        '“2026年10月公益性岗位岗位补贴发放花名册”已有“2026年11月公益性岗位岗位补贴补发/扣回花名册”对其补发/扣回，不能撤销审核。',
      ),
    ).toBeInTheDocument();
    const reasonInput = within(undo).getByLabelText('撤销审核原因');
    await retype(reasonInput, '金额有误');
    await userEvent.click(within(undo).getByRole('button', { name: '撤销审核' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: `撤销审核：${SUMMARY.name}` })).toBeNull());
    expect(fake.callsTo('subsidies.unreview')).toEqual([
      { id: 'b1', reason: '补录' },
      { id: 'b1', reason: '金额有误' },
    ]);
  });
});

describe('a training roster’s review (audit7 gap 6)', () => {
  it('says the trainees’ results lock, not 考勤, and that classes closing later go to next month’s roster', async () => {
    const training = draftBatch({
      kind: 'training',
      kindLabel: '职业培训补贴',
      name: '2026年10月职业培训补贴申领花名册',
    });
    const { unmount } = renderWithApp(<BatchesTable batches={[training]} loading={false} />, {
      api: createFakeApi({}).api,
      settings: SETTINGS,
    });
    await userEvent.click(screen.getByRole('button', { name: '审核' }));
    const review = await screen.findByRole('dialog', { name: `审核：${training.name}` });
    expect(
      within(review).getByText(
        '共 1 人，合计 1,900.00 元。审核后金额固定，花名册及其学员的考核结果锁定，不能再修改；' +
          '本月花名册审核后，月内之后结业的培训班列入2026年11月的花名册；更正须在以后月份的补发/扣回花名册中办理。',
      ),
    ).toBeInTheDocument();
    unmount();
    const reviewed = { ...training, status: 'reviewed' as const, statusLabel: '已审核' };
    renderWithApp(<BatchesTable batches={[reviewed]} loading={false} />, {
      api: createFakeApi({}).api,
      settings: SETTINGS,
    });
    await userEvent.click(await screen.findByRole('button', { name: '撤销审核' }));
    const undo = await screen.findByRole('dialog', { name: `撤销审核：${training.name}` });
    expect(
      within(undo).getByText('撤销后花名册回到草稿，学员的考核结果可以再修改。撤销原因记入操作日志。'),
    ).toBeInTheDocument();
  });
});

describe('what the review of a 见习补贴 or 补发/扣回 roster locks', () => {
  it.each([
    {
      roster: '见习补贴',
      batch: { kind: 'internship', kindLabel: '就业见习补贴', name: '2026年10月就业见习补贴发放花名册' },
      locks: '花名册及其见习补贴记录锁定',
      undo: '撤销后花名册回到草稿，见习补贴记录可以再修改。撤销原因记入操作日志。',
    },
    {
      // A 补发/扣回 roster covers no 考勤 row (only an ordinary roster locks the rows it pays): only its own lines lock.
      roster: '补发/扣回',
      batch: { supplementary: true, name: '2026年10月公益性岗位岗位补贴补发/扣回花名册' },
      locks: '花名册锁定',
      undo: '撤销后花名册回到草稿，补发/扣回金额可以再修改。撤销原因记入操作日志。',
    },
  ] as const)('$roster: the review and the undo name what the core locks, not 考勤', async ({ batch, locks, undo }) => {
    const draft = draftBatch(batch);
    const api = createFakeApi({}).api;
    const { unmount } = renderWithApp(<BatchesTable batches={[draft]} loading={false} />, { api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '审核' }));
    const review = await screen.findByRole('dialog', { name: `审核：${draft.name}` });
    expect(
      within(review).getByText(
        `共 1 人，合计 1,900.00 元。审核后金额固定，${locks}，不能再修改；更正须在以后月份的补发/扣回花名册中办理。`,
      ),
    ).toBeInTheDocument();
    unmount();
    const reviewed = { ...draft, status: 'reviewed' as const, statusLabel: '已审核' };
    renderWithApp(<BatchesTable batches={[reviewed]} loading={false} />, { api, settings: SETTINGS });
    await userEvent.click(await screen.findByRole('button', { name: '撤销审核' }));
    const dialog = await screen.findByRole('dialog', { name: `撤销审核：${draft.name}` });
    expect(within(dialog).getByText(undo)).toBeInTheDocument();
  });
});
