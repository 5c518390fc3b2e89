// Micro-benchmark: an RPT-01-like export (24 columns, 乡镇 → 村 grouping) of N persons through the
// report engine, against a raw exceljs streaming write of the same cells with the same styles
// (one committed row per person, no grouping). Run alone: npx tsx scripts/bench/excel-export.ts [rows] [repeats]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { ReportDefinition, ReportColumn } from '../../electron/core/excel/report-definition';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { columnStyles } from '../../electron/core/excel/report-cells';
import { writeReport } from '../../electron/core/excel/report-writer';
import { writeRawRpt01 } from './raw-rpt01';

const col = (
  key: string,
  header: string,
  type: ReportColumn['type'] = 'text',
  extra: Partial<ReportColumn> = {},
): ReportColumn => ({ key, header, type, ...extra });

const BENCH_RPT01: ReportDefinition = {
  code: 'RPT-01',
  name: '就业困难人员实名制台账',
  columns: [
    col('seq', '序号', 'seq'),
    col('township', '乡镇(街道)'),
    col('village', '村(社区)'),
    col('name', '姓名'),
    col('sex', '性别'),
    col('ethnicity', '民族'),
    col('idNumber', '公民身份号码', 'id'),
    col('age', '年龄', 'int', { sum: false }),
    col('education', '文化程度'),
    col('phone', '联系电话', 'phone'),
    col('address', '现住址'),
    col('category', '认定类别(主)'),
    col('otherCategories', '其他符合类别'),
    col('recognitionDate', '认定日期', 'date'),
    col('cardNo', '就业创业证号'),
    col('employment', '当前就业状态'),
    col('employer', '就业单位/岗位'),
    col('employmentDate', '就业日期', 'date'),
    col('policies', '享受政策'),
    col('helper', '帮扶责任人'),
    col('lastContact', '最近联系日期', 'date'),
    col('exitDate', '退出日期', 'date'),
    col('exitReason', '退出原因'),
    col('remark', '备注'),
  ],
  grouping: [{ key: 'township' }, { key: 'village' }],
  totals: { countColumn: 'name' },
};

const NAMES = ['阿不都热合曼·买买提', '张三', '古丽米热·艾合买提', '李四', '努尔买买提·吐尔逊', '王五'];

/** Sorted synthetic persons: 10 乡镇 × 20 村, the rest per 村. */
function* persons(n: number) {
  for (let i = 0; i < n; i++) {
    const village = Math.floor((i * 200) / n);
    const day = String((i % 28) + 1).padStart(2, '0');
    yield {
      township: `第${String(Math.floor(village / 20) + 1).padStart(2, '0')}乡`,
      village: `第${String(village + 1).padStart(3, '0')}村`,
      name: NAMES[i % NAMES.length],
      sex: i % 2 ? '男' : '女',
      ethnicity: '维吾尔族',
      idNumber: `6501021980${String(i % 1e8).padStart(8, '0')}`,
      age: 20 + (i % 40),
      education: '高中',
      phone: `138${String(i).padStart(8, '0')}`,
      address: `天山区某路${i % 300}号`,
      category: '大龄',
      otherCategories: '低保',
      recognitionDate: `2023-03-${day}`,
      cardNo: `65010220230${String(i).padStart(7, '0')}`,
      employment: '未就业',
      employer: null,
      employmentDate: null,
      policies: '公益性岗位',
      helper: '帮扶干部',
      lastContact: `2024-02-${day}`,
      exitDate: null,
      exitReason: null,
      remark: null,
    };
  }
}

const utc = (s: string | null) =>
  s ? new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)))) : null;

/** The baseline: the same data cells, styles and committed rows, written by hand with no frame. */
async function rawWrite(filePath: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('raw');
  const styles = leafColumns(BENCH_RPT01.columns).map((c) => columnStyles(c).data);
  await writeRawRpt01(ws, persons(n), styles, utc);
  ws.commit();
  await wb.commit();
}

async function measure(run: () => Promise<void>): Promise<{ seconds: number; peakRssMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { seconds, peakRssMb: Math.round(peak / 1048576) };
}

interface ExcelExportBench {
  rows: number;
  columns: number;
  engine: { seconds: number; peakRssMb: number; fileMb: number };
  raw: { seconds: number; peakRssMb: number; fileMb: number };
  /** engine seconds ÷ raw seconds; goal < 1.3. */
  ratio: number;
}

/**
 * Best of `repeats` runs of each path, alternating which goes first (the machine may be shared:
 * the minimum time is the least disturbed one); peak RSS is the highest seen.
 */
async function benchExcelExport(rows = 100_000, repeats = 2): Promise<ExcelExportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-excel-'));
  try {
    const rawPath = join(dir, 'raw.xlsx');
    const enginePath = join(dir, 'engine.xlsx');
    const params = { countyName: '乌鲁木齐市天山区', unitName: '天山区就业服务中心', period: { month: '2024-03' } };
    const runEngine = () =>
      writeReport(BENCH_RPT01, persons(rows), params, { filePath: enginePath, full: false, totalRows: rows }).then(
        () => undefined,
      );
    const runRaw = () => rawWrite(rawPath, rows);
    // A short warm-up of both paths first, so neither pays for JIT compilation in a timed run.
    await rawWrite(rawPath, Math.min(rows, 5000));
    await writeReport(BENCH_RPT01, persons(Math.min(rows, 5000)), params, { filePath: enginePath, full: false });
    const best = { engine: { seconds: Infinity, peakRssMb: 0 }, raw: { seconds: Infinity, peakRssMb: 0 } };
    const keep = (key: 'engine' | 'raw', m: { seconds: number; peakRssMb: number }) => {
      best[key] = {
        seconds: Math.min(best[key].seconds, m.seconds),
        peakRssMb: Math.max(best[key].peakRssMb, m.peakRssMb),
      };
    };
    for (let i = 0; i < repeats; i++) {
      if (i % 2 === 0) {
        keep('engine', await measure(runEngine));
        keep('raw', await measure(runRaw));
      } else {
        keep('raw', await measure(runRaw));
        keep('engine', await measure(runEngine));
      }
    }
    const { engine, raw } = best;
    const mb = (p: string) => Math.round((statSync(p).size / 1048576) * 10) / 10;
    return {
      rows,
      columns: leafColumns(BENCH_RPT01.columns).length,
      engine: { ...engine, fileMb: mb(enginePath) },
      raw: { ...raw, fileMb: mb(rawPath) },
      ratio: Math.round((engine.seconds / raw.seconds) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchExcelExport(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 2));
  console.log(JSON.stringify(result, null, 2));
}
