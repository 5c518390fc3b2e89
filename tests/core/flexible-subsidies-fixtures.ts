// Set-up for the 灵活就业社会保险补贴 (BR-30) tests, today 2026-11-28: the persons county with two men living in
// 乌帕尔镇, and a period's input.
import type { ChannelInput } from '../../shared/contract';
import { makeCore } from './harness';
import { county } from './persons-fixtures';
import { addPerson } from './posts-fixtures';

export type FlexPeriodInput = ChannelInput<'flexibleSubsidies.create'>;

export async function flexScene() {
  const c = await county(makeCore());
  /** A man born 1990-03-15 (retires 2053-03), living in 乌帕尔镇. */
  const young = await addPerson(c, '19900315', '1');
  /** A man born 1968-06-15: retires 2029-05 (60 years 11 months), 40 months after 2026-01. */
  const near = await addPerson(c, '19680615', '1');
  return { c, core: c.core, young, near };
}

/** A period of 其他灵活就业人员 (target 9), pension only, 2025-01 to 2027-12, changed by `over`. */
export const flexPeriod = (personId: string, over: Partial<FlexPeriodInput> = {}): FlexPeriodInput => ({
  personId,
  startMonth: '2025-01',
  endMonth: '2027-12',
  target: '9',
  insurance: 'P',
  handler: '阿依古丽',
  remark: null,
  ...over,
});
