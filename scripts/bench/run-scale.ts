// npm run bench: the county-scale and whole-process cases — a 50,000-row import, the 100k county's lists (first read
// and all), 档案到期, a call's latency while long jobs run, the start of npm run serve, a save while a month locks —
// in the order they run.
import { readResults, recordedIn } from './results';
import { benchImportScale, importScaleEntries } from './import-scale';
import { benchImportUndo, importUndoEntries } from './import-undo';
import { benchScale, benchScaleFirst, meetsGoal, scaleComparison, scaleEntries } from './scale';
import { benchJobStall, stallEntries, STALL_GOAL_MS } from './job-stall';
import { benchStart, bestRuns, startEntries } from './start';
import { benchLockSave, lockSaveEntries } from './lock-save';
import { archiveEntries, benchArchive } from './archive';
import type { BenchArgs } from './args';

export async function runScaleCases({ values, only, resultsFile }: BenchArgs): Promise<void> {
  const recorded = recordedIn(resultsFile);
  // Issue 14: a 50,000-row roster checked and committed: peak memory and the worst event-loop stall of each step.
  const SCALE_GOAL_MB = 400;
  const SCALE_GOAL_STALL_MS = 100;
  if (only.has('import-scale')) {
    const b = await benchImportScale({ rows: Number(values['scale-rows']), log: (l) => console.log(l) });
    console.log(
      `\n人员导入 ${b.rows} 行（${b.fileMb} MB），目标：峰值内存 < ${SCALE_GOAL_MB} MB，事件循环阻塞 < ${SCALE_GOAL_STALL_MS} ms`,
    );
    for (const [name, m] of [
      ['检查', b.check],
      ['写入', b.commit],
    ] as const) {
      const ok = m.peakRssMb < SCALE_GOAL_MB && m.worstStallMs < SCALE_GOAL_STALL_MS ? '达到' : '未达到';
      console.log(
        `  ${name}：${m.seconds} 秒，峰值内存 ${m.peakRssMb} MB（开始时 ${m.startRssMb} MB），最长阻塞 ${m.worstStallMs} ms（其中占用 CPU ${m.worstBusyMs} ms）${ok}`,
      );
    }
    recorded(importScaleEntries(b));
  }

  // fix27b: the 导入前 copy at county scale against the commit it guards, and the undo of that commit.
  if (only.has('import-undo')) {
    const b = await benchImportUndo({
      persons: Number(values['undo-persons']),
      rows: Number(values['import-rows']),
      log: (l) => console.log(l),
    });
    console.log(
      `\n${b.persons} 人的台账（${b.registerMb} MB）导入 ${b.rows} 行（新增 ${b.created} 人）：导入前备份 ${b.copySeconds} 秒（${b.copyMb} MB），` +
        `导入共 ${b.commitSeconds} 秒（含备份和撤销记录 ${b.batchRows} 行），撤销 ${b.undoSeconds} 秒`,
    );
    recorded(importUndoEntries(b));
  }

  // Issue 13: list/search, month work lists, counts, badges and RPT-12 at county scale, in process, through the HTTP
  // transport and raw in the same run (scripts/bench/scale.ts). `--scale 500k` generates 500,000 persons (long).
  // Issues 17/13: only the first work list after start on the scale county, cold and after the warm-up, with the
  // longest block of the thread during the warm-up (the same figures the scale part records).
  if (only.has('scale-first')) {
    const persons = Number(values.scale.replace(/k$/i, '')) * (/k$/i.test(values.scale) ? 1000 : 1);
    console.log(`\n规模 ${values.scale}：启动后第一次月度工作清单`);
    recorded(await benchScaleFirst({ persons, dataDir: values['data-dir'], log: (l) => console.log(l) }));
  }
  if (only.has('scale')) {
    const persons = Number(values.scale.replace(/k$/i, '')) * (/k$/i.test(values.scale) ? 1000 : 1);
    if (!Number.isInteger(persons) || persons <= 0) throw new Error(`--scale: ${values.scale}`);
    const runs = Number(values['contacts-runs']);
    const b = await benchScale({
      persons,
      runs,
      warmup: 3,
      dataDir: values['data-dir'],
      extraAttempts: values['extra-attempts'] === undefined ? undefined : Number(values['extra-attempts']),
      cases: values['scale-cases'],
      log: (l) => console.log(l),
    });
    console.log(
      `\n规模 ${b.persons} 名人员，${b.registrations} 条失业登记，${b.contacts} 条联系记录；每项 ${runs} 次，单位 ms；传输下限 p95 ${b.floor.p95}`,
    );
    console.log(
      '  目标：列表/查询 HTTP p95 < 20 且 ≤ 1.5 ×（raw + 传输下限）；月度工作清单、计数、角标、RPT-12 HTTP p95 < 300',
    );
    for (const f of b.figures)
      console.log(
        `  ${f.name}：${f.rows}；core p50 ${f.core.p50} p95 ${f.core.p95}；HTTP p50 ${f.http.p50} p95 ${f.http.p95}；raw p50 ${f.raw.p50} p95 ${f.raw.p95}；ratio ${f.ratio} ${meetsGoal(f) ? '达到' : '未达到'}`,
      );
    for (const line of scaleComparison(b, readResults())) console.log(line);
    recorded(scaleEntries(b));
  }

  // Round 3: 档案到期 (archive.list) on a throwaway copy of the scale county (--data-dir: the county to copy), in process,
  // through HTTP and raw, at 5 years (today's setting) and 1 year (scripts/bench/archive.ts).
  if (only.has('archive')) {
    const runs = Number(values['contacts-runs']);
    const b = await benchArchive({ runs, warmup: 2, dataDir: values['data-dir'], log: (l) => console.log(l) });
    console.log(`\n档案到期：${b.persons} 名人员；每项 ${runs} 次，单位 ms；传输下限 p95 ${b.floor.p95}`);
    recorded(archiveEntries(b.persons, b.figures));
  }

  // Issue 13: a cheap call's latency while each long job runs, two workers (and, with --stall-before, one).
  if (only.has('stall')) {
    const { figures, dataDir } = await benchJobStall({
      persons: Number(values['stall-persons']),
      importRows: Number(values['import-rows']),
      dataDir: values['stall-data-dir'],
      before: values['stall-before'] ?? false,
      log: (l) => console.log(l),
    });
    console.log(`\n工作时长（${dataDir}），persons.list 第 1 页每 ${20} ms 一次，目标最长 < ${STALL_GOAL_MS} ms：`);
    for (const f of figures) {
      const ok = f.inProcess.worst < STALL_GOAL_MS && f.http.worst < STALL_GOAL_MS ? '达到' : '未达到';
      console.log(
        `  [${f.layout}] ${f.job}: 进程内 p95 ${f.inProcess.p95} 最长 ${f.inProcess.worst}；HTTP p95 ${f.http.p95} 最长 ${f.http.worst}；写入最长 ${f.write.worst} ms ${f.job === 'idle' ? '' : ok}`,
      );
    }
    recorded(stallEntries(figures));
  }

  // Issue 13: `npm run serve` on the 100k county, from the spawn to the URL, the first answer and a signed-in list page,
  // at the first start of a day (automatic backup due) and a later one; split by step (scripts/bench/start.ts).
  const START_GOAL_MS = 3000;
  if (only.has('start')) {
    const b = await benchStart({
      dataDir: values['data-dir'],
      runs: Number(values['start-runs']),
      log: (l) => console.log(l),
    });
    console.log(
      `\n启动 npm run serve（${b.dataDir}），每种取最好的一次，单位 ms，目标：登录后的人员列表 < ${START_GOAL_MS}`,
    );
    for (const r of bestRuns(b)) {
      const ok = r.listMs < START_GOAL_MS ? '达到' : '未达到';
      const backup = r.backupDoneMs === null ? '' : `；自动备份在后台完成于 ${r.backupDoneMs}`;
      console.log(
        `  ${r.kind === 'first-of-day' ? '当天第一次启动' : '当天再次启动'}：URL ${r.urlMs}，auth.status ${r.statusMs}，persons.list ${r.listMs}（CPU ${r.cpuMs}）${backup} ${ok}`,
      );
      const s = r.split;
      console.log(`    模块加载 ${s.modules}，打开与 quick_check ${s.open}，迁移检查 ${s.migrations}，其他 ${s.other}`);
      console.log(`    ${r.steps.map(([p, ms]) => `${p} ${ms}`).join('，')}`);
    }
    console.log(
      `  进程内（raw）：quick_check ${b.raw.quickCheckMs}，openDatabase ${b.raw.openDatabaseMs}，openCore ${b.raw.openCoreMs}`,
    );
    recorded(startEntries(b));
  }

  // Wave 22: another connection's save while a month locks, the lock as before (reports computed inside its write
  // transaction) and now (on a read snapshot), at the stall bench's county size.
  if (only.has('lock-save')) {
    const { figures, dataDir } = await benchLockSave({
      persons: Number(values['lock-persons']),
      dataDir: values['lock-data-dir'],
      log: (l) => console.log(l),
    });
    console.log(`\n（县：${dataDir}）`);
    recorded(lockSaveEntries(figures));
  }
}
