import type { ChannelInput } from '../../../../shared/contract';
import { RECOGNITION_LIST_STAGES } from '../../../../shared/contract/recognitions';
import { DIFFICULTY_CATEGORY_CODES } from '../../../../shared/enums/difficulty-categories';
import { FilterBar, FilterSelect, SearchBox, type UrlParams } from '../../components/list-page';
import { TownshipSelect } from '../../components/TownshipSelect';
import { CATEGORY_OPTIONS, STAGE_FILTER_OPTIONS } from './recognition-options';

type ListInput = ChannelInput<'recognitions.list'>;

/**
 * 全部认定's filters as kept in the address (?q=…&stage=…&cat=…&township=…&page=…): the input of recognitions.list.
 * `township` is the work lists' own key, so a 乡镇 chosen here narrows them too, and the 首页's links work here.
 */
export function recognitionListParams(u: UrlParams) {
  const input: ListInput = {
    query: u.get('q'),
    stage: u.code('stage', RECOGNITION_LIST_STAGES),
    category: u.code('cat', DIFFICULTY_CATEGORY_CODES),
    townshipId: u.get('township'),
    ...u.paging,
  };
  return { input, filtered: !!(input.query || input.stage || input.category || input.townshipId) };
}

/**
 * The filter bar of 全部认定 (UI.md list page): the search first (姓名, 公民身份号码 whole or its last 4–6 digits, 电话), then
 * 乡镇(街道), 认定状态 and 困难类别; 重置 clears them and keeps the tab.
 */
export function RecognitionFilterBar({ u }: { u: UrlParams }) {
  return (
    <FilterBar
      label="查找认定人员"
      onReset={() => u.set({ q: undefined, stage: undefined, cat: undefined, township: undefined })}
    >
      <SearchBox
        value={u.get('q') ?? ''}
        placeholder="姓名、公民身份号码或电话"
        onSearch={(q) => u.set({ q })}
        width={320}
      />
      <TownshipSelect {...u.filter('township')} style={{ width: 150 }} />
      <FilterSelect
        label="认定状态"
        width={130}
        options={STAGE_FILTER_OPTIONS}
        {...u.filter('stage', RECOGNITION_LIST_STAGES)}
      />
      <FilterSelect
        label="困难类别"
        width={210}
        options={CATEGORY_OPTIONS}
        {...u.filter('cat', DIFFICULTY_CATEGORY_CODES)}
      />
    </FilterBar>
  );
}
