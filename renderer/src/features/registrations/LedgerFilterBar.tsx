import { Segmented } from 'antd';
import type { ChannelInput } from '../../../../shared/contract';
import { REGISTRATION_SORT_FIELDS } from '../../../../shared/contract/registration-list';
import { CANCEL_REASON_CODES } from '../../../../shared/enums/registration-codes';
import { useRead } from '../../api';
import {
  DateRangeFilter,
  FilterBar,
  FilterSelect,
  SearchBox,
  listSort,
  type UrlParams,
} from '../../components/list-page';
import { TownshipSelect, VillageSelect } from '../../components/TownshipSelect';
import { CANCEL_REASON_OPTIONS } from './options';

type LedgerInput = ChannelInput<'registrations.list'>;

/** A code from the address when it is one of `codes` (an old or mistyped address falls back to no filter). */
const oneOf = <C extends string>(codes: readonly C[], v: string | undefined): C | undefined =>
  (codes as readonly string[]).includes(v ?? '') ? (v as C) : undefined;

const STATUSES = ['active', 'cancelled'] as const;

/** The address keys of the ledger's filters (the tab itself is list=ledger). */
const FILTER_KEYS = [
  'q',
  'township',
  'village',
  'status',
  'regFrom',
  'regTo',
  'cancelFrom',
  'cancelTo',
  'reason',
  'staff',
];

/**
 * 登记台账's filters, sort and page as kept in the address (?list=ledger&q=…&status=cancelled&cancelFrom=…&sort=regDate.asc):
 * the input of registrations.list. `township` is the work lists' key too, so a 乡镇 chosen there stays chosen here.
 */
export function ledgerParams(u: UrlParams) {
  const sort = listSort(u, REGISTRATION_SORT_FIELDS);
  const input: LedgerInput = {
    query: u.get('q'),
    townshipId: u.get('township'),
    villageId: u.get('village'),
    status: oneOf(STATUSES, u.get('status')),
    regFrom: u.get('regFrom'),
    regTo: u.get('regTo'),
    cancelFrom: u.get('cancelFrom'),
    cancelTo: u.get('cancelTo'),
    cancelReason: oneOf(CANCEL_REASON_CODES, u.get('reason')),
    staff: u.get('staff'),
    sort: sort.sort,
    ...u.paging,
  };
  const filtered = FILTER_KEYS.some((k) => !!u.get(k));
  return { input, filtered, sort };
}

/**
 * The filter bar of 登记台账 (UI.md list page): the search first (姓名, 公民身份号码 whole or its last 4–6 digits, 电话),
 * then 乡镇/村, 状态, the 登记日期 and 注销日期 ranges, 注销原因 and 联系责任人; 重置 clears them and stays on the tab.
 */
export function LedgerFilterBar({ u }: { u: UrlParams }) {
  const townshipId = u.get('township');
  const staff = useRead('registrations.staffNames', { townshipId });
  const staffOptions = (staff.data?.items ?? []).map((s) => ({ value: s.staff, label: `${s.staff}（${s.count}）` }));
  const clear = Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined]));
  return (
    <FilterBar label="查找失业登记" onReset={() => u.set({ ...clear, sort: undefined })}>
      <SearchBox
        value={u.get('q') ?? ''}
        placeholder="姓名、公民身份号码或电话"
        onSearch={(q) => u.set({ q })}
        width={260}
      />
      <TownshipSelect
        value={townshipId}
        onChange={(township) => u.set({ township, village: undefined })}
        style={{ width: 140 }}
      />
      <VillageSelect
        townshipId={townshipId}
        value={u.get('village')}
        onChange={(p) => u.set({ village: p.villageId, township: p.townshipId })}
        style={{ width: 160 }}
      />
      <Segmented
        aria-label="登记状态"
        value={u.get('status') ?? 'all'}
        onChange={(v) => u.set({ status: v === 'all' ? undefined : String(v) })}
        options={[
          { value: 'all', label: '全部' },
          { value: 'active', label: '有效' },
          { value: 'cancelled', label: '已注销' },
        ]}
      />
      <DateRangeFilter
        label="登记日期"
        from={u.get('regFrom')}
        to={u.get('regTo')}
        onChange={(r) => u.set({ regFrom: r.from, regTo: r.to })}
      />
      <DateRangeFilter
        label="注销日期"
        from={u.get('cancelFrom')}
        to={u.get('cancelTo')}
        onChange={(r) => u.set({ cancelFrom: r.from, cancelTo: r.to })}
      />
      <FilterSelect
        label="注销原因"
        width={200}
        value={u.get('reason')}
        options={CANCEL_REASON_OPTIONS}
        onChange={(reason) => u.set({ reason })}
      />
      <FilterSelect
        label="联系责任人"
        width={160}
        value={u.get('staff')}
        options={staffOptions}
        onChange={(s) => u.set({ staff: s })}
      />
    </FilterBar>
  );
}
