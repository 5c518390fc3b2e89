import { vi } from 'vitest';
import type { Account, Role } from '../../shared/contract/accounts';
import type { PlacementDetail } from '../../shared/contract/placements';
import { PersonPostsTab } from '../../renderer/src/features/posts/PersonPostsTab';
import { ACCOUNT, ok } from './fake-api';
import { ABDU } from './person-fixtures';
import { renderWithFakeApi } from './render';

// The screens that list placements with their row actions (续签, 年度考核, 修改), as one role or another.

/** The signed-in account with `role`. */
export const as = (role: Role): Account => ({ ...ACCOUNT, id: `acc-${role}`, role });

/** The person page's 公益性岗位 tab listing `items` (placements.listByPerson) for an account with `role`. */
export function renderPersonPosts(items: PlacementDetail[], role: Role) {
  return renderWithFakeApi(
    <PersonPostsTab personId="p1" person={ABDU} onChanged={vi.fn()} />,
    { 'placements.listByPerson': () => ok({ items }) },
    { account: as(role) },
  );
}
