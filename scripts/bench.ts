// npm run bench [-- --persons N --runs R]
// Benchmarks are scripts, not timed tests (ARCHITECTURE §8): they print figures and ratios against a raw
// baseline measured in the same run, and merge them into bench-results.json.
import { parseArgs } from 'node:util';
import { benchPersonsList, toEntries } from './bench/persons-list';
import { recordResults, RESULTS_FILE } from './bench/results';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
  },
});

const GOAL_MS = 20;
const GOAL_RATIO = 1.5;

const { figures } = await benchPersonsList({
  persons: Number(values.persons),
  runs: Number(values.runs),
  warmup: Number(values.warmup),
  log: (l) => console.log(l),
});

const pad = (s: string | number, n: number) => String(s).padEnd(n);
console.log(`\npersons.list，${values.persons} 名人员，每项 ${values.runs} 次（预热 ${values.warmup} 次），单位 ms`);
console.log(`${pad('查询', 18)}${pad('结果数', 9)}${pad('路径', 7)}${pad('core p50', 10)}${pad('core p95', 10)}${pad('raw p50', 9)}${pad('raw p95', 9)}${pad('ratio', 7)}目标`);
for (const f of figures) {
  const ok = f.core.p95 < GOAL_MS && f.ratio < GOAL_RATIO ? '达到' : '未达到';
  console.log(`${pad(f.name, 18)}${pad(f.total, 9)}${pad(f.path, 7)}${pad(f.core.p50, 10)}${pad(f.core.p95, 10)}${pad(f.raw.p50, 9)}${pad(f.raw.p95, 9)}${pad(f.ratio, 7)}${ok}`);
}
recordResults(toEntries(figures));
console.log(`\n已写入 ${RESULTS_FILE}（目标：p95 < ${GOAL_MS} ms，ratio < ${GOAL_RATIO}）`);
