// npm run bench [-- --persons N --runs R --rpt01-persons N --import-rows N --only list,rpt01,import,posts,contacts,recog,subsidies,home,training,import-scale,scale,scale-first,archive,stall,start,lock-save --contacts-runs R --recog-data-dir DIR --training-classes N --training-per-class N --scale-rows N --scale 100k|500k --data-dir DIR --extra-attempts X --scale-cases TEXT --stall-persons N --stall-data-dir DIR --stall-before --start-runs N --lock-persons N --lock-data-dir DIR]
// lock-save is not in the default list: run it alone, when the machine is quiet (it locks and unlocks 2026-10).
// Benchmarks are scripts, not timed tests (ARCHITECTURE §8): they print figures and ratios against a raw
// baseline measured in the same run, and merge them into bench-results.json.
import { parseArgs } from 'node:util';
import { benchPersonsList, toEntries } from './bench/persons-list';
import { readResults, recordResults, RESULTS_FILE } from './bench/results';
import { benchRpt01Export, rpt01Entries } from './bench/rpt01-export';
import { benchPersonImport, importEntries } from './bench/person-import';
import { benchPlacements, placementEntries } from './bench/placements';
import { benchRegistrations, regEntries } from './bench/registrations';
import { benchRecognitions, recogEntries } from './bench/recognitions';
import { benchSubsidies, subsidyEntries } from './bench/subsidies';
import { benchHome, homeEntries } from './bench/home';
import { benchTraining, trainingEntries } from './bench/training';
import { benchImportScale, importScaleEntries } from './bench/import-scale';
import { benchScale, benchScaleFirst, meetsGoal, scaleComparison, scaleEntries } from './bench/scale';
import { benchJobStall, stallEntries, STALL_GOAL_MS } from './bench/job-stall';
import { benchStart, bestRuns, startEntries } from './bench/start';
import { benchLockSave, lockSaveEntries } from './bench/lock-save';
import { archiveEntries, benchArchive } from './bench/archive';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    'rpt01-persons': { type: 'string', default: '100000' },
    'import-rows': { type: 'string', default: '10000' },
    'excel-repeats': { type: 'string', default: '2' },
    only: {
      type: 'string',
      default: 'list,rpt01,import,posts,contacts,recog,subsidies,home,training,import-scale,scale,archive,stall,start',
    },
    'training-classes': { type: 'string', default: '500' },
    'training-per-class': { type: 'string', default: '40' },
    'scale-rows': { type: 'string', default: '50000' },
    'contacts-runs': { type: 'string', default: '20' },
    // recog: measure a county seeded before in DIR (scripts/bench/recognitions.ts seed(), today 2026-11-28), kept.
    'recog-data-dir': { type: 'string' },
    // scale: the county size (100k = 100,000 persons / ~1.2 M contacts, 500k = 500,000 / ~6 M), and a folder holding
    // a county generated before (default /tmp/taizhang-bench-scale-<persons>-a<attempts>-<today>, generated when absent).
    scale: { type: 'string', default: '100k' },
    'data-dir': { type: 'string' },
    // scale: unanswered attempts per registration and month added when generating (default 0.75: ~1.2 M contacts at 100k).
    'extra-attempts': { type: 'string' },
    // --scale-cases TEXT: only the scale cases whose name holds TEXT (e.g. 登记台账), without the first read and RPT-12.
    'scale-cases': { type: 'string' },
    // stall (issue 13): the county's size, a folder to keep/reuse it, and the one-worker comparison.
    'stall-persons': { type: 'string', default: '100000' },
    'stall-data-dir': { type: 'string' },
    'stall-before': { type: 'boolean' },
    // start (issue 13): pairs of starts of `npm run serve` on a copy of the 100k county
    // (--data-dir: the copy to use; default a copy of the scale county made once in the temp folder).
    'start-runs': { type: 'string', default: '2' },
    // lock-save: the county's size and a folder to keep/reuse it (a throwaway copy: the run locks and unlocks 2026-10).
    'lock-persons': { type: 'string', default: '100000' },
    'lock-data-dir': { type: 'string' },
  },
});
const only = new Set(values.only.split(','));

const GOAL_MS = 20;
const GOAL_RATIO = 1.5;

if (only.has('list')) {
  const { figures } = await benchPersonsList({
    persons: Number(values.persons),
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    log: (l) => console.log(l),
  });

  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(`\npersons.list，${values.persons} 名人员，每项 ${values.runs} 次（预热 ${values.warmup} 次），单位 ms`);
  console.log(
    `${pad('查询', 18)}${pad('结果数', 9)}${pad('路径', 7)}${pad('core p50', 10)}${pad('core p95', 10)}${pad('raw p50', 9)}${pad('raw p95', 9)}${pad('ratio', 7)}目标`,
  );
  for (const f of figures) {
    const ok = f.core.p95 < GOAL_MS && f.ratio < GOAL_RATIO ? '达到' : '未达到';
    console.log(
      `${pad(f.name, 18)}${pad(f.total, 9)}${pad(f.path, 7)}${pad(f.core.p50, 10)}${pad(f.core.p95, 10)}${pad(f.raw.p50, 9)}${pad(f.raw.p95, 9)}${pad(f.ratio, 7)}${ok}`,
    );
  }
  recordResults(toEntries(figures));
  console.log(`\n已写入 ${RESULTS_FILE}（目标：p95 < ${GOAL_MS} ms，ratio < ${GOAL_RATIO}）`);
}

// Issue 4 item 6: RPT-01 export and person import against raw exceljs / raw SQL baselines.
const RPT01_GOAL_RATIO = 1.3;
const RPT01_GOAL_PEAK_MB = 400;
const IMPORT_GOAL_RATIO = 2;
const repeats = Number(values['excel-repeats']);
if (only.has('rpt01')) {
  const b = await benchRpt01Export({ persons: Number(values['rpt01-persons']), repeats, log: (l) => console.log(l) });
  const ok = b.ratio < RPT01_GOAL_RATIO && b.engine.peakRssMb < RPT01_GOAL_PEAK_MB ? '达到' : '未达到';
  console.log(`\nRPT-01 导出 ${b.persons} 人（全部标记为就业困难人员），24 列，最好的 ${repeats} 次`);
  console.log(
    `  reports.export：${b.engine.seconds} 秒，峰值内存 ${b.engine.peakRssMb} MB（开始时 ${b.engine.startRssMb} MB），文件 ${b.engine.fileMb} MB`,
  );
  console.log(
    `  exceljs 直接流式写入同样的单元格：${b.raw.seconds} 秒，峰值内存 ${b.raw.peakRssMb} MB，文件 ${b.raw.fileMb} MB`,
  );
  console.log(`  ratio ${b.ratio}（目标 < ${RPT01_GOAL_RATIO}，峰值 < ${RPT01_GOAL_PEAK_MB} MB）${ok}`);
  recordResults(rpt01Entries(b));
}
if (only.has('import')) {
  const b = await benchPersonImport({ rows: Number(values['import-rows']), repeats, log: (l) => console.log(l) });
  console.log(`\n人员导入 ${b.rows} 行，最好的 ${repeats} 次`);
  console.log(
    `  检查 ${b.check.seconds} 秒 + 写入 ${b.commit.seconds} 秒 = ${b.core} 秒（峰值内存 ${Math.max(b.check.peakRssMb, b.commit.peakRssMb)} MB）`,
  );
  console.log(`  exceljs 直接读取 + 预编译语句插入：${b.raw.seconds} 秒`);
  console.log(`  ratio ${b.ratio}（目标 < ${IMPORT_GOAL_RATIO}）${b.ratio < IMPORT_GOAL_RATIO ? '达到' : '未达到'}`);
  console.log(
    `  CPU 时间：${(b.check.cpuSeconds + b.commit.cpuSeconds).toFixed(2)} 秒 对 ${b.raw.cpuSeconds} 秒，ratio ${b.cpuRatio}（各取最好的一次）`,
  );
  recordResults(importEntries(b));
}
if (only.has('rpt01') || only.has('import')) console.log(`\n已写入 ${RESULTS_FILE}`);

// Issue 6: saving a placement (capacity + overlap checks) at 10,000 posts and 20,000 placements, against raw SQL.
if (only.has('posts')) {
  const b = await benchPlacements({
    persons: Number(values.persons),
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    log: (l) => console.log(l),
  });
  console.log(
    `\nplacements.create，${b.persons} 名人员，${b.posts} 个岗位，${b.placements} 条安置，${values.runs} 次（预热 ${values.warmup} 次），单位 ms`,
  );
  console.log(
    `  core p50 ${b.create.core.p50}，p95 ${b.create.core.p95}；raw（同样的容量与重叠检查和写入）p50 ${b.create.raw.p50}，p95 ${b.create.raw.p95}；ratio ${b.create.ratio}`,
  );
  console.log(`  目标 p95 < ${GOAL_MS} ms：${b.create.core.p95 < GOAL_MS ? '达到' : '未达到'}`);
  console.log(
    `  postWorklists.counts：写入后 p50 ${b.counts.p50}，p95 ${b.counts.p95}；无变化时 p95 ${b.countsKept.p95}`,
  );
  console.log(
    `  RPT-04 本月 ${b.rpt04.rows} 行 ${b.rpt04.ms} ms；RPT-07 ${b.rpt07.rows} 行 ${b.rpt07.ms} ms（仅行查询，不含写 Excel）`,
  );
  console.log(
    `  synchronous=FULL（本系统的设置）与 NORMAL 交替保存：FULL p50 ${b.sync.full.p50}，p95 ${b.sync.full.p95}；NORMAL p50 ${b.sync.normal.p50}，p95 ${b.sync.normal.p95}；FULL/NORMAL p50 ${b.sync.ratioP50}，p95 ${b.sync.ratioP95}`,
  );
  recordResults(placementEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Issue 5: the month's 本月待联系 list, badge counts, RPT-12 and the quick lookup at N persons with registrations
// and 24 months of contacts (each against the same SQL run raw), and the RPT-11 export in seconds. These take
// 100–500 ms a call, so they run --contacts-runs times (default 20) after 3 warm-ups.
const CONTACTS_GOAL_MS = 300;
if (only.has('contacts')) {
  const runs = Number(values['contacts-runs']);
  const b = await benchRegistrations({ persons: Number(values.persons), runs, warmup: 3, log: (l) => console.log(l) });
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(
    `\n失业登记与定期联系，${b.persons} 名人员，${b.seed.registrations} 条登记（有效 ${b.seed.active}），${b.seed.contacts} 条联系记录，每项 ${runs} 次，单位 ms`,
  );
  console.log(`  生成演示数据：人员 ${b.seed.personsSeconds} 秒，登记与联系 ${b.seed.seconds} 秒`);
  console.log(
    `  ${pad('查询', 22)}${pad('结果数', 8)}${pad('core p50', 10)}${pad('core p95', 10)}${pad('CPU p50', 9)}${pad('raw p50', 9)}${pad('raw p95', 9)}${pad('ratio', 7)}目标`,
  );
  for (const f of b.figures) {
    const ok = f.core.p95 < CONTACTS_GOAL_MS ? '达到' : '未达到';
    console.log(
      `  ${pad(f.name, 22)}${pad(f.rows, 8)}${pad(f.core.p50, 10)}${pad(f.core.p95, 10)}${pad(f.coreCpuP50, 9)}${pad(f.raw.p50, 9)}${pad(f.raw.p95, 9)}${pad(f.ratio, 7)}${ok}`,
    );
  }
  console.log(`  RPT-11 导出 ${b.rpt11.rows} 行：${b.rpt11.seconds} 秒，文件 ${b.rpt11.fileMb} MB`);
  recordResults(regEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}（目标：p95 < ${CONTACTS_GOAL_MS} ms）`);
}

// Issue 11: RPT-02 rows and the recognition work-list counts at ~20,000 recognitions (goal < 300 ms, ≤ 1.5× raw SQL).
const RECOG_GOAL_MS = 300;
if (only.has('recog')) {
  const b = await benchRecognitions({
    persons: Number(values.persons),
    runs: Number(values['contacts-runs']),
    warmup: 3,
    dataDir: values['recog-data-dir'],
    log: (l) => console.log(l),
  });
  console.log(
    `\n就业困难人员认定，${b.persons} 名人员，${b.recognitions} 条认定记录，每项 ${values['contacts-runs']} 次，单位 ms`,
  );
  for (const f of b.figures) {
    const ok = f.core.p95 < RECOG_GOAL_MS && f.ratio <= GOAL_RATIO ? '达到' : '未达到';
    console.log(
      `  ${f.name}：${f.rows} 行/个；core p50 ${f.core.p50}，p95 ${f.core.p95}（CPU p50 ${f.coreCpuP50}）；raw p50 ${f.raw.p50}，p95 ${f.raw.p95}；ratio ${f.ratio}（目标 p95 < ${RECOG_GOAL_MS} ms，ratio ≤ ${GOAL_RATIO}）${ok}`,
    );
  }
  recordResults(recogEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Issue 12: a month's attendance and 岗位补贴 roster for the seeded county's placements, each against a raw baseline.
const SUBSIDY_GOAL_RATIO = 2;
if (only.has('subsidies')) {
  const b = await benchSubsidies({
    persons: Number(values.persons),
    repeats: Number(values['excel-repeats']),
    log: (l) => console.log(l),
  });
  const ok = (r: number) => (r <= SUBSIDY_GOAL_RATIO ? '达到' : '未达到');
  console.log(
    `\n考勤与补贴花名册，${b.persons} 名人员，${b.rows} 条在岗安置（所属期 2026-10），最好的 ${values['excel-repeats']} 次，峰值内存 ${b.peakRssMb} MB`,
  );
  console.log(
    `  attendance.generate：${b.generate.coreMs} ms（CPU ${b.generate.coreCpuMs}）；raw ${b.generate.rawMs} ms（CPU ${b.generate.rawCpuMs}）；ratio ${b.generate.ratio}，CPU ratio ${b.generate.cpuRatio}（目标 ≤ ${SUBSIDY_GOAL_RATIO}）${ok(b.generate.cpuRatio)}`,
  );
  console.log(
    `  subsidies.generateBatch：${b.roster.coreMs} ms（CPU ${b.roster.coreCpuMs}）；raw ${b.roster.rawMs} ms（CPU ${b.roster.rawCpuMs}）；ratio ${b.roster.ratio}，CPU ratio ${b.roster.cpuRatio}（目标 ≤ ${SUBSIDY_GOAL_RATIO}）${ok(b.roster.cpuRatio)}；合计 ${(b.roster.totalFen / 100).toFixed(2)} 元`,
  );
  const e = b.rpt06;
  console.log(
    `  reports.export RPT-06 ${e.rows} 行：${e.engine.seconds} s，峰值 ${e.engine.peakRssMb} MB（开始时 ${e.engine.startRssMb} MB），${e.engine.fileMb} MB；raw exceljs ${e.raw.seconds} s，峰值 ${e.raw.peakRssMb} MB（开始时 ${e.raw.startRssMb} MB）；ratio ${e.ratio}，CPU ${e.engine.cpuSeconds} s / ${e.raw.cpuSeconds} s = ${e.cpuRatio}（目标 ≤ 1.3）${e.cpuRatio <= 1.3 ? '达到' : '未达到'}`,
  );
  recordResults(subsidyEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Issue 17: 首页 (home.overview) at N persons with the seeded county's contacts, posts, rosters and recognitions: in
// process (caches kept, and after a write), and through the HTTP transport, each against its recorded SQL run raw.
const HOME_GOAL_MS = 300;
if (only.has('home')) {
  const runs = Number(values['contacts-runs']);
  const b = await benchHome({
    persons: Number(values.persons),
    runs,
    warmup: 3,
    log: (l) => console.log(l),
    dataDir: values['data-dir'],
  });
  console.log(
    `\n首页 home.overview，${b.persons} 名人员，${b.contacts} 条联系记录；原始 SQL 为一次冷调用所执行的 ${b.statements} 条语句，每项 ${runs} 次，单位 ms`,
  );
  for (const f of b.figures) {
    const ok = f.core.p95 < HOME_GOAL_MS ? '达到' : '未达到';
    console.log(
      `  ${f.name}：core p50 ${f.core.p50}，p95 ${f.core.p95}（CPU p50 ${f.coreCpuP50}，p95 ${f.coreCpuP95}）；raw p50 ${f.raw.p50}，p95 ${f.raw.p95}；ratio ${f.ratio}（目标 p95 < ${HOME_GOAL_MS} ms）${ok}`,
    );
  }
  recordResults(homeEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Issue 15: the class page and RPT-15 at 500 classes / 20,000 trainees against raw SQL.
if (only.has('training')) {
  const b = await benchTraining({
    classes: Number(values['training-classes']),
    perClass: Number(values['training-per-class']),
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    log: (l) => console.log(l),
  });
  console.log(`\n职业技能培训，${b.classes} 个培训班，${b.trainees} 名学员，单位 ms`);
  for (const f of b.figures)
    console.log(
      `  ${f.name}：${f.rows} 行；core p50 ${f.core.p50} p95 ${f.core.p95}；raw p50 ${f.raw.p50} p95 ${f.raw.p95}；ratio ${f.ratio}`,
    );
  recordResults(trainingEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

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
  recordResults(importScaleEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Issue 13: list/search, month work lists, counts, badges and RPT-12 at county scale, in process, through the HTTP
// transport and raw in the same run (scripts/bench/scale.ts). `--scale 500k` generates 500,000 persons (long).
// Issues 17/13: only the first work list after start on the scale county, cold and after the warm-up, with the
// longest block of the thread during the warm-up (the same figures the scale part records).
if (only.has('scale-first')) {
  const persons = Number(values.scale.replace(/k$/i, '')) * (/k$/i.test(values.scale) ? 1000 : 1);
  console.log(`\n规模 ${values.scale}：启动后第一次月度工作清单`);
  recordResults(await benchScaleFirst({ persons, dataDir: values['data-dir'], log: (l) => console.log(l) }));
  console.log(`\n已写入 ${RESULTS_FILE}`);
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
  recordResults(scaleEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
}

// Round 3: 档案到期 (archive.list) on a throwaway copy of the scale county (--data-dir: the county to copy), in process,
// through HTTP and raw, at 5 years (today's setting) and 1 year (scripts/bench/archive.ts).
if (only.has('archive')) {
  const runs = Number(values['contacts-runs']);
  const b = await benchArchive({ runs, warmup: 2, dataDir: values['data-dir'], log: (l) => console.log(l) });
  console.log(`\n档案到期：${b.persons} 名人员；每项 ${runs} 次，单位 ms；传输下限 p95 ${b.floor.p95}`);
  recordResults(archiveEntries(b.persons, b.figures));
  console.log(`已写入 ${RESULTS_FILE}`);
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
  recordResults(stallEntries(figures));
  console.log(`\n已写入 ${RESULTS_FILE}`);
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
  recordResults(startEntries(b));
  console.log(`\n已写入 ${RESULTS_FILE}`);
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
  recordResults(lockSaveEntries(figures));
  console.log(`已写入 ${RESULTS_FILE}`);
}
