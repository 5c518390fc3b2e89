import { z } from 'zod';
import { channel } from './define';
import {
  codeFilter,
  itemsOf,
  listPaging,
  listSort,
  optDateField,
  optId,
  optText,
  pageOf,
  residentColumns,
  searchText,
} from './fields';
import { custom } from './refine';
import {
  CANCEL_REASON_CODES,
  REGISTRATION_STATUS_CODES,
  SERVICE_LEVEL_CODES,
  UNEMPLOYMENT_REASON_CODES,
} from '../enums/registration-codes';

// 登记台账 (registrations.list): every unemployment registration, made or cancelled in any period, outside the
// monthly work lists — found by the person (search, 乡镇/村), 状态, the 登记日期 and 注销日期 ranges, 注销原因 and
// 联系责任人; paged and sorted on the server (a sort outside the whitelist is BAD_INPUT). A 乡镇经办 sees the
// registrations of persons living in their townships (persons.township_id), as in the work lists.

/** The ledger's sortable columns (registrations.list sort); without a sort: latest 登记日期 first. */
export const REGISTRATION_SORT_FIELDS = ['personName', 'regDate', 'cancelDate', 'responsibleStaff'] as const;
export type RegistrationSortField = (typeof REGISTRATION_SORT_FIELDS)[number];

/** A date range of the ledger's filters: both ends optional, the end not before the start. */
const RANGES = [
  ['regFrom', 'regTo', '登记日期'],
  ['cancelFrom', 'cancelTo', '注销日期'],
] as const;

export const registrationListInput = z
  .object({
    /** The search box: part of a name, a whole ID, the last 4–6 ID characters, or a phone number. */
    query: searchText,
    /** The 乡镇(街道) / 村(社区) the person lives in (persons.township_id, residence_region_id). */
    townshipId: optId,
    villageId: optId,
    /** 有效 / 已注销; absent: 全部. */
    status: codeFilter(REGISTRATION_STATUS_CODES, '状态'),
    regFrom: optDateField('登记日期（起）'),
    regTo: optDateField('登记日期（止）'),
    /** A cancellation date range keeps only cancelled registrations. */
    cancelFrom: optDateField('注销日期（起）'),
    cancelTo: optDateField('注销日期（止）'),
    cancelReason: codeFilter(CANCEL_REASON_CODES, '注销原因'),
    /** 联系责任人, the whole name as recorded on the registration. */
    staff: optText('联系责任人', 30),
    sort: listSort(REGISTRATION_SORT_FIELDS),
    ...listPaging,
  })
  .superRefine((v, ctx) => {
    for (const [from, to, label] of RANGES) {
      const a = v[from];
      const b = v[to];
      if (a && b && b < a) custom(ctx, `${label}的截止日期不能早于开始日期`, [to]);
    }
  });
export type RegistrationListQuery = z.output<typeof registrationListInput>;

export const registrationListItem = z.object({
  id: z.string(),
  ...residentColumns,
  regDate: z.string(),
  reason: z.enum(UNEMPLOYMENT_REASON_CODES),
  serviceLevel: z.enum(SERVICE_LEVEL_CODES),
  responsibleStaff: z.string(),
  status: z.enum(REGISTRATION_STATUS_CODES),
  cancelDate: z.string().nullable(),
  cancelReason: z.enum(CANCEL_REASON_CODES).nullable(),
});
export type RegistrationListItem = z.infer<typeof registrationListItem>;

export const registrationListChannels = {
  'registrations.list': channel({ input: registrationListInput, output: pageOf(registrationListItem) }),
  /**
   * The ledger's 联系责任人 filter: every name recorded on a registration the caller may see (optionally of one
   * 乡镇), with how many registrations name it, by name.
   */
  'registrations.staffNames': channel({
    input: z.object({ townshipId: optId }),
    output: itemsOf(z.object({ staff: z.string(), count: z.number() })),
  }),
};
