import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlacementFormDrawer } from '../../renderer/src/features/posts/PlacementFormDrawer';
import { PostPage } from '../../renderer/src/features/posts/PostPage';
import type { Result } from '../../shared/contract';
import type { PostDetail } from '../../shared/contract/posts';
import { POST_DETAIL as POST } from '../post-detail';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import { PLACES, RECOGNISED, listItem } from './person-fixtures';
import { activeOptionName, fieldItem, onlyCallTo, SOON } from './queries';
import { renderWithApp } from './render';

// 安置人员 (issue 6): the core's dry run (placements.preview) is shown beside the dates; a refusal on saving (BR-17
// capacity) appears at the top of the form naming the rule, the form stays open and nothing is reported saved.

const START = {
  person: { id: 'p1', name: '买买提江·艾力', idNumberMasked: '653121********1134' },
  basis: { list: 'E06' as const, code: 'K03' },
};
const SUBSIDY = {
  firstMonth: '2025-03',
  endMonth: '2028-02',
  entitlementEndMonth: '2028-02',
  extendedToRetirement: false,
  capMonths: 36,
  extensionApplied: false,
  monthsUsed: 1,
  monthsLeft: 35,
  limitMonth: '2050-01',
  newCycle: false,
};
const CAPACITY = '岗位“社区保洁员”核定 2 人，2025-03-15 起已有 2 人在岗';
const refused: Result<never> = failed(
  'RULE_VIOLATION',
  CAPACITY,
  { startDate: CAPACITY },
  { rule: 'BR-17', overridable: true },
);

function setup(handlers: FakeHandlers) {
  const fake = createFakeApi({ 'persons.list': () => ok({ items: [], total: 0 }), ...handlers });
  const onSaved = vi.fn();
  renderWithApp(<PlacementFormDrawer post={POST} start={START} onClose={vi.fn()} onSaved={onSaved} />, {
    api: fake.api,
    settings: SETTINGS,
  });
  return { ...fake, onSaved };
}

describe('安置人员 form', () => {
  it('shows the preview beside the dates: eligible, the recorded basis marked 登记, the BR-18 period', async () => {
    const { callsTo } = setup({ 'placements.preview': () => ok({ blocking: null, subsidy: SUBSIDY, warnings: {} }) });
    const check = await screen.findByRole('region', { name: '安置核对' });
    await within(check).findByText('符合安置条件', {}, SOON);
    expect(within(check).getByText('登记')).toBeInTheDocument();
    const period = within(check).getByLabelText('补贴期限');
    expect(within(period).getByText('2025年3月')).toBeInTheDocument();
    expect(within(period).getByText('2028年2月')).toBeInTheDocument();
    expect(within(period).getByText('35个月')).toBeInTheDocument();
    expect(callsTo('placements.preview')[0]).toMatchObject({
      personId: 'p1',
      postId: 'post-1',
      basisList: 'E06',
      basisCode: 'K03',
      startDate: '2025-03-15',
    });
  });

  it('says the capacity refusal once, in the live check (not again at the top), offers the override, saves nothing', async () => {
    const preview = {
      rule: 'BR-17',
      message: CAPACITY,
      fields: { startDate: CAPACITY },
      overridable: true,
      repeatPlacement: false,
    };
    const { callsTo, onSaved } = setup({
      'placements.preview': () => ok({ blocking: preview, subsidy: null, warnings: {} }),
      'placements.create': () => refused,
    });
    const check = await screen.findByRole('region', { name: '安置核对' });
    await within(check).findByText(`不能安置：${CAPACITY}`, {}, SOON);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(callsTo('placements.create')).toHaveLength(1), SOON);
    // Issue 18: the refusal the live check states is not repeated above the form.
    await screen.findByText('确需安置，强制保存（记入操作记录）', {}, SOON);
    expect(screen.getAllByRole('alert').filter((a) => a.textContent?.includes(CAPACITY))).toHaveLength(1);
    expect(screen.getAllByRole('alert').find((a) => a.textContent?.includes(CAPACITY))).toHaveTextContent(
      `不能安置：${CAPACITY}`,
    );
    expect(callsTo('placements.create')).toHaveLength(1);
    expect(callsTo('placements.create')[0]).toMatchObject({ override: null });
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByText('确需安置，强制保存（记入操作记录）')).toBeInTheDocument();
    // Ticking the override asks for the reason before anything is sent again.
    await userEvent.click(screen.getByRole('checkbox', { name: /确需安置/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByText('请填写强制保存原因')).toBeInTheDocument());
    expect(callsTo('placements.create')).toHaveLength(1);
  });

  it('BR-16: a new urban placement without a recognition is refused under 安置类别, not again at the top', async () => {
    const NO_RECOGNITION =
      '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员在 2025-03-15 没有有效的就业困难人员认定';
    const blocking = {
      rule: 'BR-16',
      message: NO_RECOGNITION,
      fields: { basisCode: NO_RECOGNITION },
      overridable: false,
      repeatPlacement: false,
    };
    const { callsTo, onSaved } = setup({
      'recognitions.listByPerson': () => ok({ items: [] }),
      'placements.preview': () => ok({ blocking, subsidy: null, warnings: {} }),
      'placements.create': () =>
        failed('RULE_VIOLATION', NO_RECOGNITION, { basisCode: NO_RECOGNITION }, { rule: 'BR-16', overridable: false }),
    });
    const check = await screen.findByRole('region', { name: '安置核对' });
    await within(check).findByText(`不能安置：${NO_RECOGNITION}`, {}, SOON);
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(callsTo('placements.create')).toHaveLength(1), SOON);
    const basis = fieldItem('安置类别');
    await within(basis).findByText(NO_RECOGNITION, {}, SOON);
    expect(callsTo('placements.create')[0]).toMatchObject({ personId: 'p1', basisList: 'E06', basisCode: 'K03' });
    // Said in the live check and under the field; no third time above the form, no override offered.
    expect(screen.getAllByText((_, el) => el?.textContent === NO_RECOGNITION && el.children.length === 0)).toHaveLength(
      1,
    );
    expect(screen.queryByText('确需安置，强制保存（记入操作记录）')).not.toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('resting on the recognition, 安置依据日期 is its 认定日期, not today, and the check is asked on that date (audit6)', async () => {
    const { callsTo } = setup({
      'recognitions.listByPerson': () => ok({ items: [RECOGNISED] }),
      'placements.preview': () => ok({ blocking: null, subsidy: SUBSIDY, warnings: {} }),
    });
    const basisDate = fieldItem('安置依据日期');
    await waitFor(() => expect(within(basisDate).getByRole('textbox')).toHaveValue('2025-01-20'), SOON);
    await waitFor(() => expect(callsTo('placements.preview').at(-1)).toMatchObject({ basisDate: '2025-01-20' }), SOON);
    expect(within(fieldItem('上岗日期')).getByRole('textbox')).toHaveValue('2025-03-15');
  });

  it('保存 with 安置人员 left empty says 请选择人员 under the field and sends nothing', async () => {
    const fake = createFakeApi({ 'persons.list': () => ok({ items: [], total: 0 }) });
    renderWithApp(<PlacementFormDrawer post={POST} onClose={vi.fn()} onSaved={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    await userEvent.click(await screen.findByRole('button', { name: '保存' }, SOON));
    expect(await within(fieldItem('安置人员')).findByText('请选择人员', undefined, SOON)).toBeInTheDocument();
    expect(screen.queryByText('缺少人员编号')).toBeNull();
    expect(fake.callsTo('placements.create')).toEqual([]);
  });

  it('after a save on the post page, the focus is back on 安置人员 for the next person (issue 18)', async () => {
    const ALI = listItem({ id: 'p2', name: '艾力', idNumberMasked: '653121********0514' });
    const open = { ...POST, onPost: 1, vacancies: 1, openSlots: 1 };
    const fake = createFakeApi({
      'regions.list': () => ok({ items: PLACES }),
      'posts.get': () => ok(open),
      'placements.listByPost': () => ok({ items: [] }),
      'persons.list': () => ok({ items: [ALI], total: 1 }),
      'recognitions.listByPerson': () => ok({ items: [] }),
      'placements.preview': () => ok({ blocking: null, subsidy: SUBSIDY, warnings: {} }),
      'placements.create': () => ok({ placement: { personName: '艾力' }, warnings: {} }),
    });
    renderWithApp(
      <Routes>
        <Route path="/posts/:id" element={<PostPage />} />
      </Routes>,
      { api: fake.api, settings: SETTINGS, route: '/posts/post-1' },
    );
    await userEvent.click(await screen.findByRole('button', { name: /安置人员/ }, SOON));
    const lookup = await screen.findByRole('combobox', { name: '安置人员' }, SOON);
    await waitFor(() => expect(lookup).toHaveFocus());
    await userEvent.type(lookup, '0514');
    await waitFor(() => expect(activeOptionName(lookup)).toContain('艾力'));
    fireEvent.keyDown(lookup, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    fireEvent.keyUp(lookup, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    const basis = screen.getByRole('combobox', { name: '安置类别' });
    await userEvent.click(basis);
    await userEvent.type(basis, '低保');
    await waitFor(() => expect(basis).toHaveAttribute('aria-expanded', 'true'));
    fireEvent.keyDown(basis, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    fireEvent.keyUp(basis, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(await onlyCallTo(fake.callsTo, 'placements.create')).toMatchObject({
      personId: 'p2',
      postId: 'post-1',
      basisCode: 'K03',
    });
    await waitFor(() => expect(screen.queryByRole('combobox', { name: '安置人员' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: /安置人员/ })).toHaveFocus());
  });
});

describe('恢复岗位 on the post page', () => {
  it('asks first naming the post, then reinstates it, says so and reads the post again', async () => {
    const ID = '3f1c2b7e-8d4a-4c59-a1e2-6b7d9f0a1c23';
    let post: PostDetail = { ...POST, id: ID, status: 'revoked', revokedDate: '2025-03-01' };
    const fake = createFakeApi({
      'regions.list': () => ok({ items: PLACES }),
      'posts.get': () => ok(post),
      'placements.listByPost': () => ok({ items: [] }),
      'posts.reinstate': () => {
        post = { ...post, status: 'active', revokedDate: null };
        return ok(post);
      },
    });
    renderWithApp(
      <Routes>
        <Route path="/posts/:id" element={<PostPage />} />
      </Routes>,
      { api: fake.api, settings: SETTINGS, route: `/posts/${ID}` },
    );
    await userEvent.click(await screen.findByRole('button', { name: '恢复岗位' }, SOON));
    const ask = await screen.findByRole('dialog', {}, SOON);
    expect(ask).toHaveTextContent(`确定恢复岗位“${POST.title}”吗？恢复后可再安置人员。`);
    expect(fake.callsTo('posts.reinstate')).toEqual([]);
    await userEvent.click(within(ask).getByRole('button', { name: '恢复' }));
    expect(await screen.findByText(`已恢复岗位“${POST.title}”`, {}, SOON)).toBeInTheDocument();
    expect(fake.callsTo('posts.reinstate')).toEqual([{ id: ID }]);
    expect(await screen.findByRole('button', { name: '撤销岗位' }, SOON)).toBeInTheDocument();
  });
});
