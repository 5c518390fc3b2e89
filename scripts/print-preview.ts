// npm run print-preview -- [--today YYYY-MM-DD] [--persons N] [--out DIR]
// Issue 18: every report as it prints. Seeds the demo county in a temporary folder, exports every report of the
// catalogue (the last complete month; range reports over the last three), converts each workbook to PDF with
// LibreOffice headless (Debian: libreoffice-calc-nogui, the nearest thing to WPS here) and renders the first page of
// each PDF to PNG (pdftoppm, Debian: poppler-utils). Writes DIR/xlsx, DIR/pdf, DIR/png and prints the page count of
// each report. Not part of npm test: it needs LibreOffice and takes a minute or two.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeToday } from '../electron/core/clock';
import { type Core, openCore } from '../electron/core/core';
import { REPORT_CATALOGUE, type ReportExportResult } from '../shared/contract/reports';
import { addMonths } from '../shared/domain/dates';
import { signInSeedAdmin } from './seed/accounts';
import { seedDemo } from './seed/demo';

const { values } = parseArgs({
  options: {
    today: { type: 'string' },
    persons: { type: 'string', default: '400' },
    out: { type: 'string', default: 'test-results/print-preview' },
  },
});

const today = makeToday(values.today)();
const persons = Number(values.persons);
const out = resolve(values.out ?? 'test-results/print-preview');

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const r = await core.invoke(channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

/** Exports one report; null with the reason when the county has nothing to export for it (e.g. no roster that month). */
async function exportOne(core: Core, input: Record<string, unknown>): Promise<{ file: Buffer } | { error: string }> {
  try {
    const { jobId } = (await call(core, 'reports.export', input)) as { jobId: string };
    for (;;) {
      const s = (await call(core, 'jobs.status', { jobId })) as {
        state: string;
        result?: { ok: boolean; data?: unknown; error?: { message: string } };
      };
      if (s.state === 'running') {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if (!s.result?.ok) return { error: s.result?.error?.message ?? s.state };
      const { fileId } = s.result.data as ReportExportResult;
      const taken = (await call(core, 'files.take', { fileId })) as { contentBase64: string };
      return { file: Buffer.from(taken.contentBase64, 'base64') };
    }
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** Pages of a PDF: pdfinfo when present, else the /Type /Page objects. */
function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = info.status === 0 ? /^Pages:\s+(\d+)/m.exec(info.stdout) : null;
  if (m) return Number(m[1]);
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function main(): Promise<number> {
  if (!Number.isInteger(persons) || persons < 50) {
    console.error('用法 / usage: npm run print-preview -- [--today YYYY-MM-DD] [--persons N≥50] [--out 文件夹]');
    return 2;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-print-'));
  for (const sub of ['xlsx', 'pdf', 'png']) {
    rmSync(join(out, sub), { recursive: true, force: true });
    mkdirSync(join(out, sub), { recursive: true });
  }
  const core = openCore({ dataDir, today });
  const written: { code: string; name: string; xlsx: string }[] = [];
  try {
    await signInSeedAdmin(core);
    console.log(`生成演示数据（${persons} 人，今天 = ${today}）…`);
    await seedDemo(core, { persons, today, seed: 20260101 });
    const last = addMonths(today.slice(0, 7), -1);
    for (const info of REPORT_CATALOGUE.filter((r) => r.available)) {
      // A month report: the last complete month, else up to a year back (rosters are made month by month).
      const tries =
        info.period === 'range'
          ? [{ from: addMonths(last, -2), to: last }]
          : Array.from({ length: 12 }, (_, i) => ({ month: addMonths(last, -i) }));
      let error = '';
      for (const period of tries) {
        const r = await exportOne(core, { report: info.code, full: false, ...period });
        if ('error' in r) {
          error = r.error;
          continue;
        }
        const xlsx = join(out, 'xlsx', `${info.code}.xlsx`);
        writeFileSync(xlsx, r.file);
        written.push({ code: info.code, name: info.name, xlsx });
        error = '';
        break;
      }
      if (error) console.log(`${info.code} ${info.name}：未导出（${error}）`);
    }
  } finally {
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`已导出 ${written.length} 张报表：${join(out, 'xlsx')}`);

  if (!has('soffice')) {
    console.error(
      '未找到 LibreOffice（soffice），无法生成 PDF。请安装：apt-get install -y --no-install-recommends libreoffice-calc-nogui\n' +
        'LibreOffice (soffice) not found, so no PDF was made. Install it: apt-get install -y --no-install-recommends libreoffice-calc-nogui',
    );
    return 1;
  }
  // A profile of its own: a LibreOffice already open on this machine (or another preview) does not get in the way.
  const profile = mkdtempSync(join(tmpdir(), 'taizhang-lo-'));
  try {
    const lo = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        join(out, 'pdf'),
        ...written.map((w) => w.xlsx),
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    if (lo.status !== 0) {
      console.error(`LibreOffice 转换失败 / conversion failed:\n${lo.stderr}`);
      return 1;
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const png = has('pdftoppm', '-v');
  if (!png)
    console.error(
      '未找到 pdftoppm，未生成 PNG。请安装：apt-get install -y poppler-utils / pdftoppm not found, no PNG made: install poppler-utils',
    );
  console.log('\n报表\t页数\t名称');
  for (const w of written) {
    const pdf = join(out, 'pdf', `${w.code}.pdf`);
    const pages = pageCount(pdf);
    if (png)
      spawnSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, 'png', w.code)]);
    console.log(`${w.code}\t${pages}\t${w.name}`);
  }
  console.log(`\nPDF：${join(out, 'pdf')}${png ? `\n首页 PNG：${join(out, 'png')}` : ''}`);
  return 0;
}

process.exitCode = await main();
