// npm run bench [-- --persons N --runs R --rpt01-persons N --import-rows N --only list,rpt01,import,posts,contacts,recog,subsidies,home,training,import-scale,scale,scale-first,archive,stall,start,lock-save,import-undo --contacts-runs R --recog-data-dir DIR --training-classes N --training-per-class N --scale-rows N --scale 100k|500k --data-dir DIR --extra-attempts X --scale-cases TEXT --stall-persons N --stall-data-dir DIR --stall-before --start-runs N --lock-persons N --lock-data-dir DIR --undo-persons N]
// lock-save is not in the default list: run it alone, when the machine is quiet (it locks and unlocks 2026-10).
// Benchmarks are scripts, not timed tests (ARCHITECTURE §8): they print figures and ratios against a raw
// baseline measured in the same run, and merge them into bench-results.json (a standard run; a smaller county's
// figures go to .tmp/bench-results.json: scripts/bench/args.ts resultsFileOf).
// The cases live in scripts/bench/run-modules.ts (one module at N persons) and scripts/bench/run-scale.ts (county scale,
// jobs, start, locking); the command line in scripts/bench/args.ts.
import { benchArgs } from './bench/args';
import { runModuleCases } from './bench/run-modules';
import { runScaleCases } from './bench/run-scale';

const args = benchArgs();
await runModuleCases(args);
await runScaleCases(args);
