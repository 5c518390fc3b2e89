// Set-up for the recognition tests (today = 2026-11-28): the posts county, persons registered on 2026-11-02, and
// a walk of one application through the steps of BR-13 up to a chosen stage.
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { makeCore, must } from './harness';
import { addPerson, postCounty, type PostCounty } from './posts-fixtures';
import { registrationInput } from './registrations-fixtures';

export interface RecCounty extends PostCounty {
  /** A person (man born `birth`, urban community) registered on `regDate`; returns person and registration ids. */
  applicant(
    birth?: string,
    regDate?: string,
    over?: Parameters<typeof addPerson>[3],
  ): Promise<{ personId: string; registrationId: string }>;
  /** An applicant (born `birth`, registered on 2026-11-02) whose application is walked to `stop`; `id` is its id. */
  applied(
    stop: Stop,
    birth?: string,
    over?: WalkOptions,
  ): Promise<{ personId: string; registrationId: string; id: string }>;
}

export async function recCounty(core: Core): Promise<RecCounty> {
  const c = await postCounty(core);
  const applicant: RecCounty['applicant'] = async (birth = '19700315', regDate = '2026-11-02', over = {}) => {
    const personId = await addPerson(c, birth, '1', { residenceRegionId: c.village2, ...over });
    const { registration } = await must(core, 'registrations.create', registrationInput(c, personId, { regDate }));
    return { personId, registrationId: registration.id };
  };
  return {
    ...c,
    applicant,
    async applied(stop, birth, over = {}) {
      const a = await applicant(birth);
      return { ...a, id: await walk(core, a.personId, stop, over) };
    },
  };
}

/** A new county (today 2026-11-28) with one applicant walked to `stop`. */
export async function applicationAt(stop: Stop) {
  const c = await recCounty(makeCore());
  return { c, ...(await c.applied(stop)) };
}

export const applyInput = (
  personId: string,
  over: Partial<ChannelInput<'recognitions.apply'>> = {},
): ChannelInput<'recognitions.apply'> => ({
  personId,
  applyDate: '2026-11-05',
  categories: ['K01'],
  primaryCategory: 'K01',
  pledgeSigned: true,
  helper: '阿依古丽',
  ...over,
});

export type Stop = 'village' | 'notice' | 'township' | 'county' | 'recognised';
export type WalkOptions = { categories?: ChannelInput<'recognitions.apply'>['categories']; noticeEnd?: string };

/** Applies and takes the steps up to `stop` with fixed dates (notice 11-07..11-09 unless `noticeEnd` is given). */
export async function walk(core: Core, personId: string, stop: Stop, over: WalkOptions = {}): Promise<string> {
  const categories = over.categories ?? ['K01'];
  const { id } = await must(
    core,
    'recognitions.apply',
    applyInput(personId, { categories, primaryCategory: categories[0] }),
  );
  // Each step passes: who decided, when, and their words.
  const pass = <C extends 'recognitions.villageReview' | 'recognitions.townshipReview' | 'recognitions.countyConfirm'>(
    channel: C,
    date: string,
    reviewer: string,
    opinion: string,
    more: object = {},
  ) => must(core, channel, { id, date, reviewer, opinion, decision: 'pass', ...more } as ChannelInput<C>);
  if (stop === 'village') return id;
  await pass('recognitions.villageReview', '2026-11-06', '村委会 吐尔逊', '情况属实', {
    noticeStart: '2026-11-07',
    noticeEnd: over.noticeEnd ?? '2026-11-09',
  });
  if (stop === 'notice' || stop === 'township') return id;
  await pass('recognitions.townshipReview', '2026-11-10', '乡镇 热依拉', '同意');
  if (stop === 'county') return id;
  await pass('recognitions.countyConfirm', '2026-11-12', '县就业局 努尔', '予以认定');
  return id;
}
