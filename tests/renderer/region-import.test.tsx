import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RegionsTab } from '../../renderer/src/features/settings/RegionsTab';
import type { Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';

const CSV = '区划代码,名称\n653221100000,巴格其镇\n';
const status = (over: Partial<JobStatus>): Result<JobStatus> =>
  ok({ jobId: 'job-1', channel: 'regions.import', state: 'running', done: 0, total: 0, phase: '读取文件', ...over });

async function setupAndUpload(handlers: FakeHandlers) {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: [] }),
    'regions.import': () => ok({ jobId: 'job-1' }),
    ...handlers,
  });
  const { container } = renderWithApp(<RegionsTab />, { api: fake.api, settings: SETTINGS });
  await waitFor(() => expect(fake.callsTo('regions.list')).toHaveLength(1));
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input).toHaveAttribute('accept', '.xlsx,.csv');
  await userEvent.upload(input, new File([CSV], '区划.csv', { type: 'text/csv' }));
  return fake;
}

describe('行政区划 → 从文件导入', () => {
  it('sends the file as base64, then reports the numbers and reloads the list', async () => {
    const fake = await setupAndUpload({
      'jobs.status': () =>
        status({ state: 'done', done: 2, total: 2, phase: '已完成', result: ok({ created: 3, unchanged: 1 }) }),
    });
    expect(await screen.findByText('导入完成：新增 3 条，已存在 1 条')).toBeInTheDocument();
    const [input] = fake.callsTo('regions.import') as { fileName: string; contentBase64: string }[];
    expect(input.fileName).toBe('区划.csv');
    expect(new TextDecoder().decode(Uint8Array.from(atob(input.contentBase64), (c) => c.charCodeAt(0)))).toBe(CSV);
    await waitFor(() => expect(fake.callsTo('regions.list')).toHaveLength(2));
  });

  it('lists each bad row (行, 列, 问题) when the import is refused', async () => {
    await setupAndUpload({
      'jobs.status': () =>
        status({
          state: 'failed',
          phase: '失败',
          result: failed('RULE_VIOLATION', '文件中有 2 处错误，未导入任何数据。请改正后重新导入。', undefined, {
            errors: [
              { row: 3, column: 'A', message: '区划代码“65322110”应为12位数字' },
              { row: 5, column: 'B', message: '名称为空' },
            ],
          }),
        }),
    });
    expect(await screen.findByText('文件中有 2 处错误，未导入任何数据。请改正后重新导入。')).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: '导入问题列表' });
    for (const header of ['行', '列', '问题'])
      expect(within(problems).getByRole('columnheader', { name: header })).toBeInTheDocument();
    const row = within(problems).getByText('名称为空').closest('tr') as HTMLElement;
    expect(within(row).getByText('5')).toBeInTheDocument();
    expect(within(row).getByText('B')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByText('名称为空')).not.toBeInTheDocument());
  });

  it('shows progress with the phase, and 取消 cancels the job', async () => {
    let cancelled = false;
    const fake = await setupAndUpload({
      'jobs.status': () =>
        cancelled
          ? status({
              state: 'cancelled',
              phase: '已取消',
              result: failed('CANCELLED', '已取消，数据未改动。'),
            })
          : status({ done: 5, total: 10, phase: '检查数据' }),
      'jobs.cancel': () => {
        cancelled = true;
        return ok({ cancelled: true });
      },
    });
    expect(await screen.findByText('检查数据（5/10）')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    await userEvent.click(screen.getByRole('button', { name: '取消' }));

    expect(await screen.findByText('已取消，数据未改动。')).toBeInTheDocument();
    expect(fake.callsTo('jobs.cancel')).toEqual([{ jobId: 'job-1' }]);
    await waitFor(() => expect(screen.queryByText('检查数据（5/10）')).not.toBeInTheDocument());
  });

  it('says 正在取消… only once the core took the cancel; a cancel of a job already ended says so and goes on', async () => {
    let answers = 0;
    let ended = false;
    const fake = await setupAndUpload({
      'jobs.status': () =>
        ended
          ? status({ state: 'cancelled', phase: '已取消', result: failed('CANCELLED', '已取消，数据未改动。') })
          : status({ done: 5, total: 10, phase: '检查数据' }),
      // First the job had (as far as the core knows) already ended; the second time it takes the cancel.
      'jobs.cancel': () => ok({ cancelled: answers++ > 0 }),
    });
    expect(await screen.findByText('检查数据（5/10）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(await screen.findByText('任务已结束，不能再取消。')).toBeInTheDocument();
    expect(screen.queryByText('正在取消…')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('检查数据（5/10）');
    // The button no longer waits (its loading icon may still be leaving: found by its text).
    await userEvent.click(screen.getByText('取消').closest('button')!);
    expect(await screen.findByText('正在取消…')).toBeInTheDocument();
    ended = true;
    expect(await screen.findByText('已取消，数据未改动。')).toBeInTheDocument();
    expect(fake.callsTo('jobs.cancel')).toEqual([{ jobId: 'job-1' }, { jobId: 'job-1' }]);
  });
});
