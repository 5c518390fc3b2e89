import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../renderer/src/app/AppProviders';
import { FirstRunWizard } from '../../renderer/src/app/first-run/FirstRunWizard';
import { usePrefersReducedMotion, withMotion } from '../../renderer/src/app/reduced-motion';
import { APP_THEME } from '../../renderer/src/app/theme';
import { RegionsTab } from '../../renderer/src/features/settings/RegionsTab';
import { SETTINGS, createFakeApi, ok, region } from './fake-api';
import { renderPersonListPage } from './person-list-page';
import { dialogTitled } from './queries';
import { renderWithApp } from './render';

// WCAG 2.3.3: the app turns antd's motion off while the system asks for reduced motion, and back on when it stops.
// Without motion a drawer or modal puts its content into the page in the same render as itself; the forms must still
// open with the focus on their first field, and their saves still say so.

const QUERY = '(prefers-reduced-motion: reduce)';

/** The system's reduced-motion setting as `initially`, changed by `set`; other media queries answer as before. */
function fakeMedia(initially: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: initially,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  const original = window.matchMedia.bind(window);
  const spy = vi
    .spyOn(window, 'matchMedia')
    .mockImplementation((q: string) => (q === QUERY ? (media as unknown as MediaQueryList) : original(q)));
  const set = (v: boolean) => {
    media.matches = v;
    for (const f of listeners) f();
  };
  return { set, listeners, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('reduced motion', () => {
  it('follows the system setting as it changes, and stops listening on unmount', () => {
    const media = fakeMedia(true);
    const { result, unmount } = renderHook(() => usePrefersReducedMotion());
    expect(media.spy).toHaveBeenCalledWith(QUERY);
    expect(result.current).toBe(true);
    act(() => media.set(false));
    expect(result.current).toBe(false);
    act(() => media.set(true));
    expect(result.current).toBe(true);
    expect(media.listeners.size).toBe(1);
    unmount();
    expect(media.listeners.size).toBe(0);
  });

  it('turns motion off in the theme only when asked, keeping every other token', () => {
    expect(withMotion(APP_THEME, false)).toBe(APP_THEME);
    const still = withMotion(APP_THEME, true);
    expect(still.token).toEqual({ ...APP_THEME.token, motion: false });
    expect(APP_THEME.token).not.toHaveProperty('motion');
    expect(still.components).toBe(APP_THEME.components);
  });
});

describe.each([
  { motion: 'off', reduced: true },
  { motion: 'on', reduced: false },
])('forms with motion $motion', { timeout: 60_000 }, ({ reduced }) => {
  it('a modal form opens on its first field, and its save shows 已新增', async () => {
    fakeMedia(reduced);
    const fake = createFakeApi({
      'regions.list': () => ok({ items: [] }),
      'regions.create': (i) => ok(region({ id: 't1', code: i.code, name: i.name })),
    });
    renderWithApp(<RegionsTab />, { api: fake.api, settings: SETTINGS, route: '/settings/regions' });
    await userEvent.click(await screen.findByRole('button', { name: '新增乡镇(街道)' }));

    const dialog = await waitFor(() => dialogTitled('新增乡镇(街道)'));
    const code = within(dialog).getByLabelText('区划代码');
    await waitFor(() => expect(code).toHaveFocus());
    await userEvent.keyboard('101000');
    expect(code).toHaveValue('653221101000');
    await userEvent.type(within(dialog).getByLabelText('名称'), '乌帕尔镇{Enter}');

    expect(await screen.findByText('已新增“乌帕尔镇”')).toBeInTheDocument();
    expect(fake.callsTo('regions.create')).toEqual([
      expect.objectContaining({ code: '653221101000', name: '乌帕尔镇' }),
    ]);
  });

  it('a drawer form opens on its first field', async () => {
    fakeMedia(reduced);
    renderPersonListPage();
    await userEvent.click(await screen.findByRole('button', { name: '新增' }));

    const drawer = await waitFor(() => dialogTitled('新增人员'));
    await waitFor(() => expect(within(drawer).getByLabelText('公民身份号码')).toHaveFocus());
  });

  it('the first-run wizard opens on 单位名称', async () => {
    fakeMedia(reduced);
    const fake = createFakeApi({});
    render(
      <AppProviders api={fake.api}>
        <FirstRunWizard settings={{ office: null }} onSettings={vi.fn()} onDone={vi.fn()} />
      </AppProviders>,
    );
    const wizard = await screen.findByRole('dialog', { name: '首次使用：设置向导' });
    await waitFor(() => expect(within(wizard).getByLabelText('单位名称')).toHaveFocus());
  });
});
