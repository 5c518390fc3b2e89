import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportLayout } from '../../shared/contract/report-layouts';
import { ACCOUNT, failed, ok } from './fake-api';
import { fieldItem, fillIn, findLeaveQuestion, onlyCallTo, retype } from './queries';
import { headerInput, open, view } from './report-layouts-fixtures';

// 设置 → 报表格式: a county's layout of an exported report (title, headers, columns left out, order, signatures).

describe('设置 → 报表格式', () => {
  it('sends the whole layout after renaming, leaving out and moving columns, with the title and signatures', async () => {
    const { callsTo } = open(view(null), {
      'reportLayouts.save': () => ok(view({ title: null, signatures: null, columns: [] })),
    });
    expect(await screen.findByText('RPT-04 公益性岗位安置人员花名册', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByLabelText('标题')).toHaveAttribute(
      'placeholder',
      '{县市名}{年}年{月}月公益性岗位安置人员花名册',
    );
    expect(within(fieldItem('标题')).getByText(/\{县市名\} 县\(市、区\)名称/)).toBeInTheDocument();

    await retype(headerInput('岗位名称'), '岗位');
    await userEvent.click(screen.getByRole('checkbox', { name: '导出“联系电话”' }));
    await userEvent.click(screen.getByRole('button', { name: '上移“岗位名称”' }));
    // A group moves with its columns; the first among its siblings cannot go further up.
    await userEvent.click(screen.getByRole('button', { name: '上移“岗位信息”' }));
    expect(screen.getByRole('button', { name: '上移“序号”' })).toBeDisabled();
    await fillIn(screen.getByLabelText('标题'), '{县市名}{年}年{月}月公益性岗位人员名册');
    await retype(screen.getByLabelText('签字栏第1行'), '制表人：');
    await userEvent.type(screen.getByLabelText('签字栏第2行'), '审核人：');

    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'reportLayouts.save')).toEqual({
      report: 'RPT-04',
      layout: {
        title: '{县市名}{年}年{月}月公益性岗位人员名册',
        signatures: ['制表人：', '审核人：'],
        columns: [
          { id: 'seq', header: '序号', omit: false },
          { id: 'group:岗位信息', header: '岗位信息', omit: false },
          { id: 'post', header: '岗位', omit: false },
          { id: 'employer', header: '用人单位', omit: false },
          { id: 'name', header: '姓名', omit: false },
          { id: 'phone', header: '联系电话', omit: true },
          { id: 'subsidy', header: '岗位补贴(元)', omit: false },
        ],
      },
      expectedUpdatedAt: null,
    });
    expect(await screen.findByText('已保存：公益性岗位安置人员花名册的报表格式')).toBeInTheDocument();
  });

  it('shows a saved layout, sends null for a title and signatures equal to the defaults, and keeps fixed nodes fixed', async () => {
    const saved: ReportLayout = {
      title: '公益性岗位人员名册',
      signatures: [],
      columns: [
        { id: 'phone', header: '电话', omit: true },
        { id: 'seq', header: '序号', omit: false },
        // Stored before 姓名 became fixed: shown and sent as the default.
        { id: 'name', header: '名字', omit: true },
      ],
    };
    const { callsTo } = open(view(saved), { 'reportLayouts.save': () => ok(view(null)) });
    expect(await screen.findByDisplayValue('公益性岗位人员名册')).toBeInTheDocument();
    // The layout's order among the top nodes first, the others after them in their default order.
    const rows = within(screen.getByRole('table', { name: '表头' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual([
      '联系电话',
      '序号',
      '姓名',
      '岗位信息',
      '用人单位',
      '岗位名称',
      '岗位补贴(元)',
    ]);
    expect(headerInput('联系电话')).toHaveValue('电话');
    expect(screen.getByRole('checkbox', { name: '导出“联系电话”' })).not.toBeChecked();
    // 姓名 carries the 合计: its header and 导出 cannot change, and the reason is shown.
    expect(headerInput('姓名')).toBeDisabled();
    expect(headerInput('姓名')).toHaveValue('姓名');
    expect(screen.getByRole('checkbox', { name: '导出“姓名”' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '导出“姓名”' })).toBeChecked();
    expect(screen.getByText('合计写在此列')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '恢复默认标题' }));
    await fillIn(screen.getByLabelText('签字栏第1行'), '填表人：　　审核人：　　负责人：');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await onlyCallTo(callsTo, 'reportLayouts.save')).toMatchObject({
      layout: {
        title: null,
        signatures: null,
        columns: expect.arrayContaining([{ id: 'name', header: '姓名', omit: false }]),
      },
      expectedUpdatedAt: '2025-03-10T02:00:00.000Z',
    });
  });

  it('resets to the defaults after a confirmation naming the report', async () => {
    const saved: ReportLayout = { title: '名册', signatures: null, columns: [] };
    const { callsTo } = open(view(saved), { 'reportLayouts.reset': () => ok(view(null)) });
    await userEvent.click(await screen.findByRole('button', { name: '恢复默认' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('恢复“公益性岗位安置人员花名册”的默认格式？').length).toBeGreaterThan(0);
    expect(callsTo('reportLayouts.reset')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: '恢复默认' }));
    await waitFor(() =>
      expect(callsTo('reportLayouts.reset')).toEqual([
        { report: 'RPT-04', expectedUpdatedAt: '2025-03-10T02:00:00.000Z' },
      ]),
    );
    expect(await screen.findByText('已恢复默认格式：公益性岗位安置人员花名册')).toBeInTheDocument();
  });

  it('shows a refusal of the title under 标题 and one of the columns at the top', async () => {
    let answer = failed('RULE_VIOLATION', '标题中的 {日} 不是可用的占位符', {
      title: '标题中的 {日} 不是可用的占位符',
    });
    open(view(null), { 'reportLayouts.save': () => answer });
    await fillIn(await screen.findByLabelText('标题'), '{县市名}{年}年{月}月{日}名册');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await within(fieldItem('标题')).findByText('标题中的 {日} 不是可用的占位符')).toBeInTheDocument();

    answer = failed('RULE_VIOLATION', '至少要导出一列数据', { columns: '至少要导出一列数据' });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('至少要导出一列数据');
  });

  it('says a group goes when all its columns are left out, and keeps the keyboard on a moved node', async () => {
    open(view(null));
    const groupRow = (await screen.findByText('岗位信息', { selector: 'span' })).closest('tr') as HTMLElement;
    expect(within(groupRow).getByText('随所含列')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '导出“用人单位”' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '导出“岗位名称”' }));
    expect(within(groupRow).getByText('整组不导出')).toBeInTheDocument();

    // 下移 of the last but one top node: it becomes the last, so the keyboard goes to its 上移.
    screen.getByRole('button', { name: '下移“联系电话”' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: '上移“联系电话”' })).toHaveFocus());
    expect(screen.getByRole('button', { name: '下移“联系电话”' })).toBeDisabled();
  });

  it('refuses an empty header before calling the core', async () => {
    const { callsTo } = open(view(null), { 'reportLayouts.save': () => ok(view(null)) });
    await userEvent.clear(await screen.findByLabelText('“联系电话”导出时表头'));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请填写表头文字')).toBeInTheDocument();
    expect(callsTo('reportLayouts.save')).toHaveLength(0);
  });

  it('asks before leaving unsaved changes for another report', async () => {
    open(view(null));
    await retype(await screen.findByLabelText('“联系电话”导出时表头'), '电话');
    await userEvent.click(screen.getByRole('menuitem', { name: /RPT-05/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByText('放弃未保存的内容吗？').length).toBeGreaterThan(0);
    await userEvent.click(within(dialog).getByRole('button', { name: '放弃' }));
    expect(await screen.findByText('RPT-05 公益性岗位人员考勤表', { selector: 'strong' })).toBeInTheDocument();
  });

  it('asks before going to another page with unsaved changes, and stays on 继续填写', async () => {
    const { router } = open(view(null));
    await retype(await screen.findByLabelText('“联系电话”导出时表头'), '电话');
    await act(() => router.navigate('/reports'));
    await userEvent.click(within(await findLeaveQuestion()).getByRole('button', { name: '继续填写' }));
    expect(router.state.location.pathname).toBe('/settings/layouts');
    expect(screen.getByLabelText('“联系电话”导出时表头')).toHaveValue('电话');
  });

  it('shows the layout read-only to an account that is not the administrator', async () => {
    const { callsTo } = open(view(null), {}, { ...ACCOUNT, id: 'acc-clerk', role: 'clerk', fullIdExport: false });
    expect(await screen.findByText('只有管理员可以修改报表格式')).toBeInTheDocument();
    expect(screen.getByLabelText('标题')).toBeDisabled();
    expect(headerInput('联系电话')).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: '导出“联系电话”' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '下移“联系电话”' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '恢复默认标题' })).not.toBeInTheDocument();
    expect(callsTo('reportLayouts.save')).toHaveLength(0);
  });
});
