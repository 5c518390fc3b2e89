// Demo internships (就业见习, issue 13, DOMAIN §3.11) and their allowance rosters (issue 12) for the seeded county.
// A few employers with a USCC are designated 见习基地 (one of them expiring within the reminder window), then interns
// are registered and ended through the internships service, so every rule (eligibility, term, host allowance,
// overlap) is checked as for a clerk: running ones (every person the county seed left at 就业见习中 first), ended at
// term, kept on at term, hired early with a contract, and left early (by the intern or the host). Then, for each of the
// months before today's month, the allowances module's own generation and the roster service make the 见习补贴
// roster — paid up to four months back, reported three back, reviewed two back, the last month a draft — and today's
// month gets its allowance rows without a roster. Deterministic for a seed, the persons and `today` (apart from keys).
import { giveCards } from './bank-cards';
import type { Core } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
import { AppError } from '../../shared/contract/result';
import { internshipCreateInput, internshipEndInput } from '../../shared/contract/internships';
import { createInternship, endInternship } from '../../electron/core/modules/internships/service';
import { minWageFenOn } from '../../electron/core/modules/posts/config';
import { INTERNSHIP_SETTING_KEYS } from '../../electron/core/modules/internships/config';
import { setRuleSetting } from '../../electron/core/modules/settings/rules';
import { generateAllowances } from '../../electron/core/modules/subsidies/allowances';
import { saveAllowance } from '../../electron/core/modules/subsidies/allowance-save';
import { generateBatch } from '../../electron/core/modules/subsidies/generate';
import { payBatch, reportBatch, reviewBatch } from '../../electron/core/modules/subsidies/service';
import { countyRoster } from '../../shared/contract/subsidies';
import { termEnd } from '../../shared/domain/allowance';
import { ageOn } from '../../shared/domain/age';
import { addMonths, monthOf, monthsBetween } from '../../shared/domain/dates';
import { monthSpan } from '../../shared/domain/subsidy-amounts';
import { addDays } from '../../shared/domain/working-days';
import { SEED_OPERATOR } from './placements';
import { makeRng, type Rng } from './rng';
import { afterMonth, DEMO_APPROVER, DEMO_REVIEWER } from './accounts';

/** What the demo's 其他 interns are (其他类别说明). */
const OTHER_TYPE_NOTES = ['技工院校毕业生', '退役士兵', '返乡创业青年'];

interface InternshipSeedOptions {
  today: string;
  /** Internships to register (about; fewer when the county lacks eligible persons). Default 40. */
  interns?: number;
  /** Employers to designate 见习基地 (default 6). */
  bases?: number;
  /** Months of allowance rosters before today's month (default 12). */
  months?: number;
  seed?: number;
  log?: (line: string) => void;
}

type InternState = 'active' | 'ended' | 'retained' | 'earlyHire' | 'leftEarly';

interface InternshipSeedResult {
  bases: number;
  internships: number;
  byState: Record<InternState, number>;
  /** Candidates the service refused (not written; a refused 就业见习中 person is set back to 失业(未就业)). */
  refused: number;
  allowanceRows: number;
  batches: number;
  reviewed: number;
}

const SCHOOLS = ['喀什大学', '新疆大学', '新疆师范大学', '新疆农业大学', '喀什职业技术学院', '石河子大学'];
const MAJORS = ['汉语言文学', '会计学', '计算机科学与技术', '农学', '护理', '市场营销', '电子商务'];
const POSITIONS = ['行政助理', '会计助理', '仓储管理', '文员', '销售助理', '技术员', '护理助理'];
/** The planned mix; running ones first so every person already shown 就业见习中 gets one. */
const CYCLE: readonly InternState[] = ['ended', 'retained', 'active', 'leftEarly', 'earlyHire', 'ended', 'active'];

interface Candidate {
  id: string;
  birth_date: string;
  employment_status: string;
}

/** A start date `monthsBack` months before today's month, on a day 1–28. */
const startBack = (rng: Rng, today: string, monthsBack: number) =>
  `${addMonths(monthOf(today), -monthsBack)}-${String(rng.int(1, 28)).padStart(2, '0')}`;

/** The latest 1 July on or before `date` (a graduation date within the two-year window). */
function graduation(date: string): string {
  const y = Number(date.slice(0, 4));
  return date.slice(5) >= '07-01' ? `${y}-07-01` : `${y - 1}-07-01`;
}

/** Start, planned end and (when ended) how it ends, for a state. */
function plan(rng: Rng, today: string, state: InternState) {
  const months = rng.pick([3, 6, 6, 6, 12]);
  if (state === 'active') {
    const start = startBack(rng, today, rng.int(0, Math.min(months, 6) - 1));
    const s = start > today ? today : start;
    return { start: s, end: termEnd(s, months === 3 ? 6 : months) };
  }
  const start = startBack(rng, today, rng.int(months + 1, 14));
  return { start, end: termEnd(start, months) };
}

function endFor(
  rng: Rng,
  state: InternState,
  start: string,
  end: string,
  today: string,
): Record<string, unknown> | null {
  if (state === 'ended') return { endDate: end, endType: '1' };
  if (state === 'retained')
    return { endDate: end, endType: '2', retained: true, retainedDate: addDays(end, 1), contractYears: rng.int(1, 3) };
  // Early: one to two months in, and never after today or on the planned end.
  let at = termEnd(start, rng.int(1, 2));
  if (at >= end) at = addDays(end, -10);
  if (at > today) at = today;
  if (state === 'earlyHire')
    return { endDate: at, endType: '3', retained: true, retainedDate: addDays(at, 1), contractYears: rng.int(2, 3) };
  return { endDate: at, endType: rng.chance(0.6) ? '4' : '5', endNote: '见习人员另有打算' };
}

/** 见习基地 on the first `n` live employers that have a USCC (firms and institutions); the last expires soon. */
function designateBases(core: Core, n: number, today: string): string[] {
  const db = core.ctx.db;
  const ids = db
    .prepare('SELECT id FROM employers WHERE deleted_at IS NULL AND uscc IS NOT NULL ORDER BY rowid LIMIT ?')
    .pluck()
    .all(n) as string[];
  const year = Number(today.slice(0, 4));
  const set = db.prepare(
    `UPDATE employers SET is_internship_base = 1, base_recognised_date = ?, base_valid_until = ?, updated_at = ?, updated_by = ?
    WHERE id = ?`,
  );
  ids.forEach((id, i) => {
    const soon = i === ids.length - 1 && ids.length > 1;
    set.run(`${year - 3}-01-01`, soon ? addDays(today, 45) : `${year + 2}-12-31`, core.ctx.now(), SEED_OPERATOR, id);
  });
  return ids;
}

function candidates(core: Core, today: string): Candidate[] {
  const rows = core.ctx.db
    .prepare(
      `SELECT p.id, p.birth_date, p.employment_status FROM persons p
      WHERE p.deleted_at IS NULL AND p.employment_status IN ('10', '25') AND p.on_post = 0
        AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id)
      ORDER BY p.employment_status DESC, p.rowid`,
    )
    .all() as Candidate[];
  // Graduates: 22–30 on today, so 21 or more at a start up to 14 months back; every person shown 就业见习中.
  return rows.filter((r) => {
    const age = ageOn(r.birth_date, today);
    return r.employment_status === '25' || (age >= 22 && age <= 30);
  });
}

function registerInterns(
  core: Core,
  ctx: CoreContext,
  rng: Rng,
  hosts: string[],
  wanted: number,
  today: string,
  result: InternshipSeedResult,
) {
  let k = 0;
  for (const c of candidates(core, today)) {
    if (result.internships >= wanted) break;
    const state: InternState = c.employment_status === '25' ? 'active' : CYCLE[k++ % CYCLE.length];
    const { start, end } = plan(rng, today, state);
    const wage = minWageFenOn(ctx.db, start)?.fen ?? 190_000;
    // A graduate (E20 1) when young enough, else 其他 (E20 9: a person the county seed left 就业见习中).
    const grad = ageOn(c.birth_date, today) <= 30;
    try {
      const created = createInternship(
        ctx,
        internshipCreateInput.parse({
          personId: c.id,
          hostId: hosts[result.internships % hosts.length],
          position: rng.pick(POSITIONS),
          internType: grad ? '1' : '9',
          // E20 9 needs its 其他类别说明 (picked by position, so the random sequence stays as it was).
          otherTypeNote: grad ? null : OTHER_TYPE_NOTES[result.internships % OTHER_TYPE_NOTES.length],
          school: grad ? rng.pick(SCHOOLS) : null,
          major: grad ? rng.pick(MAJORS) : null,
          degree: grad ? rng.pick(['2', '2', '3']) : null,
          graduationDate: grad ? graduation(start) : null,
          agreementStart: start,
          agreementEnd: end,
          // BR-27: every fifth intern has a standard of its own (100 yuan above the minimum wage), the rest the default.
          allowanceStandardFen: result.internships % 5 === 4 ? wage + 10_000 : null,
          hostAllowanceFen: Math.ceil((wage * 0.6) / 10_000) * 10_000,
          insurancePolicy: `PICC-${start.slice(0, 4)}-${String(result.internships + 1).padStart(4, '0')}`,
        }),
      );
      const ending = state === 'active' ? null : endFor(rng, state, start, end, today);
      if (ending) endInternship(ctx, internshipEndInput.parse({ id: created.data.id, ...ending }));
      result.internships++;
      result.byState[state]++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result.refused++;
      // The county seed draws 就业见习中 at random; one the rules refuse an internship (past retirement age) is
      // set back to 失业(未就业), so no person shows 就业见习中 without a running internship.
      if (c.employment_status === '25') {
        ctx.db
          .prepare(
            "UPDATE persons SET employment_status = '10', in_internship = 0, updated_at = ?, updated_by = ? WHERE id = ?",
          )
          .run(ctx.now(), SEED_OPERATOR, c.id);
      }
    }
  }
}

/**
 * The clerk's checks of a past month's allowance rows (DOMAIN §3.11): every host seen to have paid its own share,
 * except in last month, where one intern had days off (a deduction) and one host paid short (a deduction, not
 * verified): the draft roster then pays less than due, and the 补贴发放 list shows both.
 */
function checkMonth(ctx: CoreContext, month: string, lastMonth: boolean) {
  const rows = ctx.db
    .prepare('SELECT id, due_amount, updated_at FROM internship_allowances WHERE month = ? ORDER BY id')
    .all(month) as { id: string; due_amount: number; updated_at: string }[];
  rows.forEach((r, i) => {
    const cut = lastMonth && i < 2 && r.due_amount >= 30_000;
    saveAllowance(ctx, {
      id: r.id,
      expectedUpdatedAt: r.updated_at,
      deductionFen: cut ? (i === 0 ? Math.round(r.due_amount / 10) : 20_000) : 0,
      deductionReason: cut ? (i === 0 ? '事假3天' : '单位未足额发放岗位补助') : null,
      hostAllowanceVerified: !(cut && i === 1),
    });
  });
}

/** Allowance rows and the 见习补贴 roster of each month before today's month, in the states of the subsidy seed. */
function seedRosters(ctx: CoreContext, today: string, n: number, result: InternshipSeedResult) {
  const current = monthOf(today);
  for (let month = addMonths(current, -n); month < current; month = addMonths(month, 1)) {
    const g = generateAllowances(ctx, month);
    result.allowanceRows += g.total;
    if (g.total === 0) continue;
    checkMonth(ctx, month, addMonths(month, 1) === current);
    const b = generateBatch(ctx, countyRoster('internship', month)).data;
    result.batches++;
    const age = monthsBetween(month, current);
    if (age >= 2) {
      reviewBatch(afterMonth(ctx, month), b.id, DEMO_REVIEWER);
      result.reviewed++;
    }
    if (age >= 3) reportBatch(afterMonth(ctx, month), b.id, DEMO_APPROVER, true);
    if (age >= 4) {
      const paid = monthSpan(addMonths(month, 2)).first;
      payBatch(ctx, b.id, paid > today ? today : paid, true);
    }
  }
  result.allowanceRows += generateAllowances(ctx, current).total;
}

export function seedInternships(core: Core, options: InternshipSeedOptions): InternshipSeedResult {
  const db = core.ctx.db;
  if ((db.prepare('SELECT count(*) FROM internships').pluck().get() as number) > 0)
    throw new Error('数据文件夹中已有就业见习记录，请换一个空文件夹生成演示数据。');
  const ctx: CoreContext = { ...core.ctx, operator: () => SEED_OPERATOR };
  const rng = makeRng((options.seed ?? 20260101) + 17);
  const result: InternshipSeedResult = {
    bases: 0,
    internships: 0,
    byState: { active: 0, ended: 0, retained: 0, earlyHire: 0, leftEarly: 0 },
    refused: 0,
    allowanceRows: 0,
    batches: 0,
    reviewed: 0,
  };
  db.transaction(() => {
    const hosts = designateBases(core, options.bases ?? 6, options.today);
    result.bases = hosts.length;
    if (hosts.length === 0) return;
    // 其他 (E20 9) is registered only where 规则设置 allows it: the demo county does, with its 依据.
    setRuleSetting(ctx, {
      key: INTERNSHIP_SETTING_KEYS.allowOtherType,
      effectiveFrom: '2020-01-01',
      values: { value: true },
      note: '县人社局关于技工院校毕业生等人员参加就业见习的通知',
    });
    registerInterns(core, ctx, rng, hosts, options.interns ?? 40, options.today, result);
    // The interns' 社保卡账号 before their rosters are reviewed (a reviewed roster keeps the account it was paid to).
    giveCards(core);
    seedRosters(ctx, options.today, options.months ?? 12, result);
  })();
  const s = result.byState;
  options.log?.(
    `就业见习：${result.bases} 个见习基地，${result.internships} 名见习人员（见习中 ${s.active}，期满 ${s.ended}，期满留用 ${s.retained}，` +
      `提前留用 ${s.earlyHire}，提前终止 ${s.leftEarly}），见习补贴 ${result.allowanceRows} 条，花名册 ${result.batches} 个（已审核 ${result.reviewed} 个）`,
  );
  return result;
}
