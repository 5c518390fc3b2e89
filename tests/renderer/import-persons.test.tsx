import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonImportButton } from '../../renderer/src/features/imports/PersonImportButton';
import { UNDO_HINT } from '../../renderer/src/components/import-dialog/ImportSteps';
import type { Result } from '../../shared/contract';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { SETTINGS, createFakeApi, failed, jobEnded, ok, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';
import { stubDownloads, type ClickedDownload } from './downloads';
import { SOON } from './queries';

// The person import modal (issue 4 item 4; UI.md long jobs): choose a file → check with progress → counts,
// the error table (行, 列, 字段, 原值, 问题), the changes of registered persons with one checkbox each, none
// ticked → 导入有效行 → 导入完成：新增 N 人，更新 M 人，跳过 K 行. Closing before that writes nothing.

const CHECK: PersonImportCheck = {
  token: 'tok-1',
  fileName: '花名册.xlsx',
  total: 15,
  valid: 7,
  errorRows: 8,
  errorCount: 9,
  errors: [
    {
      row: 7,
      column: 'C',
      field: '公民身份号码',
      value: '653121199001011200',
      message: '公民身份号码被 Excel 存成了数字，后几位已丢失，请把该列设为“文本”后重新填写',
    },
    {
      row: 13,
      column: 'I',
      field: '乡镇(街道)',
      value: '不存在镇',
      message: '乡镇(街道)“不存在镇”不在本县的行政区划中，请检查名称，或先在“设置 → 行政区划”中添加',
    },
  ],
  newCount: 5,
  matched: [
    {
      row: 16,
      personId: 'p-16',
      name: '古丽',
      idNumberMasked: '653121********0244',
      changes: [{ field: 'phone', label: '联系电话', from: '13899012345', to: '13900001111' }],
    },
  ],
  unchangedCount: 1,
  ignoredColumns: [{ column: 'A', header: '序号' }],
};

const BACKUP = 'taizhang-before-import-20261207-093000.db';
const jobs: Record<string, Result<unknown>> = {};
function handlers(over: FakeHandlers = {}): FakeHandlers {
  jobs.check = ok(CHECK);
  jobs.commit = ok({ created: 5, updated: 0, skipped: 10, backup: BACKUP });
  jobs.errors = ok({ fileId: '0190a000-0000-7000-8000-000000000002', fileName: '花名册_错误清单.xlsx' });
  jobs.template = ok({ fileId: '0190a000-0000-7000-8000-000000000003', fileName: '人员信息导入模板.xlsx' });
  return {
    'imports.persons.check': () => ok({ jobId: 'check' }),
    'imports.persons.commit': () => ok({ jobId: 'commit' }),
    'imports.persons.errorWorkbook': () => ok({ jobId: 'errors' }),
    'imports.persons.template': () => ok({ jobId: 'template' }),
    'jobs.status': ({ jobId }) => jobEnded(jobId, jobs[jobId]),
    'files.take': ({ fileId }) =>
      ok({
        fileName: fileId.endsWith('2') ? '花名册_错误清单.xlsx' : '人员信息导入模板.xlsx',
        contentBase64: btoa('PK'),
      }),
    ...over,
  };
}

let downloads: ClickedDownload[] = [];
beforeEach(() => {
  downloads = stubDownloads('blob:taizhang/2');
});
afterEach(() => vi.restoreAllMocks());

async function openAndCheck(over: FakeHandlers = {}) {
  const fake = createFakeApi(handlers(over));
  const onImported = vi.fn();
  renderWithApp(<PersonImportButton onImported={onImported} />, { api: fake.api, settings: SETTINGS });
  await userEvent.click(screen.getByRole('button', { name: '导入' }));
  const dialog = await screen.findByRole('dialog', { name: '导入人员信息' });
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  expect(input).toHaveAttribute('accept', '.xlsx,.xls,.csv');
  await userEvent.upload(input, new File(['PK-roster'], '花名册.xlsx'));
  return { fake, onImported, dialog };
}

/** The check result on screen (reading the file and polling the job take a moment on a busy machine). */
const SUMMARY = '共 15 行：可导入 5 行，有错误 8 行，已存在 2 人';
const checkedView = () => screen.findByText(SUMMARY, {}, SOON);

describe('导入人员信息', () => {
  it('checks the file, then shows the numbers, every error and the changes, none ticked', async () => {
    const { fake } = await openAndCheck();
    expect(await checkedView()).toBeInTheDocument();
    const [sent] = fake.callsTo('imports.persons.check') as { fileName: string; contentBase64: string }[];
    expect(sent).toEqual({ fileName: '花名册.xlsx', contentBase64: btoa('PK-roster') });
    expect(screen.getByText('未识别的列将被忽略：A列“序号”')).toBeInTheDocument();

    const errors = screen.getByRole('table', { name: '错误列表' });
    for (const h of ['行', '列', '字段', '原值', '问题'])
      expect(within(errors).getByRole('columnheader', { name: h })).toBeInTheDocument();
    const bad = within(errors).getByText('不存在镇').closest('tr') as HTMLElement;
    expect(within(bad).getByText('13')).toBeInTheDocument();
    expect(within(bad).getByText('I')).toBeInTheDocument();
    expect(within(bad).getByText('乡镇(街道)')).toBeInTheDocument();

    const matched = screen.getByRole('table', { name: '已登记人员的变化' });
    const row = within(matched).getByText('古丽').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('联系电话：13899012345 → 13900001111');
    expect(within(row).getByRole('checkbox')).not.toBeChecked();
    expect(screen.getByText('将新增 5 人，更新 0 人，跳过 10 行')).toBeInTheDocument();
  });

  it('lists the rows to look at again (失业 under 16) apart from the errors; still counted as importable', async () => {
    const warning = {
      row: 5,
      column: 'I',
      field: '当前就业状态',
      value: '失业(未就业)',
      message: '该人员11周岁，未满16周岁，不在劳动年龄内，当前就业状态一般不应为“失业(未就业)”，请核对',
    };
    const withWarnings = { ...CHECK, warnings: [warning], warningCount: 1 };
    await openAndCheck({
      'jobs.status': ({ jobId }) => jobEnded(jobId, jobId === 'check' ? ok(withWarnings) : jobs[jobId]),
    });
    await checkedView();
    expect(screen.getByText('需要核对的行：1 行（可以导入，导入后请在人员信息中核对）')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '提醒列表' });
    const row = within(table).getByText(warning.message).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('5I当前就业状态失业(未就业)');
    expect(within(screen.getByRole('table', { name: '错误列表' })).queryByText(warning.message)).toBeNull();
    expect(screen.getByText('将新增 5 人，更新 0 人，跳过 10 行')).toBeInTheDocument();
  });

  it('imports the valid rows without touching the registered person unless ticked', async () => {
    const { fake, onImported } = await openAndCheck();
    await checkedView();
    await userEvent.click(screen.getByRole('button', { name: '导入有效行' }));
    expect(await screen.findByText('导入完成：新增 5 人，更新 0 人，跳过 10 行', {}, SOON)).toBeInTheDocument();
    // audit8 gap 1: the 导入前 copy is named, with the way back.
    expect(screen.getByText(`已在导入前自动备份：${BACKUP}`)).toBeInTheDocument();
    expect(screen.getByText(UNDO_HINT)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.commit')).toEqual([
      { token: 'tok-1', updateMatched: [], skipInvalidRows: true },
    ]);
    expect(onImported).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: '完成' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '导入人员信息' })).not.toBeInTheDocument());
  });

  it('sends the ticked person for update', async () => {
    const { fake } = await openAndCheck();
    jobs.commit = ok({ created: 5, updated: 1, skipped: 9 });
    await checkedView();
    const matched = screen.getByRole('table', { name: '已登记人员的变化' });
    await userEvent.click(within(matched).getByRole('checkbox', { name: '更新 古丽' }));
    expect(screen.getByText('将新增 5 人，更新 1 人，跳过 9 行')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导入有效行' }));
    expect(await screen.findByText('导入完成：新增 5 人，更新 1 人，跳过 9 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.commit')).toEqual([
      { token: 'tok-1', updateMatched: ['16'], skipInvalidRows: true },
    ]);
  });

  it('downloads the error list and the template', async () => {
    const { fake } = await openAndCheck();
    await checkedView();
    await userEvent.click(screen.getByRole('button', { name: '下载错误清单' }));
    expect(await screen.findByText('已下载 花名册_错误清单.xlsx', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.errorWorkbook')).toEqual([{ token: 'tok-1' }]);
    await userEvent.click(screen.getByRole('button', { name: '重新选择文件' }));
    await userEvent.click(screen.getByRole('button', { name: '下载导入模板' }));
    expect(await screen.findByText('已下载导入模板', {}, SOON)).toBeInTheDocument();
    expect(downloads.map((d) => d.download)).toEqual(['花名册_错误清单.xlsx', '人员信息导入模板.xlsx']);
  });

  it('shows why a file cannot be read, and closing writes nothing', async () => {
    const fake = createFakeApi(handlers());
    jobs.check = failed('RULE_VIOLATION', '该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。');
    renderWithApp(<PersonImportButton />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    const dialog = await screen.findByRole('dialog', { name: '导入人员信息' });
    await userEvent.upload(
      dialog.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['x'], '名单.xlsx'),
    );
    // The progress window (antd gives every modal title the same id under test, so find it by its text).
    const reason = await screen.findByText('该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。', {}, SOON);
    const progress = reason.closest('[role="dialog"]') as HTMLElement;
    expect(within(progress).getByText('文件：名单.xlsx')).toBeInTheDocument();
    await userEvent.click(within(progress).getByRole('button', { name: '关闭' }));
    await userEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '导入人员信息' })).not.toBeInTheDocument());
    expect(fake.callsTo('imports.persons.commit')).toEqual([]);
  });

  it('refuses other file types before reading them', async () => {
    const fake = createFakeApi(handlers());
    renderWithApp(<PersonImportButton />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    const dialog = await screen.findByRole('dialog', { name: '导入人员信息' });
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['x'], '名单.docx'), { applyAccept: false });
    expect(await screen.findByText('只能导入 Excel（.xlsx、.xls）或 CSV 文件。', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.check')).toEqual([]);
  });
});
