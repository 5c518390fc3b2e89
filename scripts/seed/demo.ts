// The demo county of `npm run seed`, step by step, also used by `npm run print-preview`: persons and regions, posts and
// placements, a year of rosters, registrations with contacts, recognitions and their employment assistance, training,
// internships, flexible-employment subsidies. Every step dates what it makes up to `today` (the working date), never
// after it.
import type { Core } from '../../electron/core/core';
import { seedCounty } from './county';
import { seedRegistrations } from './registrations';
import { seedPostCounty } from './post-county';
import { seedRenewals } from './renewals';
import { seedRecognitions } from './recognitions';
import { seedAssistance } from './assistance';
import { seedSubsidies } from './subsidies';
import { seedTraining } from './training';
import { seedDeletedRecords } from './deleted-records';
import { giveCards, seedBankCards } from './bank-cards';
import { seedInternships } from './internships';
import { seedClosedCases } from './archive';
import { seedCalendar } from './calendar';
import { seedDeletedFlexSubsidy, seedFlexibleSubsidies } from './flexible-subsidies';
import { seedDeletedContacts } from './deleted-contacts';
import { seedDeletedRegistrations } from './deleted-registrations';
import { seedScopedRosters } from './scoped-rosters';

interface DemoOptions {
  persons: number;
  today: string;
  seed: number;
  /** Default persons / 10 and persons / 5. */
  posts?: number;
  placements?: number;
  log?: (line: string) => void;
}

/** Seeds the whole demo county into a core signed in as an administrator; returns the county's counts. */
export async function seedDemo(
  core: Core,
  o: DemoOptions,
): Promise<{ townships: number; villages: number; persons: number }> {
  const { persons, today, seed, log } = o;
  const r = await seedCounty(core, { persons, today, seed, log });
  // 工作日历: the built-in national schedules up to this year, before anything counts working days.
  const years = await seedCalendar(core, today);
  log?.(`工作日历：已填入${years.map((y) => `${y}年`).join('、') || '（无内置年份）'}全国节假日安排`);
  // Employers, posts and placements (issue 6), before the registrations: those skip persons on post.
  seedPostCounty(core, {
    posts: o.posts ?? Math.round(persons / 10),
    placements: o.placements ?? Math.round(persons / 5),
    today,
    seed,
    log,
  });
  // 年度考核 and 续签 of the placements (BR-23): last year's results, contracts ending or ended, a few renewals.
  await seedRenewals(core, { today, seed, log });
  // 社保卡账号 of the persons placed, before the rosters paying them are reviewed (a reviewed roster keeps them).
  giveCards(core);
  // A year of attendance and subsidy rosters, one 补发/扣回 roster (issue 12).
  seedSubsidies(core, { today, log });
  // Unemployment registrations, level history and 24 months of follow-up contacts (issue 5).
  seedRegistrations(core, { today, seed, log });
  // 就业困难人员认定 in every state, exits and back-filled ones (issue 11), after the registrations they rest on.
  seedRecognitions(core, { today, seed, log });
  // BR-06: most recognised persons had employment assistance in the last months; a handful wait for it.
  seedAssistance(core, { today, seed, log });
  // 已删除 contacts a clerk can restore from a registration's 联系记录 (显示已删除).
  await seedDeletedContacts(core, { today, log });
  // One 失业登记 and one 认定申请 entered on the wrong person, restorable from the person page's 已删除 (migration 0026).
  await seedDeletedRegistrations(core, { today, log });
  // 职业技能培训: providers, a year of classes in every state, trainees and 培训补贴 rosters (issue 15).
  seedTraining(core, { today, log });
  // One 年度考核 and one trainee deleted by mistake, restorable from 显示已删除 (migration 0024).
  await seedDeletedRecords(core, { today, log });
  // 见习基地, interns in every state and a year of 见习补贴 rosters (issues 12, 13), last: interns are chosen among
  // the unemployed the other seeds left.
  seedInternships(core, { today, seed, interns: Math.max(10, Math.round(persons / 25)), log });
  // 社保卡账号 for everyone paid from a roster, but one 岗位 and one 见习 payee of last month's drafts (the warning).
  seedBankCards(core, { today, log });
  // A 乡镇's 岗位补贴 roster and a 见习单位's 见习补贴 roster of today's month (DOMAIN §3.10 范围), after the rows exist.
  seedScopedRosters(core, { today, log });
  // 档案到期: a few cases closed seven to nine years ago, on persons no step above used (CFG-31).
  const closed = seedClosedCases(core, { today, seed });
  log?.(`档案到期示例：${closed} 人`);
  // 灵活就业社会保险补贴 (BR-30): a handful of periods of persons in flexible employment, a few ended early.
  await seedFlexibleSubsidies(core, { today, log });
  await seedDeletedFlexSubsidy(core, { today, log });
  return r;
}
