import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonImportButton } from '../../renderer/src/features/imports/PersonImportButton';
import type { Result } from '../../shared/contract';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { SETTINGS, createFakeApi, jobEnded, ok, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';
import { SOON } from './queries';

// Issue 14: the import dialog lets the clerk pick the roster kind (人员 / 失业登记 / 公益性岗位安置) and then follows
// the same steps with that kind's channels: check → what will be created and the rows the rules refuse → 导入有效行.

const CHECK: RosterImportCheck = {
  token: 'tok-p',
  kind: 'placements',
  fileName: '安置花名册.xlsx',
  total: 4,
  valid: 3,
  errorRows: 1,
  errorCount: 1,
  errors: [
    {
      row: 5,
      column: 'K',
      field: '上岗日期',
      value: '2026-11-01',
      message: '岗位“保洁员”核定 2 人，2026-11-01 起已有 2 人在岗',
    },
  ],
  ignoredColumns: [],
  acceptedCount: 3,
  newPersons: [],
  newEmployers: [{ row: 6, name: '阿亚格曼干村村民委员会', detail: '' }],
  newPosts: [{ row: 6, name: '阿亚格曼干村村民委员会/村庄保洁员', detail: 'GY2026001，村庄保洁，核定 1 人' }],
  // A place name read as another (audit4 gap 1).
  warnings: [
    { row: 6, column: 'J', field: '工作地点', value: '乌帕尔', message: '乡镇(街道)“乌帕尔”按“乌帕尔镇”导入' },
  ],
  warningCount: 1,
};

const jobs: Record<string, Result<unknown>> = {};
function handlers(): FakeHandlers {
  jobs.check = ok(CHECK);
  jobs.commit = ok({ created: 3, skipped: 1, persons: 0, employers: 1, posts: 1 });
  return {
    'imports.placements.check': () => ok({ jobId: 'check' }),
    'imports.placements.commit': () => ok({ jobId: 'commit' }),
    'imports.placements.mappings.list': () => ok([]),
    'jobs.status': ({ jobId }) => jobEnded(jobId, jobs[jobId]),
  };
}

describe('导入：名册类型', () => {
  it('offers the five kinds; 公益性岗位安置 checks and commits through its own channels and lists what it creates', async () => {
    const fake = createFakeApi(handlers());
    const onImported = vi.fn();
    renderWithApp(<PersonImportButton onImported={onImported} />, { api: fake.api, settings: SETTINGS });
    await userEvent.click(screen.getByRole('button', { name: '导入' }));
    const first = await screen.findByRole('dialog', { name: '导入人员信息' });
    const kinds = within(first)
      .getAllByRole('radio')
      .map((r) => r.closest('label')?.textContent);
    expect(kinds).toEqual(['人员', '失业登记', '公益性岗位安置', '培训学员', '培训考核结果']);
    await userEvent.click(within(first).getByText('公益性岗位安置'));
    const dialog = await screen.findByRole('dialog', { name: '导入公益性岗位安置名册' });
    expect(
      within(dialog).getByText(/必填列：姓名、公民身份号码、用人单位、岗位名称、上岗日期、合同截止日期、安置类别/),
    ).toBeInTheDocument();
    const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['PK-roster'], '安置花名册.xlsx'));
    expect(await screen.findByText('共 4 行：可导入 3 行，有错误 1 行', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.check')).toEqual([]);
    expect(fake.callsTo('imports.placements.check')).toEqual([
      { fileName: '安置花名册.xlsx', contentBase64: expect.any(String) },
    ]);
    expect(screen.getByText('岗位“保洁员”核定 2 人，2026-11-01 起已有 2 人在岗')).toBeInTheDocument();
    expect(screen.getByText('需要核对的行：1 行（可以导入，请核对按哪个名称导入）')).toBeInTheDocument();
    expect(screen.getByText('乡镇(街道)“乌帕尔”按“乌帕尔镇”导入')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '将新建（2）' }));
    expect(await screen.findByText('阿亚格曼干村村民委员会/村庄保洁员')).toBeInTheDocument();
    expect(screen.getByText('GY2026001，村庄保洁，核定 1 人')).toBeInTheDocument();
    expect(screen.getByText('将导入 3 行，跳过 1 行')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导入有效行' }));
    expect(
      await screen.findByText('导入完成：安置 3 条，新增用人单位 1 个，新增岗位 1 个，跳过 1 行', {}, SOON),
    ).toBeInTheDocument();
    expect(fake.callsTo('imports.placements.commit')).toEqual([{ token: 'tok-p', skipInvalidRows: true }]);
    expect(onImported).toHaveBeenCalledTimes(1);
  });
});
