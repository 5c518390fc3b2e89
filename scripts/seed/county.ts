// Seeds a whole demo county into an open core: office, operator, townships and villages (through the
// contract, so they are validated and audited like a clerk's entries), then persons with raw prepared
// statements in one transaction for speed.
import type { Core } from '../../electron/core/core';
import { newId } from '../../electron/core/ids';
import { insertSql, STAMP_COLUMNS } from '../../electron/core/db/update-row';
import { DERIVED_COLUMNS, derivedColumns, WRITE_COLUMNS } from '../../electron/core/modules/persons/queries';
import { makeRng } from './rng';
import { signInSeedAdmin } from './accounts';
import { countyRegions, OFFICE } from './regions';
import { seedPerson, villageRefs, type SeedPerson } from './persons';
import { invokeOk } from './invoke';

export const SEED_OPERATOR = '演示数据';

interface SeedOptions {
  persons: number;
  today: string;
  seed?: number;
  log?: (line: string) => void;
}

/** The columns of a seeded person: the core's (written and derived, persons/queries.ts), the flags, the stamps. */
const PERSON_COLUMNS = [
  'id',
  ...WRITE_COLUMNS,
  ...DERIVED_COLUMNS,
  'is_difficult',
  'on_post',
  'in_internship',
  ...STAMP_COLUMNS,
] as const;

function personValues(p: SeedPerson): unknown[] {
  const row: Record<(typeof PERSON_COLUMNS)[number], unknown> = {
    id: newId(),
    ...p,
    ...derivedColumns(p.id_number),
    created_by: SEED_OPERATOR,
    updated_by: SEED_OPERATOR,
  };
  return PERSON_COLUMNS.map((c) => row[c]);
}

/** Deterministic for a given seed, person count and `today` (apart from the UUIDv7 keys, which carry the time). */
export async function seedCounty(
  core: Core,
  options: SeedOptions,
): Promise<{ townships: number; villages: number; persons: number }> {
  const log = options.log ?? (() => {});
  const db = core.ctx.db;
  const existing = (db.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n;
  if (existing > 0) throw new Error(`数据文件夹中已有 ${existing} 名人员，请换一个空文件夹生成演示数据。`);
  const rng = makeRng(options.seed ?? 20260101);

  // Accounts (issue 19): the calls below run as an administrator (the demo one on an empty folder).
  await signInSeedAdmin(core);
  await invokeOk(core, 'settings.setOffice', OFFICE);
  const townships = countyRegions(rng);
  const regionIds = new Map<string, string>();
  for (const t of townships) {
    const tr = (await invokeOk(core, 'regions.create', { parentId: null, code: t.code, name: t.name })) as {
      id: string;
    };
    regionIds.set(t.code, tr.id);
    for (const v of t.villages) {
      const vr = (await invokeOk(core, 'regions.create', {
        parentId: tr.id,
        code: v.code,
        name: v.name,
        urbanRuralCode: v.urbanRuralCode,
      })) as { id: string };
      regionIds.set(v.code, vr.id);
    }
  }
  // Office phones for the 公示名单's 受理及联系单位 (BR-13): every 乡镇's 劳动保障所, and every other village's committee
  // (the rest fall back to their 乡镇's). Derived from the order, not the random stream, so the data after is as before.
  const setPhone = db.prepare('UPDATE regions SET office_phone = ? WHERE id = ?');
  for (const [ti, t] of townships.entries()) {
    setPhone.run(`0998-64${21000 + ti * 100}`, regionIds.get(t.code));
    for (const [vi, v] of t.villages.entries())
      if (vi % 2 === 0) setPhone.run(`0998-64${21001 + ti * 100 + vi}`, regionIds.get(v.code));
  }
  const villages = villageRefs(townships, regionIds);
  log(`区划：${townships.length} 个乡镇，${villages.length} 个村(社区)`);

  const insert = db.prepare(insertSql('persons', PERSON_COLUMNS));
  const taken = new Set<string>();
  const batch = 10_000;
  const county6 = OFFICE.countyCode;
  db.transaction(() => {
    for (let done = 0; done < options.persons;) {
      const end = Math.min(options.persons, done + batch);
      for (; done < end; done++) insert.run(...personValues(seedPerson(rng, options.today, villages, county6, taken)));
      log(`人员：${done} / ${options.persons}`);
    }
  })();
  return { townships: townships.length, villages: villages.length, persons: options.persons };
}
