import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { callApi, useApp, type RunningApp } from './app';
import { fieldItem, highlighted } from './locators';
import { dialogTitled, dropdownsClosed, retype, typeAndPick } from './posts-setup';
import { PEOPLE, PROVIDER, idTail, setUpTraining } from './training-setup';

// Issue 15: a class from plan to a subsidy roster, through the screens. The scene (the unit, three persons, two of
// them registered unemployed) is built through the API; the clerk designates the unit as 定点培训机构, creates the
// class (a start before the designation is refused under its field), files it (too late first), enrols three
// trainees with the person lookup (one refused because the register contradicts the category), opens it, fills the
// results grid (hours above the class hours refused under the cell) and closes it; the class page shows one
// trainee refused a subsidy for low attendance; the roster is made and reviewed and RPT-15's follow-up list follows
// a recorded employment (API); RPT-14 (totals, 大写) and RPT-15 (the employment rate before and after the employment)
// are exported and read back; the person page shows the 培训 tab.

/** Exports a report as the 报表导出 screen does (reports.export job, then files.take) and reads its first sheet. */
async function exportSheet(app: RunningApp, input: Record<string, unknown>): Promise<unknown[][]> {
  const { jobId } = await callApi<{ jobId: string }>(app, 'reports.export', { full: false, ...input });
  for (let i = 0; i < 200; i++) {
    const st = await callApi<{ state: string; result?: { ok: boolean; data?: { fileId: string } } }>(
      app,
      'jobs.status',
      { jobId },
    );
    if (st.state === 'running') {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    expect(st.state).toBe('done');
    const taken = await callApi<{ contentBase64: string }>(app, 'files.take', { fileId: st.result!.data!.fileId });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(taken.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = book.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1).value)));
    return rows;
  }
  throw new Error('reports.export did not finish');
}

/** RPT-15's figures 1…18 (columns numbered in the 甲 row) for the provider row and the 合计 row (19, the rate's base, left out). */
async function rpt15(app: RunningApp) {
  const rows = await exportSheet(app, { report: 'RPT-15', from: '2026-11', to: '2026-11', groupBy: 'employer' });
  const numbering = rows.find((r) => r.includes('甲'))!;
  const head = numbering.indexOf('甲');
  const figures = (label: string) => {
    const row = rows.find((r) => r[head] === label)!;
    return Array.from({ length: 18 }, (_, i) => row[numbering.indexOf(String(i + 1))]);
  };
  return { provider: figures(PROVIDER), total: figures('合计') };
}
describe('职业技能培训: a class from plan to the subsidy roster', () => {
  let app: RunningApp;
  let scene: Awaited<ReturnType<typeof setUpTraining>>;
  let classUrl = '';
  useApp({ county: true, timeout: 60_000 }, async (started) => {
    app = started;
    scene = await setUpTraining(app);
  });

  const underField = (scope: Locator, label: string, text: string) =>
    fieldItem(scope, label).getByText(text, { exact: false }).waitFor();

  it('designates the unit as 定点培训机构', async () => {
    const { page } = app;
    await page.getByRole('menuitem', { name: /职业技能培训/ }).click();
    await page.getByRole('tab', { name: '定点培训机构' }).click();
    await page.getByRole('button', { name: '认定定点培训机构' }).click();
    const form = dialogTitled(page, '认定定点培训机构');
    await typeAndPick(form.getByRole('combobox', { name: '培训机构' }), '鑫达');
    await typeAndPick(form.getByRole('combobox', { name: '机构类型' }), '民办');
    await form.getByLabel('认定日期').fill('2026-01-01');
    await form.getByLabel('定点资质有效期').fill('2027-06-30');
    await page.keyboard.press('Control+s');
    await underField(form, '可培训工种', '请至少填写一个可培训工种');
    await form.getByLabel('可培训工种').fill('家政服务员、养老护理员');
    await app.shot('training-01-designate');
    await page.keyboard.press('Control+s');
    await form.waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: '定点培训机构列表' }).getByRole('row', { name: new RegExp(PROVIDER) });
    await row.getByText('家政服务员、养老护理员').waitFor();
    await row.getByText('2027-06-30').waitFor();
  });

  it('creates a class; a start before the designation is refused under its field', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '培训班' }).click();
    await page.getByRole('button', { name: '新建培训班' }).click();
    const form = dialogTitled(page, '新建培训班');
    await typeAndPick(form.getByRole('combobox', { name: '培训机构' }), '鑫达');
    await form.getByLabel('培训工种(职业)').fill('家政服务员');
    await typeAndPick(form.getByRole('combobox', { name: '培训类型' }), '就业技能');
    await form.getByLabel('培训开始日期').fill('2025-12-28');
    await form.getByLabel('培训结束日期').fill('2026-11-25');
    await typeAndPick(form.getByRole('combobox', { name: '目标证书' }), '五级');
    await form.getByLabel('学时').fill('100');
    await form.getByLabel('计划人数').fill('30');
    await typeAndPick(form.getByRole('combobox', { name: '培训地点(乡镇)' }), '乌帕尔镇');
    await form.getByLabel('培训地点', { exact: true }).fill('乌帕尔镇培训楼');
    await page.keyboard.press('Control+s');
    await underField(form, '培训开始日期', '培训开始日期不能早于认定日期');
    await app.shot('training-02-class-refused');
    await retype(form.getByLabel('培训开始日期'), '2026-11-16');
    await page.keyboard.press('Control+s');
    await page.getByRole('heading', { name: '培训班 PX2026-001' }).waitFor();
    classUrl = page.url();
  });

  it('files the class, refused when too late', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^备\s?案$/ }).click();
    const dialog = dialogTitled(page, '备案培训班');
    await retype(dialog.getByLabel('办理日期'), '2026-11-12');
    await dialog.getByRole('button', { name: /备\s?案/ }).click();
    await underField(dialog, '办理日期', '最晚应于 2026-11-10 备案，现为 2026-11-12');
    await app.shot('training-03-file-refused');
    await retype(dialog.getByLabel('办理日期'), '2026-11-10');
    await dialog.getByRole('button', { name: /备\s?案/ }).click();
    await page.getByText('已备案', { exact: true }).waitFor();
  });

  it('enrols three trainees with the person lookup; the register contradicts one category', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '学员报名' }).click();
    const form = dialogTitled(page, /^学员报名/);
    const enrol = async (key: keyof typeof PEOPLE, category: string, note?: string) => {
      const box = form.getByRole('combobox', { name: '学员' });
      await box.click();
      await page.keyboard.type(idTail(key));
      await highlighted(box, PEOPLE[key].name);
      await page.keyboard.press('Enter');
      await dropdownsClosed(page);
      await typeAndPick(form.getByRole('combobox', { name: '人员类别' }), category);
      if (note) await form.getByLabel('类别说明').fill(note);
      await page.keyboard.press('Control+s');
    };
    await retype(form.getByLabel('报名日期'), '2026-11-12');
    await enrol('c', '城镇登记失业');
    await underField(form, '人员类别', '开班时该人员没有有效的失业登记（按开班日期 2026-11-16 核对）');
    await app.shot('training-04-enrol-refused');
    await enrol('c', '农村转移', '返乡务工人员');
    await form.getByText(`本次已报名：${PEOPLE.c.name}`, { exact: false }).waitFor();
    await enrol('a', '城镇登记失业');
    await form.getByText(`本次已报名：${PEOPLE.c.name}、${PEOPLE.a.name}`, { exact: false }).waitFor();
    await enrol('b', '城镇登记失业');
    await form.getByText(`${PEOPLE.a.name}、${PEOPLE.b.name}`, { exact: false }).waitFor();
    await form.getByRole('button', { name: '取消' }).click();
    await form.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: '学员' });
    for (const p of Object.values(PEOPLE)) await table.getByRole('row', { name: new RegExp(p.name) }).waitFor();
  });

  it('opens the class and fills the results grid from the keyboard; too many hours are refused in the cell', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^开\s?班$/ }).click();
    const open = dialogTitled(page, '开班培训班');
    await retype(open.getByLabel('办理日期'), '2026-11-16');
    await open.getByRole('button', { name: /开\s?班/ }).click();
    await open.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '录入考核结果' }).click();
    const grid = page.getByRole('table', { name: '考核结果' });
    const fill = async (key: keyof typeof PEOPLE, hours: string, no: string) => {
      const name = PEOPLE[key].name;
      await grid.getByLabel(`${name} 出勤学时`).fill(hours);
      await typeAndPick(grid.getByRole('combobox', { name: `${name} 考核结果` }), '合格');
      await typeAndPick(grid.getByRole('combobox', { name: `${name} 证书类型` }), '五级');
      await grid.getByLabel(`${name} 证书编号`).fill(no);
      await grid.getByLabel(`${name} 发证日期`).fill('2026-11-26');
    };
    await fill('a', '120', 'Z0001');
    await fill('b', '60', 'Z0002');
    await fill('c', '100', 'Z0003');
    await page.keyboard.press('Control+s');
    await grid.getByText(`${PEOPLE.a.name}：出勤学时 120 超过课程学时 100`).waitFor();
    await app.shot('training-05-results-refused');
    await grid.getByLabel(`${PEOPLE.a.name} 出勤学时`).fill('96');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存 3 名学员的考核结果').waitFor();
    await page.getByRole('button', { name: /^结\s?业$/ }).click();
    const close = dialogTitled(page, '结业培训班');
    await close.getByRole('button', { name: /结\s?业/ }).click();
    await close.waitFor({ state: 'hidden' });
  });

  it('shows each trainee subsidy on the class page, one refused for attendance', async () => {
    const { page } = app;
    const table = page.getByRole('table', { name: '学员' });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
    await row(PEOPLE.b.name).getByText('不予补贴：出勤学时 60 不足课程学时 100 的80%（至少 80 学时）').waitFor();
    await row(PEOPLE.a.name).getByText('1,000.00 元').waitFor();
    await page.getByRole('status').filter({ hasText: '符合补贴条件 2 人' }).waitFor();
    await app.shot('training-06-class-page');
  });

  it('the roster is made and reviewed; the follow-up list follows a recorded employment', async () => {
    const classId = classUrl.split('/').pop()!;
    const batch = await callApi<{ id: string; persons: number; totalFen: number }>(app, 'training.generateBatch', {
      month: '2026-11',
    });
    expect([batch.persons, batch.totalFen]).toEqual([2, 200_000]);
    await callApi(app, 'subsidies.review', { id: batch.id, reviewedBy: '县就业局 努尔' });
    const detail = await callApi<{ statusLabel: string; trainees: { id: string; personId: string }[] }>(
      app,
      'training.classes.get',
      { id: classId },
    );
    expect(detail.statusLabel).toBe('已申领补贴');

    // RPT-14 of the month: the 合计 row = the two paid trainees, in figures and in 大写.
    const rpt14 = await exportSheet(app, { report: 'RPT-14', month: '2026-11' });
    const head = rpt14.find((r) => r.includes('培训补贴') && r.includes('姓名'))!;
    const col = (h: string) => head.indexOf(h);
    const grand = rpt14.find((r) => r[col('培训机构')] === '合计')!;
    expect([grand[col('培训补贴')], grand[col('生活费补贴')], grand[col('合计')]]).toEqual([2000, 0, 2000]);
    expect(rpt14.find((r) => String(r[0]).startsWith('合计人民币（大写）'))![0]).toBe('合计人民币（大写）：贰仟元整');

    // RPT-15: no one employed after training yet, then the rate follows the recorded employment.
    const before = await rpt15(app);
    expect([before.total[14], before.total[15]]).toEqual([0, 0]);
    await callApi(app, 'training.employment.record', {
      enrolmentId: detail.trainees.find((t) => t.personId === scene.persons.a)!.id,
      employedDate: '2026-11-27',
      employedUnit: '疏附县家政公司',
      employedStatus: '21',
    });
    const follow = await callApi<{ items: { personName: string }[] }>(app, 'training.followUps', {});
    expect(follow.items.map((i) => i.personName).sort()).toEqual([PEOPLE.b.name, PEOPLE.c.name].sort());
    const after = await rpt15(app);
    expect([after.total[14], after.total[15]]).toEqual([1, 33.3]);
    expect(after.provider[14]).toBe(1);
  });

  it('the person page has a 培训 tab', async () => {
    const { page } = app;
    await page.goto(`${app.url.split('#')[0]}#/persons/${scene.persons.a}`);
    await page.getByRole('tab', { name: '培训' }).click();
    await page.getByRole('table', { name: '该人员的培训' }).getByText('PX2026-001').waitFor();
    await app.shot('training-07-person-tab');
  });
});
