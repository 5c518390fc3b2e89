// Seeds a whole demo county into an open core: office, operator, townships and villages (through the
// contract, so they are validated and audited like a clerk's entries), then persons with raw prepared
// statements in one transaction for speed.
import type { Core } from '../../electron/core/core';
import { newId } from '../../electron/core/ids';
import { deriveFromIdNumber } from '../../electron/core/modules/persons/derive';
import { makeRng } from './rng';
import { signInSeedAdmin } from './accounts';
import { countyRegions, OFFICE } from './regions';
import { seedPerson, villageRefs, type SeedPerson } from './persons';
import { invokeOk } from './invoke';

export const SEED_OPERATOR = '演示数据';

export interface SeedOptions {
  persons: number;
  today: string;
  seed?: number;
  log?: (line: string) => void;
}

const PERSON_COLUMNS = [
  'id',
  'id_number',
  'sex',
  'birth_date',
  'id_rev',
  'name',
  'ethnicity',
  'education',
  'phone',
  'residence_region_id',
  'township_id',
  'address',
  'urban_rural',
  'retirement_category',
  'disability_cert_no',
  'disability_type',
  'disability_grade',
  'poverty_status',
  'dibao',
  'employment_status',
  'is_difficult',
  'on_post',
  'in_internship',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
];

function personValues(p: SeedPerson): unknown[] {
  const d = deriveFromIdNumber(p.idNumber);
  return [
    newId(),
    p.idNumber,
    d.sex,
    d.birthDate,
    d.idRev,
    p.name,
    p.ethnicity,
    p.education,
    p.phone,
    p.residenceRegionId,
    p.townshipId,
    p.address,
    p.urbanRural,
    p.retirementCategory,
    p.disabilityCertNo,
    p.disabilityType,
    p.disabilityGrade,
    p.povertyStatus,
    p.dibao,
    p.employmentStatus,
    p.isDifficult,
    p.onPost,
    p.inInternship,
    p.createdAt,
    p.updatedAt,
    SEED_OPERATOR,
    SEED_OPERATOR,
  ];
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
  const villages = villageRefs(townships, regionIds);
  log(`区划：${townships.length} 个乡镇，${villages.length} 个村(社区)`);

  const insert = db.prepare(
    `INSERT INTO persons (${PERSON_COLUMNS.join(', ')}) VALUES (${PERSON_COLUMNS.map(() => '?').join(', ')})`,
  );
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
