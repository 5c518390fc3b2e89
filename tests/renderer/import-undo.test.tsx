import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportDone } from '../../renderer/src/components/import-dialog/ImportSteps';
import type { ImportBatch } from '../../shared/contract/import-batches';
import type { Result } from '../../shared/contract/result';
import { ACCOUNT, failed, jobEnded, ok, type FakeHandlers } from './fake-api';
import { renderWithFakeApi } from './render';
import { openSettingsTab } from './settings-page';
import { SOON } from './queries';

// 撤销本次导入 (fix27b): the last step of an import offers it for the import its result names (its batch id, imp28),
// and 设置 → 导入记录 lists the newest imports with 撤销 for those that can be undone; both ask first, send
// imports.batches.undo with the import's id (a job: its progress window), and show the core's refusal as it words it.

const BACKUP = 'taizhang-before-import-20261128-101500.db';

const batch = (over: Partial<ImportBatch> = {}): ImportBatch => ({
  id: 'b-1',
  kind: 'persons',
  fileName: '花名册.xlsx',
  summary: '导入人员：新增 5 人，更新 0 人，跳过 10 行（文件“花名册.xlsx”）',
  backup: BACKUP,
  committedBy: '阿依古丽',
  committedAt: '2026-11-28T02:15:00.000Z',
  rowCount: 12,
  status: 'open',
  undoneBy: null,
  undoneAt: null,
  canUndo: true,
  ...over,
});

/** imports.batches.undo as a job: started at once, its status ends with what `result` answers. */
const undoJob = (result: () => Result<unknown>): FakeHandlers => ({
  'imports.batches.undo': () => ok({ jobId: 'undo-1' }),
  'jobs.status': () => jobEnded('undo-1', result(), { channel: 'imports.batches.undo' }),
});

/** The last step of an import whose result named the batch b-1 (and the 导入前 copy BACKUP). */
const lastStep = (title: string) => (
  <ImportDone
    title={title}
    backup={BACKUP}
    batchId="b-1"
    errorRows={0}
    onDownloadErrors={vi.fn()}
    downloading={false}
  />
);

const CONFIRM_TEXT =
  '将删除导入“花名册.xlsx”时新增的记录，并把导入时修改过的记录恢复为导入前的内容；其他数据不变。导入之后如果又修改了这些记录或在其上录入了新记录，将不能撤销。';

describe('撤销本次导入 on the last step of an import', () => {
  it('asks, undoes the import its result named, then says it is undone', async () => {
    let state: ImportBatch = batch();
    // An older import that named the same 导入前 copy is not the one undone: the result's batch id says which.
    const other = batch({ id: 'b-0', fileName: '旧.xlsx' });
    const { callsTo } = renderWithFakeApi(lastStep('导入完成'), {
      'imports.batches.list': () => ok({ items: [other, state] }),
      ...undoJob(() => {
        state = { ...state, status: 'undone', canUndo: false };
        return ok({ id: 'b-1', reverted: 12 });
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: '撤销本次导入' }, SOON));
    const dialog = await screen.findByRole('dialog', { name: '撤销本次导入？' });
    expect(dialog).toHaveTextContent(CONFIRM_TEXT);
    expect(callsTo('imports.batches.undo')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: '撤销导入' }));
    expect(await screen.findByText('已撤销本次导入：删除或恢复 12 条记录', {}, SOON)).toBeInTheDocument();
    expect(callsTo('imports.batches.undo')).toEqual([{ id: 'b-1' }]);
    expect(await screen.findByText('已撤销本次导入', {}, SOON)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '撤销本次导入' })).toBeNull();
  });

  it('offers nothing for an import that cannot be undone, nor to a role that may not import', async () => {
    renderWithFakeApi(lastStep('导入完成'), {
      'imports.batches.list': () => ok({ items: [batch({ status: 'expired', canUndo: false })] }),
    });
    await screen.findByText('导入完成');
    await waitFor(() => expect(screen.queryByRole('button', { name: '撤销本次导入' })).toBeNull());

    const viewer = renderWithFakeApi(lastStep('只读'), {}, { account: { ...ACCOUNT, role: 'readonly' } });
    await screen.findByText('只读');
    expect(viewer.callsTo('imports.batches.list')).toEqual([]);
  });
});

describe('设置 → 导入记录', () => {
  it('lists the imports; 撤销 asks and a refusal shows the core’s message naming the record', async () => {
    const refusal = '不能撤销本次导入：导入之后，人员“古丽”已被修改。未撤销任何数据。';
    const { callsTo } = openSettingsTab('imports', {
      'imports.batches.list': () =>
        ok({
          items: [
            batch(),
            batch({
              id: 'b-0',
              fileName: '登记.xlsx',
              kind: 'registrations',
              status: 'undone',
              canUndo: false,
              undoneAt: '2026-11-28T03:00:00.000Z',
            }),
          ],
        }),
      ...undoJob(() => failed('RULE_VIOLATION', refusal)),
    });
    const table = await screen.findByRole('table', { name: '导入记录' });
    const open = (await within(table).findByText('花名册.xlsx', {}, SOON)).closest('tr') as HTMLElement;
    expect(open).toHaveTextContent('人员');
    expect(open).toHaveTextContent('可撤销');
    const undone = within(table).getByText('登记.xlsx').closest('tr') as HTMLElement;
    expect(undone).toHaveTextContent('失业登记');
    expect(undone).toHaveTextContent(/已撤销（2026-11-28 \d\d:00）/);
    expect(within(undone).queryByRole('button')).toBeNull();

    await userEvent.click(within(open).getByRole('button', { name: '撤销导入花名册.xlsx' }));
    const dialog = await screen.findByRole('dialog', { name: '撤销本次导入？' });
    await userEvent.click(within(dialog).getByRole('button', { name: '撤销导入' }));
    expect(await screen.findByText(refusal, {}, SOON)).toBeInTheDocument();
    expect(callsTo('imports.batches.undo')).toEqual([{ id: 'b-1' }]);
  });

  it('is not offered to a read-only account', async () => {
    openSettingsTab('imports', {}, { ...ACCOUNT, role: 'readonly' });
    expect(await screen.findByRole('tab', { name: '单位信息' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '导入记录' })).toBeNull();
  });
});
