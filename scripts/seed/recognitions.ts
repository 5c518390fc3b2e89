// Seeds 就业困难人员认定 (issue 11) with raw prepared statements in one transaction, deterministic for a seed and
// `today`: every person flagged difficult by the person seed gets a recognition — through the whole workflow
// (BR-13) when registered, back-filled (补录) otherwise — and ~15 % of them have since exited (E08); a share of the
// other persons with a registration active today apply, spread over every stage: 待初审, 公示中, 待乡镇审核,
// 待县级确认, 不予认定 and 已认定. Categories come from the person record (K01 age on the application date by the
// default CFG-10, K02, K03, K07), else K05 or K99. Persons the placement seed already gave a back-filled recognition
// (seed/placements.ts) keep it. persons.is_difficult is then set from the recognitions.
import type { Core } from '../../electron/core/core';
import { ageOn } from '../../shared/domain/age';
import { addDays } from '../../shared/domain/working-days';
import { SEED_OPERATOR } from './county';
import { makeSeedIds } from './fast-ids';
import { makeRng, type Rng } from './rng';

interface RecognitionSeedOptions {
  today: string;
  seed?: number;
  /** Share of the other registered persons that apply (default 0.25: ≈ 20,000 recognitions at 100,000 persons). */
  share?: number;
  log?: (line: string) => void;
}

interface RecognitionSeedResult {
  recognitions: number;
  byStage: Record<string, number>;
}

interface Candidate {
  id: string;
  sex: '1' | '2';
  birth_date: string;
  dibao: 0 | 1;
  disability_type: string | null;
  poverty_status: string | null;
  is_difficult: 0 | 1;
  reg_id: string | null;
  reg_date: string | null;
  cancel_date: string | null;
}

const EXIT_REASONS: readonly (readonly [string, number])[] = [
  ['R01', 5],
  ['R13', 2],
  ['R02', 1],
  ['R11', 1],
  ['R05', 1],
  ['R09', 1],
];
const STAGES: readonly (readonly [string, number])[] = [
  ['village', 2],
  ['notice', 2],
  ['township', 1],
  ['county', 1],
  ['refused', 1],
  ['recognised', 6],
];

function categoriesOf(p: Candidate, on: string, rng: Rng): string[] {
  const out: string[] = [];
  if (ageOn(p.birth_date, on) >= (p.sex === '1' ? 55 : 45)) out.push('K01');
  if (p.disability_type) out.push('K02');
  if (p.dibao) out.push('K03');
  if (p.poverty_status && p.poverty_status !== '0') out.push('K07');
  if (out.length === 0) out.push(rng.chance(0.7) ? 'K05' : 'K99');
  return out;
}

/** persons.is_difficult set from the recognitions: "has a recognition in 03". */
export const SYNC_DIFFICULT_SQL = `UPDATE persons SET is_difficult = EXISTS (SELECT 1 FROM recognitions r WHERE r.person_id = persons.id AND r.status = '03')
  WHERE is_difficult <> EXISTS (SELECT 1 FROM recognitions r WHERE r.person_id = persons.id AND r.status = '03')`;

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

export function seedRecognitions(core: Core, options: RecognitionSeedOptions): RecognitionSeedResult {
  const db = core.ctx.db;
  const log = options.log ?? (() => {});
  const today = options.today;
  if ((db.prepare('SELECT count(*) FROM recognitions WHERE backfilled = 0').pluck().get() as number) > 0)
    throw new Error('数据文件夹中已有认定记录，请换一个空文件夹生成演示数据。');
  const rng = makeRng((options.seed ?? 20260101) + 11);
  const newId = makeSeedIds(makeRng((options.seed ?? 20260101) + 13));
  const share = options.share ?? 0.25;
  const people = db
    .prepare(
      `SELECT p.id, p.sex, p.birth_date, p.dibao, p.disability_type, p.poverty_status, p.is_difficult,
      r.id AS reg_id, r.reg_date, r.cancel_date
    FROM persons p LEFT JOIN registrations r ON r.id = (SELECT x.id FROM registrations x WHERE x.person_id = p.id ORDER BY x.reg_date DESC LIMIT 1)
    WHERE p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM recognitions q WHERE q.person_id = p.id) ORDER BY p.rowid`,
    )
    .all() as Candidate[];
  const at = `${today}T00:00:00.000Z`;
  const cols = [
    'id',
    'person_id',
    'registration_id',
    'apply_date',
    'categories',
    'primary_category',
    'pledge_signed',
    'helper',
    'status',
    'stage',
    'village_date',
    'village_reviewer',
    'village_opinion',
    'notice_start',
    'notice_end',
    'township_date',
    'township_reviewer',
    'county_date',
    'county_reviewer',
    'recognition_date',
    'refuse_date',
    'refuse_reason',
    'exit_date',
    'exit_reason',
    'backfilled',
    'created_at',
    'updated_at',
    'created_by',
    'updated_by',
  ];
  const insert = db.prepare(
    `INSERT INTO recognitions (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  );
  const step =
    db.prepare(`INSERT INTO recognition_steps (id, recognition_id, seq, step, step_date, reviewer, opinion, created_at, created_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const result: RecognitionSeedResult = { recognitions: 0, byStage: {} };
  const count = (k: string) => {
    result.byStage[k] = (result.byStage[k] ?? 0) + 1;
  };

  db.transaction(() => {
    for (const p of people) {
      const active = p.reg_id !== null && p.cancel_date === null;
      if (!p.is_difficult && !(active && rng.chance(share))) continue;
      const id = newId();
      const base: Record<string, unknown> = Object.fromEntries(cols.map((c) => [c, null]));
      Object.assign(base, {
        id,
        person_id: p.id,
        pledge_signed: 1,
        helper: null,
        backfilled: 0,
        created_at: at,
        updated_at: at,
        created_by: SEED_OPERATOR,
        updated_by: SEED_OPERATOR,
      });
      if (!p.reg_id || !p.reg_date) {
        // Back-filled: recognised before the register.
        const date = rng.chance(0.3) ? null : addDays(today, -rng.int(200, 2000));
        const cats = categoriesOf(p, date ?? today, rng);
        insert.run({
          ...base,
          categories: cats.join(','),
          primary_category: cats[0],
          status: '03',
          county_date: date,
          recognition_date: date,
          backfilled: 1,
        });
        step.run(newId(), id, 1, 'backfill', date, null, '演示数据补录', at, SEED_OPERATOR);
        count('backfilled');
        result.recognitions++;
        continue;
      }
      const stage = p.is_difficult ? 'recognised' : rng.weighted(STAGES);
      // The last step falls on or before today; earlier steps are spaced back from it.
      const last = p.cancel_date ? min(p.cancel_date, today) : today;
      const span =
        stage === 'village' ? 0 : stage === 'notice' ? 2 : stage === 'township' || stage === 'county' ? 12 : 25;
      let apply = addDays(last, -(span + rng.int(0, stage === 'recognised' ? 300 : 10)));
      if (apply < p.reg_date) apply = p.reg_date;
      const cats = categoriesOf(p, apply, rng);
      const row: Record<string, unknown> = {
        ...base,
        registration_id: p.reg_id,
        apply_date: apply,
        categories: cats.join(','),
        primary_category: cats[0],
        helper: rng.pick(['阿依古丽', '买买提', '热依拉', '吐尔逊']),
        status: '01',
        stage: 'village',
      };
      const steps: [string, string, string | null, string | null][] = [['apply', apply, null, null]];
      const village = addDays(apply, rng.int(1, 3));
      const noticeStart = addDays(village, 1);
      const shortest = addDays(noticeStart, rng.int(2, 6));
      const noticeEnd = stage === 'notice' ? max(shortest, addDays(today, rng.int(0, 3))) : shortest;
      const township = addDays(noticeEnd, rng.int(1, 2));
      const county = addDays(township, rng.int(1, 3));
      if (stage !== 'village' && village <= today) {
        Object.assign(row, {
          status: '02',
          stage: 'township',
          village_date: village,
          village_reviewer: '村委会',
          village_opinion: '情况属实',
          notice_start: noticeStart,
          notice_end: noticeEnd,
        });
        steps.push(['village', village, '村委会', '情况属实']);
        if (stage !== 'notice' && stage !== 'township' && township <= today) {
          Object.assign(row, { stage: 'county', township_date: township, township_reviewer: '乡镇劳动保障所' });
          steps.push(['township', township, '乡镇劳动保障所', '同意']);
          if ((stage === 'recognised' || stage === 'refused') && county <= today) {
            if (stage === 'refused') {
              Object.assign(row, {
                status: '04',
                stage: null,
                county_date: county,
                county_reviewer: '县就业局',
                refuse_date: county,
                refuse_reason: '经核实不符合认定条件',
              });
              steps.push(['county', county, '县就业局', null], ['refuse', county, '县就业局', '经核实不符合认定条件']);
            } else {
              Object.assign(row, {
                status: '03',
                stage: null,
                county_date: county,
                county_reviewer: '县就业局',
                recognition_date: county,
              });
              steps.push(['county', county, '县就业局', '予以认定']);
              if (p.is_difficult && rng.chance(0.15) && county < today) {
                const exit = addDays(
                  county,
                  rng.int(1, Math.max(1, Math.min(300, (Date.parse(today) - Date.parse(county)) / 86_400_000))),
                );
                const reason = rng.weighted(EXIT_REASONS);
                Object.assign(row, { status: '05', exit_date: min(exit, today), exit_reason: reason });
                steps.push(['exit', min(exit, today), null, null]);
              }
            }
          }
        }
      }
      insert.run(row);
      steps.forEach(([s, d, who, opinion], i) => step.run(newId(), id, i + 1, s, d, who, opinion, at, SEED_OPERATOR));
      count(row.status === '02' ? `02-${row.stage}` : String(row.status));
      result.recognitions++;
      if (result.recognitions % 5000 === 0) log(`认定记录：${result.recognitions}`);
    }
    db.exec(SYNC_DIFFICULT_SQL);
  })();
  log(
    `认定记录：${result.recognitions}（${Object.entries(result.byStage)
      .map(([k, v]) => `${k} ${v}`)
      .join('，')}）`,
  );
  return result;
}
