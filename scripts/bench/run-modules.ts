// npm run bench: the cases of one module each at N persons (--persons), each against a raw baseline measured in the
// same run — persons.list, RPT-01 export and person import, placements, contacts, recognitions, attendance and
// subsidy rosters, 首页, training — in the order they run.
import { benchPersonsList, toEntries } from './persons-list';
import { recordedIn, recordResults } from './results';
import { benchRpt01Export, rpt01Entries } from './rpt01-export';
import { benchPersonImport, importEntries } from './person-import';
import { benchPlacements, placementEntries } from './placements';
import { benchRegistrations, regEntries } from './registrations';
import { benchRecognitions, recogEntries } from './recognitions';
import { benchSubsidies, subsidyEntries } from './subsidies';
import { benchHome, homeEntries } from './home';
import { benchTraining, trainingEntries } from './training';
import { GOAL_MS, GOAL_RATIO, type BenchArgs } from './args';

const log = (l: string) => console.log(l);
const pad = (s: string | number, n: number) => String(s).padEnd(n);

export async function runModuleCases({ values, only, resultsFile }: BenchArgs): Promise<void> {
  const recorded = recordedIn(resultsFile);
  const persons = Number(values.persons);
  /** The cases timed --runs times after --warmup. */
  const timed = { persons, runs: Number(values.runs), warmup: Number(values.warmup), log };
  /** The slower cases (100–500 ms a call): --contacts-runs times after 3 warm-ups. */
  const contactsRuns = Number(values['contacts-runs']);
  const slowTimed = { persons, runs: contactsRuns, warmup: 3, log };

  if (only.has('list')) {
    const { figures } = await benchPersonsList(timed);
    console.log(
      `\npersons.list，${values.persons} 名人员，每项 ${values.runs} 次（预热 ${values.warmup} 次），单位 ms`,
    );
    console.log(
      `${pad('查询', 18)}${pad('结果数', 9)}${pad('路径', 7)}${pad('core p50', 10)}${pad('core p95', 10)}${pad('raw p50', 9)}${pad('raw p95', 9)}${pad('ratio', 7)}目标`,
    );
    for (const f of figures) {
      const ok = f.core.p95 < GOAL_MS && f.ratio < GOAL_RATIO ? '达到' : '未达到';
      console.log(
        `${pad(f.name, 18)}${pad(f.total, 9)}${pad(f.path, 7)}${pad(f.core.p50, 10)}${pad(f.core.p95, 10)}${pad(f.raw.p50, 9)}${pad(f.raw.p95, 9)}${pad(f.ratio, 7)}${ok}`,
      );
    }
    recorded(toEntries(figures), `（目标：p95 < ${GOAL_MS} ms，ratio < ${GOAL_RATIO}）`);
  }

  // Issue 4 item 6: RPT-01 export and person import against raw exceljs / raw SQL baselines.
  const RPT01_GOAL_RATIO = 1.3;
  const RPT01_GOAL_PEAK_MB = 400;
  const IMPORT_GOAL_RATIO = 2;
  const repeats = Number(values['excel-repeats']);
  if (only.has('rpt01')) {
    const b = await benchRpt01Export({ persons: Number(values['rpt01-persons']), repeats, log });
    const ok = b.ratio < RPT01_GOAL_RATIO && b.engine.peakRssMb < RPT01_GOAL_PEAK_MB ? '达到' : '未达到';
    console.log(`\nRPT-01 导出 ${b.persons} 人（全部标记为就业困难人员），24 列，最好的 ${repeats} 次`);
    console.log(
      `  reports.export：${b.engine.seconds} 秒，峰值内存 ${b.engine.peakRssMb} MB（开始时 ${b.engine.startRssMb} MB），文件 ${b.engine.fileMb} MB`,
    );
    console.log(
      `  exceljs 直接流式写入同样的单元格：${b.raw.seconds} 秒，峰值内存 ${b.raw.peakRssMb} MB，文件 ${b.raw.fileMb} MB`,
    );
    console.log(`  ratio ${b.ratio}（目标 < ${RPT01_GOAL_RATIO}，峰值 < ${RPT01_GOAL_PEAK_MB} MB）${ok}`);
    recordResults(rpt01Entries(b), resultsFile);
  }
  if (only.has('import')) {
    const b = await benchPersonImport({ rows: Number(values['import-rows']), repeats, log });
    console.log(`\n人员导入 ${b.rows} 行，最好的 ${repeats} 次`);
    console.log(
      `  检查 ${b.check.seconds} 秒 + 写入 ${b.commit.seconds} 秒 = ${b.core} 秒（峰值内存 ${Math.max(b.check.peakRssMb, b.commit.peakRssMb)} MB）`,
    );
    console.log(`  exceljs 直接读取 + 预编译语句插入：${b.raw.seconds} 秒`);
    console.log(`  ratio ${b.ratio}（目标 < ${IMPORT_GOAL_RATIO}）${b.ratio < IMPORT_GOAL_RATIO ? '达到' : '未达到'}`);
    console.log(
      `  CPU 时间：${(b.check.cpuSeconds + b.commit.cpuSeconds).toFixed(2)} 秒 对 ${b.raw.cpuSeconds} 秒，ratio ${b.cpuRatio}（各取最好的一次）`,
    );
    recordResults(importEntries(b), resultsFile);
  }
  if (only.has('rpt01') || only.has('import')) console.log(`\n已写入 ${resultsFile}`);

  // Issue 6: saving a placement (capacity + overlap checks) at 10,000 posts and 20,000 placements, against raw SQL.
  if (only.has('posts')) {
    const b = await benchPlacements(timed);
    console.log(
      `\nplacements.create，${b.persons} 名人员，${b.posts} 个岗位，${b.placements} 条安置，${b.runs} 次（预热 ${b.warmup} 次），单位 ms`,
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
    recorded(placementEntries(b));
  }

  // Issue 5: the month's 本月待联系 list, badge counts, RPT-12 and the quick lookup at N persons with registrations
  // and 24 months of contacts (each against the same SQL run raw), and the RPT-11 export in seconds. These take
  // 100–500 ms a call, so they run --contacts-runs times (default 20) after 3 warm-ups.
  const CONTACTS_GOAL_MS = 300;
  if (only.has('contacts')) {
    const b = await benchRegistrations(slowTimed);
    console.log(
      `\n失业登记与定期联系，${b.persons} 名人员，${b.seed.registrations} 条登记（有效 ${b.seed.active}），${b.seed.contacts} 条联系记录，每项 ${contactsRuns} 次，单位 ms`,
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
    recorded(regEntries(b), `（目标：p95 < ${CONTACTS_GOAL_MS} ms）`);
  }

  // Issue 11: RPT-02 rows and the recognition work-list counts at ~20,000 recognitions (goal < 300 ms, ≤ 1.5× raw SQL).
  const RECOG_GOAL_MS = 300;
  if (only.has('recog')) {
    const b = await benchRecognitions({ ...slowTimed, dataDir: values['recog-data-dir'] });
    console.log(
      `\n就业困难人员认定，${b.persons} 名人员，${b.recognitions} 条认定记录，每项 ${contactsRuns} 次，单位 ms`,
    );
    for (const f of b.figures) {
      const ok = f.core.p95 < RECOG_GOAL_MS && f.ratio <= GOAL_RATIO ? '达到' : '未达到';
      console.log(
        `  ${f.name}：${f.rows} 行/个；core p50 ${f.core.p50}，p95 ${f.core.p95}（CPU p50 ${f.coreCpuP50}）；raw p50 ${f.raw.p50}，p95 ${f.raw.p95}；ratio ${f.ratio}（目标 p95 < ${RECOG_GOAL_MS} ms，ratio ≤ ${GOAL_RATIO}）${ok}`,
      );
    }
    recorded(recogEntries(b));
  }

  // Issue 12: a month's attendance and 岗位补贴 roster for the seeded county's placements, each against a raw baseline.
  const SUBSIDY_GOAL_RATIO = 2;
  if (only.has('subsidies')) {
    const b = await benchSubsidies({ persons, repeats: Number(values['excel-repeats']), log });
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
    recorded(subsidyEntries(b));
  }

  // Issue 17: 首页 (home.overview) at N persons with the seeded county's contacts, posts, rosters and recognitions: in
  // process (caches kept, and after a write), and through the HTTP transport, each against its recorded SQL run raw.
  const HOME_GOAL_MS = 300;
  if (only.has('home')) {
    const b = await benchHome({ ...slowTimed, dataDir: values['data-dir'] });
    console.log(
      `\n首页 home.overview，${b.persons} 名人员，${b.contacts} 条联系记录；原始 SQL 为一次冷调用所执行的 ${b.statements} 条语句，每项 ${contactsRuns} 次，单位 ms`,
    );
    for (const f of b.figures) {
      const ok = f.core.p95 < HOME_GOAL_MS ? '达到' : '未达到';
      console.log(
        `  ${f.name}：core p50 ${f.core.p50}，p95 ${f.core.p95}（CPU p50 ${f.coreCpuP50}，p95 ${f.coreCpuP95}）；raw p50 ${f.raw.p50}，p95 ${f.raw.p95}；ratio ${f.ratio}（目标 p95 < ${HOME_GOAL_MS} ms）${ok}`,
      );
    }
    recorded(homeEntries(b));
  }

  // Issue 15: the class page and RPT-15 at 500 classes / 20,000 trainees against raw SQL.
  if (only.has('training')) {
    const b = await benchTraining({
      classes: Number(values['training-classes']),
      perClass: Number(values['training-per-class']),
      runs: Number(values.runs),
      warmup: Number(values.warmup),
      log,
    });
    console.log(`\n职业技能培训，${b.classes} 个培训班，${b.trainees} 名学员，单位 ms`);
    for (const f of b.figures)
      console.log(
        `  ${f.name}：${f.rows} 行；core p50 ${f.core.p50} p95 ${f.core.p95}；raw p50 ${f.raw.p50} p95 ${f.raw.p95}；ratio ${f.ratio}`,
      );
    recorded(trainingEntries(b));
  }
}
