import { WORKLIST_KINDS, type WorklistInput, type WorklistKind } from '../../../../shared/contract/contact-worklists';
import { isValidMonth } from '../../../../shared/domain/dates';
import { parsePage, parsePageSize, type PageSize } from '../../components/list-page';

// The work lists' month, list, filters and page live in the URL (#/registrations?month=2026-11&list=…), so
// they survive opening a person and coming back.

export interface WorklistParams {
  month: string;
  list: WorklistKind;
  townshipId?: string;
  villageId?: string;
  staff?: string;
  groupBy: 'place' | 'staff';
  page: number;
  pageSize: PageSize;
}

const opt = (v: string | null) => v || undefined;

export function parseWorklistParams(sp: URLSearchParams, workingMonth: string): WorklistParams {
  const month = sp.get('month');
  const list = sp.get('list');
  return {
    month: month && isValidMonth(month) && month <= workingMonth ? month : workingMonth,
    list: (WORKLIST_KINDS as readonly string[]).includes(list ?? '') ? (list as WorklistKind) : 'toContact',
    townshipId: opt(sp.get('township')),
    villageId: opt(sp.get('village')),
    staff: opt(sp.get('staff')),
    groupBy: sp.get('groupBy') === 'staff' ? 'staff' : 'place',
    page: parsePage(sp.get('page')),
    pageSize: parsePageSize(sp.get('pageSize')),
  };
}

export function toWorklistSearch(p: WorklistParams, workingMonth: string): URLSearchParams {
  const sp = new URLSearchParams();
  if (p.month !== workingMonth) sp.set('month', p.month);
  if (p.list !== 'toContact') sp.set('list', p.list);
  if (p.townshipId) sp.set('township', p.townshipId);
  if (p.villageId) sp.set('village', p.villageId);
  if (p.staff) sp.set('staff', p.staff);
  if (p.groupBy !== 'place') sp.set('groupBy', p.groupBy);
  if (p.page !== 1) sp.set('page', String(p.page));
  if (p.pageSize !== 20) sp.set('pageSize', String(p.pageSize));
  return sp;
}

export const toWorklistInput = (p: WorklistParams): WorklistInput => ({
  month: p.month,
  townshipId: p.townshipId,
  villageId: p.villageId,
  staff: p.staff,
  groupBy: p.groupBy,
  page: p.page,
  pageSize: p.pageSize,
});
