import type { PersonListInput, PersonSortField } from '../../../../shared/contract/persons';
import { PERSON_SORT_FIELDS } from '../../../../shared/contract/persons';
import { EMPLOYMENT_STATUS_CODES, ETHNICITY_CODES, SEX_CODES } from '../../../../shared/enums';
import { codeIn, parsePage, parsePageSize, type PageSize } from '../../components/list-page';

// The list's filters, sort and page live in the URL (#/persons?q=…&page=2), so they survive opening a person
// and coming back, and the browser's back button restores them too.

export interface ListParams {
  q: string;
  townshipId?: string;
  villageId?: string;
  ethnicity?: string;
  sex?: string;
  ageMin?: number;
  ageMax?: number;
  employmentStatus?: string;
  isDifficult: boolean;
  onPost: boolean;
  inInternship: boolean;
  /** The 已删除 view. */
  deleted: boolean;
  sort?: { field: PersonSortField; order: 'asc' | 'desc' };
  page: number;
  pageSize: PageSize;
}

export const DEFAULT_PARAMS: ListParams = {
  q: '',
  isDifficult: false,
  onPost: false,
  inInternship: false,
  deleted: false,
  page: 1,
  pageSize: 20,
};

function int(v: string | null, min: number, max: number): number | undefined {
  if (v === null || !/^\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

export function parseListParams(sp: URLSearchParams): ListParams {
  const [field, order] = (sp.get('sort') ?? '').split('.');
  const sortField = codeIn(PERSON_SORT_FIELDS, field ?? null);
  return {
    q: sp.get('q') ?? '',
    townshipId: sp.get('town') || undefined,
    villageId: sp.get('village') || undefined,
    ethnicity: codeIn(ETHNICITY_CODES, sp.get('eth')),
    sex: codeIn(SEX_CODES, sp.get('sex')),
    ageMin: int(sp.get('ageMin'), 0, 150),
    ageMax: int(sp.get('ageMax'), 0, 150),
    employmentStatus: codeIn(EMPLOYMENT_STATUS_CODES, sp.get('status')),
    isDifficult: sp.get('difficult') === '1',
    onPost: sp.get('onPost') === '1',
    inInternship: sp.get('intern') === '1',
    deleted: sp.get('deleted') === '1',
    sort: sortField && (order === 'asc' || order === 'desc') ? { field: sortField, order } : undefined,
    page: parsePage(sp.get('page')),
    pageSize: parsePageSize(sp.get('size')),
  };
}

/** Only what differs from the defaults, so a fresh list has a clean address. */
export function toSearchParams(p: ListParams): URLSearchParams {
  const sp = new URLSearchParams();
  const put = (key: string, v: string | number | undefined | false) => {
    if (v !== undefined && v !== false && v !== '') sp.set(key, String(v));
  };
  put('q', p.q.trim());
  put('town', p.townshipId);
  put('village', p.villageId);
  put('eth', p.ethnicity);
  put('sex', p.sex);
  put('ageMin', p.ageMin);
  put('ageMax', p.ageMax);
  put('status', p.employmentStatus);
  put('difficult', p.isDifficult && '1');
  put('onPost', p.onPost && '1');
  put('intern', p.inInternship && '1');
  put('deleted', p.deleted && '1');
  put('sort', p.sort && `${p.sort.field}.${p.sort.order}`);
  put('page', p.page > 1 ? p.page : undefined);
  put('size', p.pageSize !== 20 ? p.pageSize : undefined);
  return sp;
}

/** The persons.list request for these params (flags only when ticked: unticked means "any"). */
export function toListInput(p: ListParams): PersonListInput {
  return {
    q: p.q.trim() || undefined,
    townshipId: p.townshipId,
    villageId: p.villageId,
    ethnicity: p.ethnicity as PersonListInput['ethnicity'],
    sex: p.sex as PersonListInput['sex'],
    ageMin: p.ageMin,
    ageMax: p.ageMax,
    employmentStatus: p.employmentStatus as PersonListInput['employmentStatus'],
    isDifficult: p.isDifficult || undefined,
    onPost: p.onPost || undefined,
    inInternship: p.inInternship || undefined,
    deleted: p.deleted || undefined,
    sort: p.sort,
    page: p.page,
    pageSize: p.pageSize,
  };
}

/** True when some filter narrows the list (the empty-table text then says so). */
export const isFiltered = (p: ListParams) =>
  toSearchParams({ ...p, sort: undefined, page: 1, pageSize: 20, deleted: false }).toString() !== '';

// The list's address as last shown, so 人员信息 in the navigation and 返回列表 bring the clerk back to it.
let lastSearch = '';
export const rememberListSearch = (search: string) => {
  lastSearch = search;
};
export const lastListSearch = () => lastSearch;
