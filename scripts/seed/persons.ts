// Demo persons for a Kashgar county: mostly Uyghur, with Han, Hui, Kazakh, Kyrgyz and Tajik residents;
// ages 16–65 on `today`; valid IDs (VR-01), phones (VR-04), E02/E03/E09 codes and the register flags.
import type { PersonRow, PersonWrite } from '../../electron/core/modules/persons/queries';
import { defaultRetirementCategory } from '../../shared/domain/retirement';
import { birthDateForAge, idNumber, phoneNumber } from './ids';
import { nameStyleOf, personName } from './names';
import type { SeedTownship } from './regions';
import type { Rng } from './rng';

const ETHNICITY_WEIGHTS = [
  ['05', 900],
  ['01', 55],
  ['03', 15],
  ['17', 10],
  ['29', 8],
  ['41', 6],
  ['43', 3],
  ['02', 2],
  ['38', 1],
] as const;
const EDUCATION_WEIGHTS = [
  ['70', 45],
  ['80', 20],
  ['60', 12],
  ['40', 9],
  ['30', 7],
  ['20', 4],
  ['90', 3],
] as const;
const EMPLOYMENT_WEIGHTS = [
  ['10', 38],
  ['22', 25],
  ['21', 12],
  ['23', 6],
  ['24', 5],
  ['25', 1],
  ['30', 3],
  ['40', 1],
  ['60', 2],
  ['70', 2],
  ['80', 3],
  ['99', 2],
] as const;
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[16, 24], 20],
  [[25, 34], 28],
  [[35, 44], 24],
  [[45, 54], 18],
  [[55, 65], 10],
];

/**
 * A seeded person in the core's own column names (persons/queries.ts): the columns a create writes, the flags other
 * modules keep in step and the stamps (the seed's operator is added by county.ts).
 */
export type SeedPerson = PersonWrite &
  Pick<PersonRow, 'is_difficult' | 'on_post' | 'in_internship'> & { created_at: string; updated_at: string };

interface VillageRef {
  id: string;
  townshipId: string;
  name: string;
  urbanRuralCode: string;
}

export function villageRefs(townships: SeedTownship[], ids: Map<string, string>): VillageRef[] {
  return townships.flatMap((t) =>
    t.villages.map((v) => ({
      id: ids.get(v.code) as string,
      townshipId: ids.get(t.code) as string,
      name: v.name,
      urbanRuralCode: v.urbanRuralCode,
    })),
  );
}

/** An ISO timestamp in the two years before `today`. */
function pastTimestamp(rng: Rng, today: string): string {
  const end = Date.parse(`${today}T12:00:00Z`);
  return new Date(end - Math.floor(rng.next() * 730 * 86_400_000)).toISOString();
}

export function seedPerson(
  rng: Rng,
  today: string,
  villages: readonly VillageRef[],
  county6: string,
  taken: Set<string>,
): SeedPerson {
  const ethnicity = rng.weighted(ETHNICITY_WEIGHTS);
  const sex: '1' | '2' = rng.chance(0.5) ? '1' : '2';
  const [minAge, maxAge] = rng.weighted(AGE_BANDS);
  const birth = birthDateForAge(rng, today, minAge, maxAge);
  const id = idNumber(rng, county6, birth, sex, taken);
  const village = rng.pick(villages);
  const employmentStatus = rng.weighted(EMPLOYMENT_WEIGHTS);
  const disabled = rng.chance(0.02);
  const type = disabled ? String(rng.int(1, 7)) : null;
  const grade = disabled ? String(rng.int(1, 4)) : null;
  const rural = village.urbanRuralCode.startsWith('2');
  const createdAt = pastTimestamp(rng, today);
  const updatedAt = rng.chance(0.3) ? pastTimestamp(rng, today) : createdAt;
  return {
    id_number: id,
    name: personName(rng, nameStyleOf(ethnicity), sex),
    ethnicity,
    education: rng.chance(0.95) ? rng.weighted(EDUCATION_WEIGHTS) : null,
    phone: rng.chance(0.9) ? phoneNumber(rng) : null,
    residence_region_id: village.id,
    township_id: village.townshipId,
    hukou_region_id: null,
    address: rng.chance(0.8) ? `${village.name}${rng.int(1, 12)}组${rng.int(1, 160)}号` : null,
    urban_rural: village.urbanRuralCode,
    retirement_category: defaultRetirementCategory(sex),
    disability_cert_no: disabled ? `${id}${type}${grade}` : null,
    disability_type: type,
    disability_grade: grade,
    poverty_status:
      rural && rng.chance(0.25)
        ? rng.weighted([
            ['1', 70],
            ['2', 10],
            ['3', 10],
            ['4', 3],
            ['5', 7],
          ])
        : '0',
    dibao: rng.chance(0.05) ? 1 : 0,
    card_no: null,
    bank_card_no: null,
    bank_name: null,
    employment_status: employmentStatus,
    is_difficult: rng.chance(0.08) ? 1 : 0,
    on_post: employmentStatus === '24' ? 1 : 0,
    in_internship: employmentStatus === '25' ? 1 : 0,
    created_at: createdAt < updatedAt ? createdAt : updatedAt,
    updated_at: createdAt < updatedAt ? updatedAt : createdAt,
  };
}
