// Set-up for the recognition tests (today = 2026-11-28): the posts county, persons registered on 2026-11-02, and
// a walk of one application through the steps of BR-13 up to a chosen stage.
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import { must } from './harness';
import { addPerson, postCounty, type PostCounty } from './posts-fixtures';
import { registrationInput } from './registrations-fixtures';

export interface RecCounty extends PostCounty {
  /** A person (man born `birth`, urban community) registered on `regDate`; returns person and registration ids. */
  applicant(
    birth?: string,
    regDate?: string,
    over?: Parameters<typeof addPerson>[3],
  ): Promise<{ personId: string; registrationId: string }>;
}

export async function recCounty(core: Core): Promise<RecCounty> {
  const c = await postCounty(core);
  return {
    ...c,
    async applicant(birth = '19700315', regDate = '2026-11-02', over = {}) {
      const personId = await addPerson(c, birth, '1', { residenceRegionId: c.village2, ...over });
      const { registration } = await must(core, 'registrations.create', registrationInput(c, personId, { regDate }));
      return { personId, registrationId: registration.id };
    },
  };
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

/** Applies and takes the steps up to `stop` with fixed dates (notice 11-07..11-09 unless `noticeEnd` is given). */
export async function walk(
  core: Core,
  personId: string,
  stop: Stop,
  over: { categories?: ChannelInput<'recognitions.apply'>['categories']; noticeEnd?: string } = {},
): Promise<string> {
  const categories = over.categories ?? ['K01'];
  const { id } = await must(
    core,
    'recognitions.apply',
    applyInput(personId, { categories, primaryCategory: categories[0] }),
  );
  if (stop === 'village') return id;
  await must(core, 'recognitions.villageReview', {
    id,
    date: '2026-11-06',
    reviewer: '村委会 吐尔逊',
    opinion: '情况属实',
    decision: 'pass',
    noticeStart: '2026-11-07',
    noticeEnd: over.noticeEnd ?? '2026-11-09',
  });
  if (stop === 'notice' || stop === 'township') return id;
  await must(core, 'recognitions.townshipReview', {
    id,
    date: '2026-11-10',
    reviewer: '乡镇 热依拉',
    opinion: '同意',
    decision: 'pass',
  });
  if (stop === 'county') return id;
  await must(core, 'recognitions.countyConfirm', {
    id,
    date: '2026-11-12',
    reviewer: '县就业局 努尔',
    opinion: '予以认定',
    decision: 'pass',
  });
  return id;
}
