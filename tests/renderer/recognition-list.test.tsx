import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecognitionWorklistsPage } from '../../renderer/src/features/recognitions/RecognitionWorklistsPage';
import type { RecognitionListItem } from '../../shared/contract/recognitions';
import { failed, ok, type CallsTo, type FakeHandlers } from './fake-api';
import { ABDU, PLACES, RECOGNISED } from './person-fixtures';
import { SOON, dialogTitled, fieldItem, resetsToFirstPage, typeAndPick } from './queries';
import { pageScene } from './render';
import { NO_RECOGNITION_COUNTS, RECOGNISED_ITEM } from './recognition-fixtures';
import { renderPersonRecognitions } from './recognition-scene';

// 就业困难人员认定's list page (全部认定, UI.md list page) and 补录认定 (BR-13 back-fill of a recognition made on paper):
// the filters travel in the address to recognitions.list, 重置 keeps the tab, rows open the person's recognition tab;
// the back-fill modal sends what the core asks and shows its refusals under the fields.

const ROW: RecognitionListItem = {
  ...RECOGNISED_ITEM,
  id: 'r1',
  idNumberMasked: '653121********109X',
  villageName: '阿亚格曼干村',
  applyDate: null,
  recognitionDate: '2019-06-01',
  backfilled: true,
};
const EXITED: RecognitionListItem = {
  ...ROW,
  id: 'r2',
  personId: 'p2',
  personName: '古丽米拉·艾力',
  applyDate: '2024-01-06',
  stage: 'exited',
  stageLabel: '已退出',
  recognitionDate: '2024-01-20',
  exitDate: '2024-12-01',
  backfilled: false,
};

const renderPage = pageScene(<RecognitionWorklistsPage />, {
  'recognitionWorklists.counts': () => ok(NO_RECOGNITION_COUNTS),
  'recognitions.list': () => ok({ asOf: '2025-03-15', items: [ROW, EXITED], total: 2 }),
  'regions.list': () => ok({ items: PLACES }),
});

const lastList = (callsTo: CallsTo) => callsTo('recognitions.list').at(-1);

describe('公示中 → 公示名单 (audit6)', () => {
  it('opens the notice of the person’s 乡镇 for the month their 公示 starts', async () => {
    const inNotice = {
      ...ROW,
      stage: 'notice' as const,
      stageLabel: '公示中',
      recognitionDate: null,
      backfilled: false,
    };
    const item = { ...inNotice, noticeStart: '2025-03-18', noticeEnd: '2025-03-20', daysLeft: 5 };
    const { router } = renderPage('/recognitions?tab=inNotice', {
      'recognitionWorklists.inNotice': () => ok({ asOf: '2025-03-15', items: [item], total: 1 }),
    });
    const table = await screen.findByRole('table', { name: '公示中' }, SOON);
    const row = (await within(table).findByText(ABDU.name, {}, SOON)).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: '公示名单' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'));
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      report: 'GS-01',
      from: '2025-03',
      to: '2025-03',
      township: 't1',
    });
  });
});

describe('全部认定', { timeout: 60_000 }, () => {
  it('reads the filters from the address, lists every stage and opens the person’s recognition tab', async () => {
    const { callsTo } = renderPage('/recognitions?tab=all&q=109X&stage=exited&cat=K03&township=t1');
    const table = await screen.findByRole('table', { name: '认定列表' }, SOON);
    expect(lastList(callsTo)).toEqual({
      query: '109X',
      stage: 'exited',
      category: 'K03',
      townshipId: 't1',
      page: 1,
      pageSize: 20,
    });
    const row = (await within(table).findByText(ABDU.name, {}, SOON)).closest('tr') as HTMLElement;
    expect(within(row).getByText('已认定')).toBeInTheDocument();
    expect(within(row).getByText('补录')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '查看' })).toHaveAttribute('href', '/persons/p1?tab=recognitions');
    const exited = within(table).getByText('古丽米拉·艾力').closest('tr') as HTMLElement;
    expect(within(exited).getByText('已退出')).toBeInTheDocument();
    expect(within(exited).getByText('2024-12-01')).toBeInTheDocument();
    const bar = screen.getByRole('search', { name: '查找认定人员' });
    expect(within(bar).getByRole('searchbox', { name: '搜索' })).toHaveValue('109X');
    expect(within(bar).getByText('已退出')).toBeInTheDocument();
    expect(within(bar).getByText('低保对象')).toBeInTheDocument();
  });

  it('sends 申请中 chosen in the bar with the category; 重置 clears the filters and stays on the tab', async () => {
    const { callsTo, router } = renderPage('/recognitions?tab=all&cat=K04', {
      'recognitions.list': (input) =>
        ok({ asOf: '2025-03-15', items: input.stage ? [] : [ROW], total: input.stage ? 0 : 1 }),
    });
    await screen.findByRole('table', { name: '认定列表' }, SOON);
    expect(lastList(callsTo)).toEqual({ category: 'K04', page: 1, pageSize: 20 });

    await typeAndPick(screen.getByRole('combobox', { name: '认定状态' }), '申请中');
    await waitFor(
      () => expect(lastList(callsTo)).toEqual({ stage: 'inProgress', category: 'K04', page: 1, pageSize: 20 }),
      SOON,
    );
    expect(await screen.findByText('没有符合条件的认定记录，可点“重置”清除条件', {}, SOON)).toBeInTheDocument();

    await resetsToFirstPage(callsTo, 'recognitions.list', '查找认定人员');
    expect(router.state.location.search).toBe('?tab=all');
    expect(screen.getByRole('tab', { name: '全部认定', selected: true })).toBeInTheDocument();
  });

  it('says how to start when there is no recognition yet', async () => {
    renderPage('/recognitions?tab=all', {
      'recognitions.list': () => ok({ asOf: '2025-03-15', items: [], total: 0 }),
    });
    expect(
      await screen.findByText('还没有认定记录。点“新增认定申请”受理申请，或点“补录认定”登记已认定的人员。', {}, SOON),
    ).toBeInTheDocument();
  });

  it('opens 补录认定 from the toolbar with the person to look up', async () => {
    renderPage('/recognitions');
    await userEvent.click(await screen.findByRole('button', { name: '补录认定' }, SOON));
    const dialog = dialogTitled('补录认定');
    expect(within(dialog).getByRole('combobox', { name: '人员' })).toBeEnabled();
  });
});

function renderTab(items: unknown[], backfill: FakeHandlers['recognitions.backfill'] = () => ok(RECOGNISED)) {
  return renderPersonRecognitions({
    'recognitions.listByPerson': () => ok({ items }),
    'recognitions.backfill': backfill,
  });
}

async function openBackfill() {
  await userEvent.click(await screen.findByRole('button', { name: '补录认定' }, SOON));
  return dialogTitled(`补录认定：${ABDU.name}`);
}

describe('补录认定 on the person’s tab', { timeout: 60_000 }, () => {
  it('is offered only without a recognition in progress or in force', async () => {
    renderTab([RECOGNISED]);
    await screen.findByText('低保对象、长期失业人员', {}, SOON);
    expect(screen.queryByRole('button', { name: '补录认定' })).not.toBeInTheDocument();
  });

  it('sends the person, the categories, the date and the helper', async () => {
    const { callsTo, onChanged } = renderTab([], () => ok({ ...RECOGNISED, backfilled: true }));
    const dialog = await openBackfill();
    await typeAndPick(within(dialog).getByRole('combobox', { name: '认定类别' }), '低保');
    await userEvent.type(within(dialog).getByLabelText('认定日期'), '2019-06-01');
    await userEvent.type(within(dialog).getByLabelText('帮扶责任人'), '阿依古丽');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1), SOON);
    expect(callsTo('recognitions.backfill')).toEqual([
      {
        personId: 'p1',
        categories: ['K03'],
        primaryCategory: 'K03',
        recognitionDate: '2019-06-01',
        helper: '阿依古丽',
        remark: '',
      },
    ]);
  });

  it('asks for a category before sending, and shows the core’s refusals under their fields', async () => {
    const refusal =
      '该人员已是认定有效的就业困难人员，同一人同一时间只能有一条有效认定；如情况有变，请先办结或退出原认定';
    const { callsTo } = renderTab([], () =>
      failed('RULE_VIOLATION', refusal, { personId: refusal, recognitionDate: '2019年06月已锁定，不能补录' }),
    );
    const dialog = await openBackfill();
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(
      await within(fieldItem('认定类别', dialog)).findByText('请至少选择一个认定类别', {}, SOON),
    ).toBeInTheDocument();
    expect(callsTo('recognitions.backfill')).toEqual([]);

    await typeAndPick(within(dialog).getByRole('combobox', { name: '认定类别' }), '低保');
    await userEvent.type(within(dialog).getByLabelText('认定日期'), '2019-06-01');
    await userEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(fieldItem('人员', dialog)).findByText(refusal, {}, SOON)).toBeInTheDocument();
    expect(within(fieldItem('认定日期', dialog)).getByText('2019年06月已锁定，不能补录')).toBeInTheDocument();
  });
});

describe('a work list while its first page loads', () => {
  it('待县级确认 shows the spinner, not 没有待办事项, until the answer comes; then the empty text', async () => {
    let answer: (r: ReturnType<typeof ok>) => void = () => {};
    renderPage('/recognitions?tab=pendingCounty', {
      'recognitionWorklists.pendingCounty': () => new Promise((resolve) => (answer = resolve)),
    });
    const table = await screen.findByRole('table', { name: '待县级确认' }, SOON);
    const wrapper = table.closest('.ant-table-wrapper') as HTMLElement;
    await waitFor(() => expect(wrapper.querySelector('.ant-spin-spinning')).not.toBeNull());
    expect(within(wrapper).queryByText('没有待办事项')).toBeNull();
    answer(ok({ asOf: '2025-03-15', items: [], total: 0 }));
    expect(await within(wrapper).findByText('没有待办事项')).toBeInTheDocument();
  });
});
