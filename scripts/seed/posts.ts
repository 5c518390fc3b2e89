// Demo employers and public-welfare posts for the seeded county (DOMAIN §3.6, §3.7), written with raw prepared
// statements. Per 乡镇: the township government; in towns a few public institutions and firms and the community
// committees (城镇 posts, U..); every village committee (村委会, no USCC) with 乡村 posts (V..). Posts follow the
// core's rules: E17 by area, E18 per BR-16 (urban 1, a few 3 part-time; rural 1 or 2), a unique code, the CFG-02
// default standard (tier-1 minimum wage in force on the 开发日期, CFG-01), approved 1–5.
import type Database from 'better-sqlite3';
import { newId } from '../../electron/core/ids';
import { addDays, daysBetween } from '../../shared/domain/working-days';
import { DEFAULT_MIN_WAGES, defaultPostStandard, minWageOn } from '../../shared/domain/min-wage';
import { computeUsccCheckChar } from '../../shared/domain/uscc';
import type { Rng } from './rng';

export const SEED_OPERATOR = '演示数据';

export interface SeedPost {
  id: string;
  townshipId: string;
  area: 'urban' | 'rural';
  approved: number;
  createdDate: string;
}

interface Region {
  id: string;
  code: string;
  name: string;
  level: number;
  parent_id: string | null;
  urban_rural_code: string | null;
}

const URBAN_TYPES = [
  ['U01', '社区网格员', 20],
  ['U02', '保洁员', 30],
  ['U03', '治安协管员', 12],
  ['U04', '劳动保障协理员', 10],
  ['U05', '养老护理员', 8],
  ['U06', '门卫', 12],
  ['U07', '残疾人专职委员', 3],
  ['U99', '公共服务辅助员', 5],
] as const;
const RURAL_TYPES = [
  ['V01', '村庄保洁员', 30],
  ['V02', '护林员', 18],
  ['V03', '巡河员', 8],
  ['V04', '农村公路养护员', 10],
  ['V05', '养老助残服务员', 6],
  ['V06', '治安巡逻员', 12],
  ['V07', '村级协理员', 12],
  ['V08', '防疫消杀员', 4],
] as const;
const INSTITUTIONS = [
  ['卫生院', '2'],
  ['中心学校', '2'],
  ['文化站', '2'],
  ['物业服务有限公司', '4'],
  ['环卫服务有限公司', '4'],
  ['市场服务中心', '2'],
] as const;

let usccSeq = 0;
/** A valid, unique USCC (VR-08): 登记管理部门 + 机构类别, the county code, a 9-character body. */
function uscc(kind: string, county6: string): string {
  const body = `MA${String(++usccSeq).padStart(7, '0')}`;
  const first17 = `${kind}${county6}${body}`;
  return first17 + computeUsccCheckChar(first17);
}

function statements(db: Database.Database) {
  return {
    employer:
      db.prepare(`INSERT INTO employers (id, name, uscc, nature, region_id, township_id, bank_account, bank_name, created_at, updated_at, created_by, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`),
    post: db.prepare(`INSERT INTO posts (id, post_code, employer_id, title, post_type, area_type, work_region_id, township_id, approved_count, monthly_standard,
      standard_source, monthly_hours, si_subsidy, contract_type, full_time, created_date, valid_until, fund_source, published, created_at, updated_at, created_by, updated_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'default', ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, '${SEED_OPERATOR}', '${SEED_OPERATOR}')`),
  };
}

/** Seeds about `count` posts (with their employers) spread over the townships by population; returns the posts. */
export function seedEmployersAndPosts(
  db: Database.Database,
  rng: Rng,
  count: number,
  county6: string,
  today: string,
): { employers: number; posts: SeedPost[] } {
  const regions = db
    .prepare(
      'SELECT id, code, name, level, parent_id, urban_rural_code FROM regions WHERE retired_on IS NULL ORDER BY code',
    )
    .all() as Region[];
  const townships = regions.filter((r) => r.level === 4);
  const people = new Map(
    (
      db
        .prepare('SELECT township_id AS id, count(*) AS n FROM persons WHERE deleted_at IS NULL GROUP BY township_id')
        .all() as { id: string; n: number }[]
    ).map((r) => [r.id, r.n]),
  );
  const totalPeople = [...people.values()].reduce((a, b) => a + b, 0) || 1;
  const s = statements(db);
  const posts: SeedPost[] = [];
  let employers = 0;
  const at = `${today}T08:00:00.000Z`;
  const addEmployer = (name: string, nature: string, regionId: string, townshipId: string, code: string | null) => {
    const id = newId();
    const account = rng.chance(0.7)
      ? `3006${String(rng.int(0, 999_999_999)).padStart(9, '0')}${rng.int(100, 999)}`
      : null;
    s.employer.run(
      id,
      name,
      code,
      nature,
      regionId,
      townshipId,
      account,
      account ? '疏附县农村信用合作联社' : null,
      at,
      at,
    );
    employers++;
    return id;
  };
  townships.forEach((t, ti) => {
    const villages = regions.filter((r) => r.parent_id === t.id);
    const communities = villages.filter((v) => v.urban_rural_code?.startsWith('1'));
    const ruralVillages = villages.filter((v) => !v.urban_rural_code?.startsWith('1'));
    const share = Math.round((count * (people.get(t.id) ?? 0)) / totalPeople);
    const urbanShare = communities.length ? Math.round(share * 0.3) : 0;
    const gov = addEmployer(`${t.name}人民政府`, '1', t.id, t.id, uscc('11', county6));
    const urbanEmployers = [
      gov,
      ...communities.map((v) => addEmployer(`${t.name}${v.name}居民委员会`, '6', v.id, t.id, null)),
    ];
    if (communities.length) {
      for (const [suffix, nature] of INSTITUTIONS)
        urbanEmployers.push(
          addEmployer(`疏附县${t.name}${suffix}`, nature, t.id, t.id, uscc(nature === '2' ? '12' : '91', county6)),
        );
    }
    const villageEmployers = ruralVillages.map((v) => ({
      id: addEmployer(`${v.name}村民委员会`, '6', v.id, t.id, null),
      village: v,
    }));
    let seq = 0;
    const add = (area: 'urban' | 'rural') => {
      const [type, title] = rng.weighted(
        (area === 'urban' ? URBAN_TYPES : RURAL_TYPES).map(([c, n, w]) => [[c, n] as const, w] as const),
      );
      const rural = area === 'rural';
      const employer = rural ? rng.pick(villageEmployers) : null;
      const workRegion = rural
        ? employer!.village.id
        : communities.length && rng.chance(0.8)
          ? rng.pick(communities).id
          : t.id;
      const partTime = !rural && rng.chance(0.05);
      const createdDate = addDays('2019-01-01', rng.int(0, Math.max(0, daysBetween('2019-01-01', today) - 60)));
      const hours = partTime ? 80 : null;
      const std = defaultPostStandard(
        minWageOn(DEFAULT_MIN_WAGES, createdDate),
        1,
        { areaType: area, fullTime: !partTime, monthlyHours: hours },
        null,
      );
      const approved = rng.weighted([
        [1, 55],
        [2, 25],
        [3, 12],
        [4, 5],
        [5, 3],
      ] as const);
      const id = newId();
      const contract = rural
        ? rng.weighted([
            ['1', 30],
            ['2', 70],
          ] as const)
        : partTime
          ? '3'
          : '1';
      s.post.run(
        id,
        `GY${String(ti + 1).padStart(2, '0')}-${String(++seq).padStart(5, '0')}`,
        rural ? employer!.id : rng.pick(urbanEmployers),
        title,
        type,
        area,
        workRegion,
        t.id,
        approved,
        std?.fen ?? 190_000,
        hours,
        rural ? 0 : 1,
        contract,
        partTime ? 0 : 1,
        createdDate,
        rural ? '中央和自治区就业补助资金' : '就业补助资金',
        rng.chance(0.8) ? 1 : 0,
        at,
        at,
      );
      posts.push({ id, townshipId: t.id, area, approved, createdDate });
    };
    for (let i = 0; i < urbanShare; i++) add('urban');
    if (villageEmployers.length) for (let i = urbanShare; i < share; i++) add('rural');
  });
  return { employers, posts };
}
