// Shared set-up for the employer, post and placement core tests: the persons test county (two townships, an
// urban community and two villages) with an employer, an urban post “保洁员” for 2 and a rural post.
import type { Core } from '../../electron/core/core';
import { expect } from 'vitest';
import type { Channel, ChannelInput } from '../../shared/contract';
import { computeUsccCheckChar } from '../../shared/domain/uscc';
import { call, callUnchanged, makeCore, must } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';

/** A valid 统一社会信用代码 (VR-08) from its first 17 characters. */
export const uscc = (first17: string) => first17 + computeUsccCheckChar(first17);
export const USCC_1 = uscc('12653121MB1234567');

export interface PostCounty extends County {
  employerId: string;
  urbanPostId: string;
  ruralPostId: string;
}

export function postInput(
  c: County,
  employerId: string,
  over: Partial<ChannelInput<'posts.create'>> = {},
): ChannelInput<'posts.create'> {
  return {
    postCode: 'GY-001',
    employerId,
    title: '保洁员',
    postType: 'U02',
    areaType: 'urban',
    workRegionId: c.village2,
    approvedCount: 2,
    siSubsidy: true,
    contractType: '1',
    fullTime: true,
    createdDate: '2020-01-01',
    ...over,
  };
}

type EmployerInput = ChannelInput<'employers.create'>;

/** Creates a unit (用人单位) of this name, nature (E15) and place, with any further fields; returns its id. */
export const addEmployer = async (
  c: County,
  name: string,
  nature: EmployerInput['nature'],
  regionId: string,
  over: Partial<EmployerInput> = {},
) => (await must(c.core, 'employers.create', { name, nature, regionId, ...over })).employer.id;

/** Creates a post of the employer with postInput's values, changed by `over`; the call must succeed. */
export const addPost = async (c: County, employerId: string, over: Partial<ChannelInput<'posts.create'>> = {}) =>
  (await must(c.core, 'posts.create', postInput(c, employerId, over))).post;

/** 塔什米里克乡人民政府 (a unit of the county's second 乡镇) and a post of it at 库木巴格村: postInput with `over`. */
export async function town2Post(c: County, over: Partial<ChannelInput<'posts.create'>>) {
  const employerId = await addEmployer(c, '塔什米里克乡人民政府', '1', c.town2);
  const post = await addPost(c, employerId, { postCode: 'GY-101', workRegionId: c.village3, ...over });
  return { employerId, post };
}

export async function postCounty(core: Core): Promise<PostCounty> {
  const c = await county(core);
  const employerId = await addEmployer(c, '乌帕尔镇人民政府', '1', c.town1, { uscc: USCC_1 });
  const urban = await addPost(c, employerId);
  const rural = await addPost(c, employerId, {
    postCode: 'GY-002',
    title: '护林员',
    postType: 'V02',
    areaType: 'rural',
    workRegionId: c.village1,
    siSubsidy: false,
    contractType: '2',
  });
  return { ...c, employerId, urbanPostId: urban.id, ruralPostId: rural.id };
}

const NAMES = ['艾力', '古丽', '买买提', '阿依古丽', '吐尔逊', '热依拉', '努尔', '帕提古丽', '玉苏普', '米娜'];
// Counted per core (a fresh database), so names and IDs do not depend on which test files ran before in the same worker.
const seqs = new WeakMap<object, number>();
/** A person of the county; `birth` YYYYMMDD, `sex` '1' man / '2' woman; distinct IDs and names per call. */
export async function addPerson(
  c: County,
  birth: string,
  sex: '1' | '2',
  over: Parameters<typeof personInput>[1] = {},
): Promise<string> {
  const seq = (seqs.get(c.core) ?? 0) + 1;
  seqs.set(c.core, seq);
  const seq3 = String(seq % 100).padStart(2, '0') + String((seq % 5) * 2 + (sex === '1' ? 1 : 0));
  const name = `${NAMES[seq % NAMES.length]}·${NAMES[Math.floor(seq / NAMES.length) % NAMES.length]}`;
  const { person } = await must(
    c.core,
    'persons.create',
    personInput(c, { idNumber: makeId('653121', birth, seq3), name, ...over }),
  );
  return person.id;
}

/** The recognition date of the fixtures' recognised persons: before every placement the tests date. */
export const RECOGNISED_ON = '2016-01-01';

/**
 * Back-fills (补录) a recognition of `categories` (primary the first) in force from `recognitionDate`: what a new
 * placement on an urban post rests on (BR-16).
 */
export const recognise = (
  core: Core,
  personId: string,
  categories: ChannelInput<'recognitions.backfill'>['categories'] = ['K03'],
  recognitionDate = RECOGNISED_ON,
) => must(core, 'recognitions.backfill', { personId, categories, primaryCategory: categories[0], recognitionDate });

/** Adds a person and recognises them as 低保对象 (K03) since RECOGNISED_ON. */
async function recognised(c: County, birth: string, sex: '1' | '2', over: Parameters<typeof addPerson>[3]) {
  const id = await addPerson(c, birth, sex, over);
  await recognise(c.core, id);
  return id;
}

/**
 * A 低保 person (K03 on record) living in the urban community, not recognised: a new urban placement refuses them
 * (BR-16); the placement roster import (placements made on paper before the app) takes the recorded category.
 */
export const dibaoPerson = (c: County, birth = '19800315', sex: '1' | '2' = '1') =>
  addPerson(c, birth, sex, { dibao: true, residenceRegionId: c.village2 });

/** An urban-eligible person: 低保 living in the urban community, recognised as 低保对象 (K03). */
export const urbanPerson = (c: County, birth = '19800315', sex: '1' | '2' = '1') =>
  recognised(c, birth, sex, { dibao: true, residenceRegionId: c.village2 });

/** Household members of a zero-employment household (BR-15): the spouse is of working age and unemployed. */
export const ZERO_EMPLOYMENT_HOUSEHOLD = [
  { memberName: '阿依努尔', relation: '配偶', status: '失业', worksAgeAble: true },
];

/** An urban-eligible person (低保, recognised K03) whose household is also a zero-employment household (K04). */
export const zeroHouseholdPerson = (c: County, birth = '19800315', sex: '1' | '2' = '1') =>
  recognised(c, birth, sex, {
    dibao: true,
    residenceRegionId: c.village2,
    householdMembers: ZERO_EMPLOYMENT_HOUSEHOLD,
  });

/** A rural-eligible person: 脱贫人口 (E24 1) in a village. */
export const ruralPerson = (c: County, birth = '19850610', sex: '1' | '2' = '2') =>
  addPerson(c, birth, sex, { povertyStatus: '1', residenceRegionId: c.village1 });

export function placeInput(
  personId: string,
  postId: string,
  over: Partial<ChannelInput<'placements.create'>> = {},
): ChannelInput<'placements.create'> {
  return {
    personId,
    postId,
    basisList: 'E06',
    basisCode: 'K03',
    basisDate: '2026-01-10',
    startDate: '2026-11-01',
    contractEnd: '2027-10-31',
    ...over,
  };
}

/** A placements.create call with placeInput's values, changed by `over`, made through `run`. */
const placing =
  <R>(run: (core: Core, channel: 'placements.create', input: ChannelInput<'placements.create'>) => R) =>
  (core: Core, personId: string, postId: string, over: Partial<ChannelInput<'placements.create'>> = {}) =>
    run(core, 'placements.create', placeInput(personId, postId, over));

/** Places a person on a post with placeInput's values, changed by `over`; the call must succeed. */
export const place = placing(must);

/** Tries to place a person with placeInput's values, changed by `over`; returns the result envelope. */
export const tryPlace = placing(call);

/** Like tryPlace, for a placement that must be refused: the call must leave every table as it was. */
export const tryPlaceUnchanged = placing(callUnchanged);

/** The refusal a call must answer, nothing written: code, message and (when the form shows it) the field. */
export async function refused<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
  code: string,
  message: string,
  fields?: Record<string, string>,
) {
  const r = await callUnchanged(core, channel, input);
  expect(r.ok ? null : { code: r.error.code, message: r.error.message, fields: r.error.fields }).toEqual({
    code,
    message,
    fields,
  });
  return r;
}

/** The audit summaries of a placement, newest first. */
export const placementAudit = async (core: Core, id: string) =>
  (await must(core, 'audit.list', { entity: 'placement', entityId: id })).items.map((i) => i.summary);

/** A 续签 of `p` (as read) to 2027-12-14, changed by `over`. */
export const renewal = (p: { id: string; updatedAt: string }, over: Partial<ChannelInput<'placements.renew'>> = {}) =>
  ({
    id: p.id,
    expectedUpdatedAt: p.updatedAt,
    contractEnd: '2027-12-14',
    ...over,
  }) satisfies ChannelInput<'placements.renew'>;

/**
 * A placement from 2026-01-15 whose contract runs to 2026-12-14 (renewed from 2026-12-15), changed by `over`:
 * urban, a 低保 person on 保洁员; rural, a 脱贫人口 on 护林员 (basis E24 1).
 */
export async function placementScene(
  over: Partial<ChannelInput<'placements.create'>> = {},
  area: 'urban' | 'rural' = 'urban',
) {
  const c = await postCounty(makeCore());
  const rural = area === 'rural';
  const person = rural ? await ruralPerson(c) : await urbanPerson(c);
  const { placement } = await place(c.core, person, rural ? c.ruralPostId : c.urbanPostId, {
    ...(rural ? { basisList: 'E24', basisCode: '1' } : {}),
    startDate: '2026-01-15',
    contractEnd: '2026-12-14',
    ...over,
  });
  return { c, core: c.core, person, placement };
}
