// npm run seed -- --persons N --data-dir DIR [--today YYYY-MM-DD] [--seed S] [--posts N --placements N]
// Makes a deterministic, realistic demo county (疏附县) in DIR. Migrations run through openCore.
import { parseArgs } from 'node:util';
import { openCore } from '../electron/core/core';
import { makeToday } from '../electron/core/clock';
import { seedDemo } from './seed/demo';
import { seedDemoAccounts, signInSeedAdmin } from './seed/accounts';
import { roleLabel } from '../shared/contract/accounts';

const USAGE =
  '用法：npm run seed -- --persons N --data-dir 文件夹 [--today YYYY-MM-DD] [--seed 整数] [--posts N --placements N]';

/** The options; an option the seed does not know prints the usage and exits with 2 (no stack trace). */
function options() {
  try {
    return parseArgs({
      options: {
        help: { type: 'boolean', short: 'h' },
        persons: { type: 'string', default: '1000' },
        'data-dir': { type: 'string' },
        today: { type: 'string' },
        seed: { type: 'string', default: '20260101' },
        // Issue 6: public-welfare posts and placements; default persons / 10 and persons / 5 (100,000 → 10,000 and 20,000).
        posts: { type: 'string' },
        placements: { type: 'string' },
      },
    }).values;
  } catch (err) {
    console.error((err as Error).message);
    console.error(USAGE);
    process.exit(2);
  }
}
const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const dataDir = values['data-dir'];
const persons = Number(values.persons);
if (!dataDir || !Number.isInteger(persons) || persons < 0) {
  console.error(USAGE);
  process.exit(2);
}
const today = makeToday(values.today)();
const started = performance.now();
const core = openCore({ dataDir, today });
try {
  const { recoveryCode } = await signInSeedAdmin(core);
  const r = await seedDemo(core, {
    persons,
    today,
    seed: Number(values.seed),
    posts: values.posts === undefined ? undefined : Number(values.posts),
    placements: values.placements === undefined ? undefined : Number(values.placements),
    log: (l) => console.log(l),
  });
  // One demo account per role (issue 19), printed so a demonstration can sign in as each.
  const accounts = await seedDemoAccounts(core);
  console.log('演示账号（仅用于演示数据）：');
  const townshipName = core.ctx.db.prepare('SELECT name FROM regions WHERE code = ?').pluck();
  for (const a of accounts) {
    // The clerk's 乡镇 by name, as the app shows it (the code is what the demo accounts are defined by).
    const names = a.townshipCodes?.map((c) => (townshipName.get(c) as string | undefined) ?? c);
    const scope = names ? `，乡镇 ${names.join('、')}` : '';
    const full = a.fullIdExport ? '，可导出完整号码' : '';
    console.log(`  ${roleLabel(a.role)}：用户名 ${a.username}  密码 ${a.password}（${a.displayName}${scope}${full}）`);
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
