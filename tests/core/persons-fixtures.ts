// Shared set-up for the persons core tests: a county with two townships and three villages, valid IDs.
import { computeCheckDigit } from '../../shared/domain/id-number';
import type { PersonInput } from '../../shared/contract/persons';
import type { Core } from '../../electron/core/core';
import { must, setUpOffice } from './harness';

/** A valid 18-character ID: 6-digit area, YYYYMMDD, 3-digit sequence (last digit odd = male), check digit. */
export function makeId(area: string, birth: string, seq: string): string {
  const first17 = `${area}${birth}${seq}`;
  return first17 + computeCheckDigit(first17);
}

/** The same 17 digits with a wrong check character, and the right one. */
export function wrongCheck(id: string): { bad: string; expected: string } {
  const expected = id[17];
  return { bad: id.slice(0, 17) + (expected === '1' ? '2' : '1'), expected };
}

export interface County {
  core: Core;
  town1: string;
  town2: string;
  village1: string;
  village2: string;
  village3: string;
}

export async function county(core: Core): Promise<County> {
  await setUpOffice(core);
  const t1 = await must(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
  const t2 = await must(core, 'regions.create', { parentId: null, code: '653121200000', name: '塔什米里克乡' });
  const v1 = await must(core, 'regions.create', {
    parentId: t1.id,
    code: '653121101201',
    name: '阿亚格曼干村',
    urbanRuralCode: '220',
  });
  const v2 = await must(core, 'regions.create', {
    parentId: t1.id,
    code: '653121101001',
    name: '幸福路社区',
    urbanRuralCode: '121',
  });
  const v3 = await must(core, 'regions.create', {
    parentId: t2.id,
    code: '653121200201',
    name: '库木巴格村',
    urbanRuralCode: '220',
  });
  return { core, town1: t1.id, town2: t2.id, village1: v1.id, village2: v2.id, village3: v3.id };
}

/** A man born 2000-02-29 (age 26 on 2026-11-28). */
export const ID_2000 = makeId('653121', '20000229', '109'); // check character X
/** A woman born 1984-10-15 (F50: retires 2039-09, DOMAIN BR-02 check value). */
export const ID_1984F = makeId('653121', '19841015', '024');

export function personInput(c: County, over: Partial<PersonInput> = {}): PersonInput {
  return {
    idNumber: ID_2000,
    name: '阿不都热合曼·买买提',
    ethnicity: '05',
    education: '70',
    phone: '13899012345',
    residenceRegionId: c.village1,
    address: '阿亚格曼干村3组12号',
    employmentStatus: '10',
    ...over,
  };
}
