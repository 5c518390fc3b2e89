import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PersonImportButton } from '../../renderer/src/features/imports/PersonImportButton';
import { SHEET_QUESTION } from '../../renderer/src/features/imports/PersonImportModal';
import type { Result } from '../../shared/contract';
import type { PersonImportCheck, SavedMapping } from '../../shared/contract/imports';
import { SETTINGS, createFakeApi, failed, jobEnded, ok, type FakeHandlers } from './fake-api';
import { renderWithApp } from './render';
import { fillIn, SOON } from './queries';

// The person import's mapping (issue 14): a refusal for a missing required column opens the mapping with the
// file's columns; the clerk maps an unknown column, gives a default, re-checks with them; the skipped rows are
// listed with their reasons (not as errors); a mapping is saved by header text and a saved one picked by name;
// several roster-like sheets are offered to choose; .xls files are read.

const COLUMNS = [
  { column: 'A', header: '序号', field: null },
  { column: 'B', header: '姓名', field: 'name' },
  { column: 'C', header: '身份证号码', field: 'idNumber' },
  { column: 'D', header: '族别', field: 'ethnicity' },
  { column: 'E', header: '所在乡镇(街道)', field: 'township' },
  { column: 'F', header: '所在村(社区)', field: 'village' },
  { column: 'G', header: '门牌号', field: null },
];

const MISSING: Result<unknown> = failed(
  'RULE_VIOLATION',
  '工作表“花名册”第3行的表头中缺少必需的列：“当前就业状态”。请按导入模板的列名填写表头。',
  undefined,
  {
    headerRow: 3,
    sheetName: '花名册',
    sheets: [{ sheetName: '花名册', headerRow: 3, matched: 5 }],
    columns: COLUMNS,
  },
);

const SEVERAL: Result<unknown> = failed(
  'RULE_VIOLATION',
  '文件中有2个工作表像人员名册：“一月”（第2行表头，识别出6列）、“二月”（第2行表头，识别出6列）。请选择要导入的工作表。',
  { sheet: '请选择要导入的工作表' },
  {
    sheets: [
      { sheetName: '一月', headerRow: 2, matched: 6 },
      { sheetName: '二月', headerRow: 2, matched: 6 },
    ],
  },
);

const CHECKED: PersonImportCheck = {
  token: 'tok-9',
  fileName: '花名册.xls',
  total: 5,
  valid: 4,
  errorRows: 1,
  errorCount: 1,
  errors: [{ row: 6, column: 'C', field: '公民身份号码', value: '65312119800110210', message: '公民身份号码应为18位' }],
  newCount: 4,
  matched: [],
  unchangedCount: 0,
  ignoredColumns: [{ column: 'A', header: '序号' }],
  sheetName: '花名册',
  sheets: [{ sheetName: '花名册', headerRow: 3, matched: 5 }],
  headerRow: 3,
  headerRows: 1,
  columns: [
    ...COLUMNS.slice(0, 6).map((c) => ({
      ...c,
      fieldLabel: null,
      source: c.field ? ('detected' as const) : ('unknown' as const),
    })),
    { column: 'G', header: '门牌号', field: 'address', fieldLabel: '详细地址', source: 'chosen' },
  ],
  fields: [
    { field: 'employmentStatus', label: '当前就业状态', required: true, column: null, defaultValue: '失业(未就业)' },
    { field: 'address', label: '详细地址', required: false, column: 'G', defaultValue: null },
  ],
  skippedRows: [
    { row: 9, reason: '合计行' },
    { row: 10, reason: '签字或填表人行' },
  ],
};

const SAVED: SavedMapping = {
  name: '乌帕尔镇花名册',
  columns: { 门牌号: 'address' },
  defaults: { employmentStatus: '失业(未就业)' },
  savedAt: '2025-03-15T10:00:00Z',
};

/** Each check answers with the next result in `answers`. */
function setUp(answers: Result<unknown>[], over: FakeHandlers = {}) {
  let n = 0;
  const results: Record<string, Result<unknown>> = {};
  let saved: SavedMapping[] = [];
  const fake = createFakeApi({
    'imports.persons.check': () => {
      const jobId = `check-${n}`;
      results[jobId] = answers[Math.min(n, answers.length - 1)];
      n++;
      return ok({ jobId });
    },
    'jobs.status': ({ jobId }) => jobEnded(jobId, results[jobId], { phase: '' }),
    'imports.persons.mappings.list': () => ok(saved),
    'imports.persons.mappings.save': (input) => {
      saved = [
        {
          name: input.name,
          columns: input.columns ?? {},
          defaults: input.defaults ?? {},
          savedAt: '2025-03-15T10:00:00Z',
        },
      ];
      return ok(saved);
    },
    'regions.list': () => ok({ items: [] }),
    ...over,
  });
  renderWithApp(<PersonImportButton />, { api: fake.api, settings: SETTINGS });
  return { fake, setSaved: (list: SavedMapping[]) => (saved = list) };
}

async function upload(fileName = '花名册.xls') {
  await userEvent.click(screen.getByRole('button', { name: '导入' }));
  const dialog = await screen.findByRole('dialog', { name: '导入人员信息' });
  await userEvent.upload(
    dialog.querySelector('input[type="file"]') as HTMLInputElement,
    new File(['PK-roster'], fileName),
  );
  return dialog;
}

const ENTER = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 };
/** Opens the select, types, and takes the highlighted option with Enter (rc-select reads keyCode). */
async function pick(name: string, text: string) {
  const box = screen.getByRole('combobox', { name });
  await userEvent.click(box);
  await userEvent.type(box, text);
  await waitFor(() => {
    const active = box.getAttribute('aria-activedescendant');
    expect(active && document.getElementById(active)?.getAttribute('aria-label')).toContain(text);
  });
  fireEvent.keyDown(box, ENTER);
  fireEvent.keyUp(box, ENTER);
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent?.replace(/\s+/g, ' ').trim());

// Many selects and two tables: slow on a busy machine.
describe('导入人员信息: the column mapping', { timeout: 90_000 }, () => {
  it('opens the mapping on a missing column, re-checks with the clerk’s column and default, and lists the skipped rows', async () => {
    const { fake } = setUp([MISSING, ok(CHECKED)]);
    const dialog = await upload();
    expect(await screen.findByText(MISSING.ok ? '' : MISSING.error.message, {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.check')).toEqual([
      { fileName: '花名册.xls', contentBase64: btoa('PK-roster') },
    ]);

    const columns = screen.getByRole('table', { name: '文件列的对应' });
    expect(rowsOf(columns)[0]).toBe('A序号（不导入）未识别，不导入');
    expect(rowsOf(columns)[2]).toBe('C身份证号码公民身份号码按表头自动识别');
    const fields = screen.getByRole('table', { name: '字段的来源' });
    const status = within(fields).getByText('当前就业状态').closest('tr') as HTMLElement;
    expect(status).toHaveTextContent('缺少，请对应一列或设默认值');
    expect(screen.getByRole('button', { name: /按此对应关系重新检查/ })).toBeDisabled();

    await pick('G列导入为', '详细地址');
    await pick('当前就业状态的默认值', '失业(未就业)');
    await waitFor(() => expect(status).not.toHaveTextContent('缺少'));
    expect(within(fields).getByText('详细地址').closest('tr')).toHaveTextContent('G列“门牌号”');
    await userEvent.click(screen.getByRole('button', { name: /按此对应关系重新检查/ }));

    expect(await screen.findByText('共 5 行：可导入 4 行，有错误 1 行，已存在 0 人', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.check')[1]).toEqual({
      fileName: '花名册.xls',
      contentBase64: btoa('PK-roster'),
      mapping: { columns: { G: 'address' }, defaults: { employmentStatus: '失业(未就业)' } },
    });
    expect(screen.getByText('按默认值导入（文件中没有或空白时）：当前就业状态为“失业(未就业)”')).toBeInTheDocument();
    expect(screen.getByText('另有 2 行不是人员数据（如合计、说明、空行），已跳过，见“跳过的行”')).toBeInTheDocument();
    // The skipped rows are not errors: the error table holds only the bad ID.
    expect(rowsOf(screen.getByRole('table', { name: '错误列表' }))).toEqual([
      '6C公民身份号码65312119800110210公民身份号码应为18位',
    ]);
    expect(within(dialog).getByRole('button', { name: '下载错误清单' })).toBeEnabled();
    await userEvent.click(screen.getByRole('tab', { name: '跳过的行（2）' }));
    expect(rowsOf(await screen.findByRole('table', { name: '跳过的行' }))).toEqual(['9合计行', '10签字或填表人行']);
    expect(screen.getByRole('button', { name: '导入有效行' })).toBeEnabled();
  });

  it('holds the import while the mapping is changed and not checked again', async () => {
    setUp([ok(CHECKED)]);
    await upload();
    await screen.findByText('共 5 行：可导入 4 行，有错误 1 行，已存在 0 人', {}, SOON);
    await userEvent.click(screen.getByRole('tab', { name: '列的对应关系' }));
    await pick('A列导入为', '就业创业证号');
    expect(screen.getByText('对应关系已修改，请先重新检查')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导入有效行' })).toBeDisabled();
    expect(within(screen.getByRole('table', { name: '文件列的对应' })).getAllByText('已修改，待检查')).toHaveLength(1);
  });

  it('tags an ID, account or phone column that goes nowhere, until it is mapped (audit4 gap 2)', async () => {
    const lost = (column: string, header: string) => ({
      column,
      header,
      field: null,
      fieldLabel: null,
      source: 'unknown' as const,
    });
    setUp([
      ok({
        ...CHECKED,
        columns: [
          ...(CHECKED.columns ?? []),
          lost('H', '户主身份证号'),
          lost('I', '代发账号'),
          lost('J', '本人手机'),
          lost('K', '备注'),
        ],
        readings: [{ column: 'D', field: '民族', written: '维', readAs: '维吾尔族', rows: 3 }],
      }),
    ]);
    await upload();
    await screen.findByText('共 5 行：可导入 4 行，有错误 1 行，已存在 0 人', {}, SOON);
    // A value read in another form is shown with what it was read as.
    expect(screen.getByText('以下写法将按“→”后的内容导入：D列民族“维”→“维吾尔族”（3行）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '列的对应关系' }));
    const columns = screen.getByRole('table', { name: '文件列的对应' });
    expect(rowsOf(columns).slice(7)).toEqual([
      'H户主身份证号（不导入）未导入：像身份证号',
      'I代发账号（不导入）未导入：像卡号',
      'J本人手机（不导入）未导入：像电话',
      'K备注（不导入）未识别，不导入',
    ]);
    await pick('I列导入为', '社保卡/银行卡号');
    await waitFor(() => expect(rowsOf(columns)[8]).toBe('I代发账号社保卡/银行卡号已修改，待检查'));
  });

  it('saves the mapping by header text, and a saved mapping is applied by name', async () => {
    const { fake } = setUp([ok(CHECKED)]);
    await upload();
    await screen.findByText('共 5 行：可导入 4 行，有错误 1 行，已存在 0 人', {}, SOON);
    await userEvent.click(screen.getByRole('tab', { name: '列的对应关系' }));
    await fillIn(screen.getByRole('textbox', { name: '对应关系名称' }), '乌帕尔镇花名册');
    await userEvent.click(screen.getByRole('button', { name: /保存对应关系/ }));
    expect(await screen.findByText('已保存对应关系“乌帕尔镇花名册”', {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.mappings.save')).toEqual([
      { name: '乌帕尔镇花名册', columns: { 门牌号: 'address' }, defaults: { employmentStatus: '失业(未就业)' } },
    ]);

    await pick('已保存的对应关系', '乌帕尔镇花名册');
    await waitFor(() => expect(fake.callsTo('imports.persons.check')).toHaveLength(2), SOON);
    expect(fake.callsTo('imports.persons.check')[1]).toEqual({
      fileName: '花名册.xls',
      contentBase64: btoa('PK-roster'),
      mappingName: SAVED.name,
    });
  });

  it('offers the sheets when several look like rosters, and reads the one chosen', async () => {
    const { fake } = setUp([
      SEVERAL,
      ok({
        ...CHECKED,
        sheetName: '二月',
        sheets: [
          { sheetName: '一月', headerRow: 2, matched: 6 },
          { sheetName: '二月', headerRow: 2, matched: 6 },
        ],
      }),
    ]);
    await upload('2025年花名册.xlsx');
    expect(await screen.findByText(/文件中有2个工作表像人员名册/, {}, SOON)).toBeInTheDocument();
    // audit8 gap 11: asked as a question (an info box), not shown as a failure.
    expect(screen.getByText(SHEET_QUESTION).closest('.ant-alert')).toHaveClass('ant-alert-info');
    await pick('工作表', '二月');
    expect(
      await screen.findByText('工作表“二月”：共 5 行：可导入 4 行，有错误 1 行，已存在 0 人', {}, SOON),
    ).toBeInTheDocument();
    expect(fake.callsTo('imports.persons.check')[1]).toEqual({
      fileName: '2025年花名册.xlsx',
      contentBase64: btoa('PK-roster'),
      sheet: '二月',
    });
  });
});
