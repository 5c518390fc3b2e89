import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PostPage } from '../../renderer/src/features/posts/PostPage';
import type { PlacementAttendance, PlacementDetail } from '../../shared/contract/placements';
import { POST_DETAIL as POST } from '../post-detail';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { as, renderPersonPosts } from './placement-scene';
import { placement } from './placement-fixtures';
import { PLACES } from './person-fixtures';
import { SOON } from './queries';
import { renderWithApp } from './render';
import { confirmedCall, deleteGiving, deletesWithReason, openDelete } from './record-removal';

// A 公益性岗位 placement entered by mistake (UI.md): 删除 asks first, naming the person and the post, with the reason
// the core keeps; the 已删除 filter of the post's 安置人员 (and of the person's 公益性岗位 tab) lists the deleted ones
// with 恢复.

const POST_ID = '3f1c2b7e-8d4a-4c59-a1e2-6b7d9f0a1c23';
const LIVE = placement({ id: '0190a1b2-0000-7000-8000-000000000001', postId: POST_ID });
const GONE = placement({
  id: '0190a1b2-0000-7000-8000-000000000002',
  postId: POST_ID,
  personName: '热依拉·买买提',
  deletedAt: '2025-03-14T09:00:00Z',
  deleteReason: '录错了人员',
});
const NAMED = `买买提江·艾力在岗位“${POST.postCode} ${POST.title}”的安置（2024-03-15 上岗）`;

const NOTHING: PlacementAttendance = { changed: null, kept: null };

/** The post page at `route`; 删除 and 恢复 answer that they did `attendance` to the placement's attendance. */
function renderPost(route: string, role: 'clerk' | 'readonly' = 'clerk', attendance = NOTHING) {
  const fake = createFakeApi({
    'regions.list': () => ok({ items: PLACES }),
    'posts.get': () => ok({ ...POST, id: POST_ID }),
    'placements.listByPost': (i) => ok({ items: i.includeDeleted ? [LIVE, GONE] : [LIVE] }),
    'placements.delete': () => ok({ ...LIVE, deletedAt: 'x', attendance }),
    'placements.restore': () => ok({ ...GONE, deletedAt: null, attendance }),
  });
  renderWithApp(
    <Routes>
      <Route path="/posts/:id" element={<PostPage />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route, account: as(role) },
  );
  return fake;
}

const table = (name: string) => screen.findByRole('table', { name }, SOON);
/** The dialog telling the clerk `said` (about the attendance) after a write. */
const toldAbout = async (said: string) =>
  (await screen.findByText(said, {}, SOON)).closest('[role="dialog"]') as HTMLElement;
const rowOf = async (t: string, name: string) =>
  (await within(await table(t)).findByText(name, {}, SOON)).closest('tr') as HTMLElement;

describe('删除 and 恢复 of a placement', { timeout: 60_000 }, () => {
  it('删除 on the post page names the person and the post, asks the reason, and deletes only with one', async () => {
    const fake = renderPost(`/posts/${POST_ID}`);
    const dialog = await openDelete(await rowOf('安置人员', LIVE.personName));
    await deletesWithReason(dialog, fake.callsTo, {
      title: '删除安置记录',
      named: NAMED,
      channel: 'placements.delete',
      id: LIVE.id,
      reason: '录错了岗位',
    });
    expect(fake.callsTo('placements.listByPost')[0]).toEqual({ postId: POST_ID, includeDeleted: false });
    // It did nothing to the attendance: the message only, no dialog about it.
    expect(screen.queryByText(/已删除安置记录/)).not.toBeInTheDocument();
  });

  it('the 已删除 filter lists only the deleted placements, with the reason and 恢复', async () => {
    const fake = renderPost(`/posts/${POST_ID}?deleted=1`);
    const row = await rowOf('安置人员', GONE.personName);
    expect(screen.getByRole('switch', { name: '已删除' })).toBeChecked();
    expect(fake.callsTo('placements.listByPost').at(-1)).toEqual({ postId: POST_ID, includeDeleted: true });
    expect(within(await table('安置人员')).queryByText(LIVE.personName)).not.toBeInTheDocument();
    expect(row).toHaveTextContent('已删除');
    expect(row).toHaveTextContent('录错了人员');
    expect(within(row).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '恢复' }));
    // 恢复 asks first, naming what comes back.
    await confirmedCall(fake.callsTo, {
      question: /^确定恢复“热依拉·买买提在岗位.*恢复后重新计入列表和报表。$/,
      button: '恢复',
      channel: 'placements.restore',
      input: { id: GONE.id },
    });
    expect(await screen.findByText(/已恢复“热依拉·买买提在岗位/, {}, SOON)).toBeInTheDocument();
  });

  it('删除 then shows what it did to the attendance of generated months', async () => {
    renderPost(`/posts/${POST_ID}`, 'clerk', { changed: '已移除2025年02月、2025年03月考勤', kept: null });
    await deleteGiving(await openDelete(await rowOf('安置人员', LIVE.personName)), '录错了岗位');
    const told = await toldAbout('考勤：已移除2025年02月、2025年03月考勤。');
    expect(told).toHaveTextContent(`已删除安置记录：${LIVE.personName}`);
    expect(within(told).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('恢复 then warns of a month left as it was (a reviewed roster: 补发/扣回)', async () => {
    const kept = '2025年02月考勤已列入已审核的花名册，考勤未随之修改，如需更正，请在以后月份的补发/扣回花名册中办理';
    renderPost(`/posts/${POST_ID}?deleted=1`, 'clerk', { changed: '已补入2025年03月考勤', kept });
    await userEvent.click(within(await rowOf('安置人员', GONE.personName)).getByRole('button', { name: '恢复' }));
    const ask = (await screen.findByText(/^确定恢复“热依拉·买买提在岗位/, {}, SOON)).closest('[role="dialog"]');
    await userEvent.click(within(ask as HTMLElement).getByRole('button', { name: '恢复' }));
    const told = await toldAbout('考勤：已补入2025年03月考勤。');
    expect(told).toHaveTextContent(`已恢复安置记录：${GONE.personName}`);
    expect(within(told).getByRole('alert')).toHaveTextContent(`${kept}。`);
  });

  it('an account that only reads gets neither 删除 nor the 已删除 filter', async () => {
    renderPost(`/posts/${POST_ID}`, 'readonly');
    const row = await rowOf('安置人员', LIVE.personName);
    expect(within(row).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: '已删除' })).not.toBeInTheDocument();
  });

  it('the person page 公益性岗位 tab: 删除 on a row, and 已删除 with 恢复', async () => {
    const items: PlacementDetail[] = [LIVE, GONE];
    const fake = renderPersonPosts(items, 'clerk');
    const tab = await table('公益性岗位安置');
    await waitFor(() => expect(within(tab).getAllByRole('button', { name: '删除' })).toHaveLength(1));
    expect(await openDelete(tab)).toHaveTextContent(`确定删除“${NAMED}”吗？`);
    await userEvent.click(screen.getByRole('button', { name: '取消' }));

    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    await waitFor(() => expect(fake.callsTo('placements.listByPerson').at(-1)).toMatchObject({ includeDeleted: true }));
    await waitFor(() => expect(within(tab).getAllByRole('button', { name: '恢复' })).toHaveLength(1));
    expect(within(tab).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });
});
