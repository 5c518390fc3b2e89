// Demo vocational training (issue 15, DOMAIN §11) for the 12 months before today: the first `providers` employers
// designated 定点培训机构; `classes` classes spread over the year in every state by their dates against `today` —
// 计划 and 已备案 ahead, 开班 running, 结业 and 已申领补贴 behind, one in twelve 撤销 with a reason; trainees drawn
// from the register (each person in at most one class, so no overlap): in each class a few 城镇登记失业人员 (01) and
// 就业困难人员 (02) whose registration or recognition holds on the class start (BR-33), so 生活费补贴 (BR-37) and
// RPT-15's 登记失业 / 就业困难 have rows, the rest with declared categories (本人申报, so the register never contradicts
// them); results, certificates and a few employments after training for the closed classes. Written with plain statements for speed (the bench seeds 500 classes / 20,000 trainees), then the
// 培训补贴 rosters are made by the core's own service month by month and reviewed except the last, so the amounts
// and the refusals follow the rules. Deterministic for the register and `today` (apart from the UUIDv7 keys).
import type { Core } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
import { newId } from '../../electron/core/ids';
import { reviewBatch } from '../../electron/core/modules/subsidies/service';
import { generateTrainingBatch } from '../../electron/core/modules/training/subsidy';
import { addMonths, monthOf, shiftMonths } from '../../shared/domain/dates';
import { addDays, addWorkingDays } from '../../shared/domain/working-days';
import { SEED_OPERATOR } from './placements';
import { DEMO_REVIEWER } from './accounts';

interface TrainingSeedOptions {
  today: string;
  providers?: number;
  classes?: number;
  /** Trainees per class (default 15). */
  perClass?: number;
  log?: (line: string) => void;
}

interface TrainingSeedResult {
  providers: number;
  classes: number;
  trainees: number;
  rosters: number;
}

const OCCUPATIONS = ['家政服务员', '养老护理员', '中式烹调师', '电工', '育婴员', '农机修理工', '电子商务师', '美容师'];
const TYPES = ['01', '01', '02', '03', '05'] as const;
const CERT_OF_TYPE: Record<string, string> = { '01': '01', '02': '02', '03': '06', '05': '04' };
const DECLARED = ['04', '08', '99'] as const;
/** Per class, the first places go to register-backed trainees when one fits: 01 twice, then 02 (BR-33 as of the start). */
const BACKED = ['01', '01', '02'] as const;

/** A person's registration or recognition span: held from `from` until `until` (null: still held). */
interface Span {
  person: string;
  from: string;
  until: string | null;
}

/** The persons born in `born` whose registration (01) or recognition (02) spans, by person: BR-33's register facts. */
function registerBacked(db: Core['ctx']['db'], born: { from: string; to: string }): Record<'01' | '02', Span[]> {
  const spans = (select: string, where: string) =>
    db
      .prepare(
        `${select} JOIN persons p ON p.id = x.person_id
         WHERE ${where} AND p.deleted_at IS NULL AND p.birth_date BETWEEN ? AND ? ORDER BY x.person_id, 2`,
      )
      .all(born.from, born.to) as Span[];
  return {
    // 01: a registration on the start (registrationOnDate: the cancel day still counts).
    '01': spans('SELECT x.person_id AS person, x.reg_date AS "from", x.cancel_date AS until FROM registrations x', '1'),
    // 02: a recognition in force on the start (recognitionOn: until the day before the exit).
    '02': spans(
      `SELECT x.person_id AS person, coalesce(x.recognition_date, '') AS "from", date(x.exit_date, '-1 day') AS until
       FROM recognitions x`,
      "x.status IN ('03', '05')",
    ),
  };
}

export function seedTraining(core: Core, options: TrainingSeedOptions): TrainingSeedResult {
  const db = core.ctx.db;
  const ctx: CoreContext = { ...core.ctx, operator: () => SEED_OPERATOR };
  const today = options.today;
  const at = ctx.now();
  const by = SEED_OPERATOR;
  const nClasses = options.classes ?? 24;
  const perClass = options.perClass ?? 15;
  const employers = db
    .prepare('SELECT id, township_id FROM employers WHERE deleted_at IS NULL ORDER BY id LIMIT ?')
    .all(options.providers ?? 3) as { id: string; township_id: string }[];
  const born = { from: shiftMonths(today, -12 * 50), to: shiftMonths(today, -12 * 20) };
  const persons = db
    .prepare(
      `SELECT id FROM persons WHERE deleted_at IS NULL AND birth_date <= ? AND birth_date >= ? ORDER BY id LIMIT ?`,
    )
    .pluck()
    .all(born.to, born.from, nClasses * perClass) as string[];
  const backed = registerBacked(db, born);
  const used = new Set<string>();
  /** The first person not in a class yet whose registration (01) or recognition (02) holds on `start`. */
  const backedOn = (category: '01' | '02', start: string) =>
    backed[category].find((s) => !used.has(s.person) && s.from <= start && (s.until === null || s.until >= start))
      ?.person ?? null;
  let p = 0;
  /** The next person of the declared pool not in a class yet. */
  const nextDeclared = () => {
    while (p < persons.length && used.has(persons[p])) p++;
    return p < persons.length ? persons[p++] : null;
  };
  const result: TrainingSeedResult = { providers: employers.length, classes: 0, trainees: 0, rosters: 0 };
  if (!employers.length) return result;
  const yearAgo = shiftMonths(today, -12);
  db.transaction(() => {
    const provider = db.prepare(
      `INSERT OR IGNORE INTO training_providers (employer_id, kind, designated_date, valid_until, occupations, contact_person,
        created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, '培训负责人', ?, ?, ?, ?)`,
    );
    employers.forEach((e, i) =>
      provider.run(
        e.id,
        ['03', '01', '05'][i % 3],
        shiftMonths(today, -24),
        i === 0 ? addDays(today, 45) : shiftMonths(today, 24),
        JSON.stringify(OCCUPATIONS),
        at,
        at,
        by,
        by,
      ),
    );
    const klass = db.prepare(
      `INSERT INTO training_classes (id, code, provider_id, occupation, training_type, target_certificate, start_date, end_date, hours,
        township_id, location, capacity, status, filed_date, opened_date, closed_date, cancel_reason, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @code, @provider, @occupation, @type, @cert, @start, @end, @hours, @town, '培训教室', @capacity, @status, @filed,
        @opened, @closed, @cancel, @at, @at, @by, @by)`,
    );
    const enrol = db.prepare(
      `INSERT INTO training_enrolments (id, class_id, person_id, category, category_note, enrol_date, attended_hours, result, cert_type,
        cert_no, cert_date, employed_date, employed_unit, employed_status, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const span = Math.max(1, Math.round((Date.parse(addDays(today, 60)) - Date.parse(yearAgo)) / 86_400_000));
    for (let i = 0; i < nClasses; i++) {
      const e = employers[i % employers.length];
      // The last two: one running today, one planned a month ahead; the rest spread over the year.
      const start =
        i === nClasses - 1
          ? addDays(today, 30)
          : i === nClasses - 2
            ? addDays(today, -2)
            : addDays(yearAgo, Math.floor((i * span) / nClasses));
      const hours = 40 + (i % 5) * 20;
      const end = addDays(start, Math.max(4, Math.ceil(hours / 8) + 2));
      const type = TYPES[i % TYPES.length];
      const cancelled = i % 12 === 5;
      const status = cancelled
        ? '09'
        : start > addDays(today, 20)
          ? i % 2
            ? '01'
            : '02'
          : start > today
            ? '02'
            : end >= today
              ? '03'
              : '04';
      const filed = status === '01' || (cancelled && i % 24 === 5) ? null : addDays(start, -10);
      const closed = status === '04' ? addDays(end, 1) : null;
      const id = newId();
      const year = start.slice(0, 4);
      klass.run({
        id,
        code: `PX${year}-S${String(i + 1).padStart(3, '0')}`,
        provider: e.id,
        occupation: OCCUPATIONS[i % OCCUPATIONS.length],
        type,
        cert: CERT_OF_TYPE[type],
        start,
        end,
        hours,
        town: e.township_id,
        capacity: perClass + 5,
        status,
        filed,
        opened: status === '03' || status === '04' ? start : null,
        closed,
        cancel: cancelled ? '报名人数不足，取消开班' : null,
        at,
        by,
      });
      result.classes++;
      if (cancelled || status === '01') continue;
      for (let k = 0; k < perClass; k++) {
        const backedCategory = k < BACKED.length ? BACKED[k] : null;
        const onRegister = backedCategory && backedOn(backedCategory, start);
        const person = onRegister || nextDeclared();
        if (!person) break;
        used.add(person);
        const done = status === '04';
        const n = result.trainees * 7 + k;
        const attended = done ? hours - (n % 6 === 0 ? Math.ceil(hours * 0.3) : n % 3) : null;
        const result_ = done ? (n % 10 === 0 ? '2' : '1') : null;
        const cert = done && result_ === '1' ? CERT_OF_TYPE[type] : null;
        const employed = done && n % 4 === 0 && addDays(end, 20) <= today ? addDays(end, 20) : null;
        enrol.run(
          newId(),
          id,
          person,
          onRegister ? backedCategory : DECLARED[n % DECLARED.length],
          onRegister ? null : '本人申报',
          addWorkingDays(addDays(start, -8), 0),
          attended,
          result_,
          cert,
          cert ? `S${year}${String(i + 1).padStart(3, '0')}${String(k + 1).padStart(3, '0')}` : null,
          cert ? closed : null,
          employed,
          employed ? '县内企业' : null,
          employed ? '21' : null,
          at,
          at,
          by,
          by,
        );
        result.trainees++;
      }
    }
    // 培训补贴 rosters month by month; all but the last reviewed (their classes become 已申领补贴).
    const current = monthOf(today);
    const made: string[] = [];
    for (let m = monthOf(yearAgo); m < current; m = addMonths(m, 1)) {
      try {
        made.push(generateTrainingBatch(ctx, m).data.id);
      } catch {
        // a month with nobody to claim
      }
    }
    made.slice(0, -1).forEach((b) => reviewBatch(ctx, b, DEMO_REVIEWER));
    result.rosters = made.length;
  })();
  options.log?.(
    `职业技能培训：${result.providers} 个定点培训机构，${result.classes} 个培训班，${result.trainees} 名学员，${result.rosters} 个培训补贴花名册`,
  );
  return result;
}
