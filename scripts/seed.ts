// npm run seed -- --persons N --data-dir DIR [--today YYYY-MM-DD] [--seed S] [--posts N --placements N]
// Makes a deterministic, realistic demo county (疏附县) in DIR. Migrations run through openCore.
import { parseArgs } from 'node:util';
import { openCore } from '../electron/core/core';
import { makeToday } from '../electron/core/clock';
import { seedCounty } from './seed/county';
import { seedRegistrations } from './seed/registrations';
import { seedPostCounty } from './seed/post-county';
import { seedRecognitions } from './seed/recognitions';
import { seedSubsidies } from './seed/subsidies';
import { seedTraining } from './seed/training';
import { seedInternships } from './seed/internships';
import { seedDemoAccounts, signInSeedAdmin } from './seed/accounts';
import { ROLE_LABELS } from '../shared/contract/accounts';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000' },
    'data-dir': { type: 'string' },
    today: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    // Issue 6: public-welfare posts and placements; default persons / 10 and persons / 5 (100,000 → 10,000 and 20,000).
    posts: { type: 'string' },
    placements: { type: 'string' },
  },
});

const dataDir = values['data-dir'];
const persons = Number(values.persons);
if (!dataDir || !Number.isInteger(persons) || persons < 0) {
  console.error('用法：npm run seed -- --persons N --data-dir 文件夹 [--today YYYY-MM-DD] [--seed 整数]');
  process.exit(2);
}
const today = makeToday(values.today)();
const started = performance.now();
const core = openCore({ dataDir, today });
try {
  const { recoveryCode } = await signInSeedAdmin(core);
  const r = await seedCounty(core, { persons, today, seed: Number(values.seed), log: (l) => console.log(l) });
  // Employers, posts and placements (issue 6), before the registrations: those skip persons on post.
  seedPostCounty(core, {
    posts: Number(values.posts ?? Math.round(persons / 10)),
    placements: Number(values.placements ?? Math.round(persons / 5)),
    today,
    seed: Number(values.seed),
    log: (l) => console.log(l),
  });
  // A year of attendance and subsidy rosters, one 补发/扣回 roster (issue 12).
  seedSubsidies(core, { today, log: (l) => console.log(l) });
  // Unemployment registrations, level history and 24 months of follow-up contacts (issue 5).
  seedRegistrations(core, { today, seed: Number(values.seed), log: (l) => console.log(l) });
  // 就业困难人员认定 in every state, exits and back-filled ones (issue 11), after the registrations they rest on.
  seedRecognitions(core, { today, seed: Number(values.seed), log: (l) => console.log(l) });
  // 职业技能培训: providers, a year of classes in every state, trainees and 培训补贴 rosters (issue 15).
  seedTraining(core, { today, log: (l) => console.log(l) });
  // 见习基地, interns in every state and a year of 见习补贴 rosters (issues 12, 13), last: interns are chosen among
  // the unemployed the other seeds left.
  seedInternships(core, {
    today,
    seed: Number(values.seed),
    interns: Math.max(10, Math.round(persons / 25)),
    log: (l) => console.log(l),
  });
  // One demo account per role (issue 19), printed so a demonstration can sign in as each.
  const accounts = await seedDemoAccounts(core);
  console.log('演示账号（仅用于演示数据）：');
  for (const a of accounts) {
    const scope = a.townshipCodes ? `，乡镇 ${a.townshipCodes.join('、')}` : '';
    const full = a.fullIdExport ? '，可导出完整号码' : '';
    console.log(
      `  ${ROLE_LABELS[a.role]}：用户名 ${a.username}  密码 ${a.password}（${a.displayName}${scope}${full}）`,
    );
  }
  if (recoveryCode) console.log(`管理员恢复码（演示）：${recoveryCode}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `完成：${r.townships} 个乡镇，${r.villages} 个村(社区)，${r.persons} 名人员，用时 ${seconds} 秒（${dataDir}，今天 = ${today}）`,
  );
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  core.close();
}
