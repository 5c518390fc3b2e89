import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonLookup } from '../../renderer/src/components/PersonLookup';
import type { PersonListItem } from '../../shared/contract/persons';
import type { Result } from '../../shared/contract';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { listItem } from './person-fixtures';
import { activeOptionName, offeredOptions, pressEnter, selectShown } from './queries';
import { renderWithApp } from './render';

// The shared person picker of the placement and internship forms: the core's person search (name part, last
// ID digits, phone), masked IDs (§9.4), keyboard choice.

const GULI = listItem({
  id: 'p1',
  name: '古丽米拉',
  idNumberMasked: '653121********0243',
  townshipName: '乌帕尔镇',
  villageName: '阿亚格曼干村',
});

const enter = pressEnter;
const lookup = () => screen.getByRole('combobox');
const active = () => activeOptionName(lookup());
const options = () => offeredOptions(lookup());
/** The highlighted option as the clerk sees it in the list, to click. */
const shownActive = () => screen.getByTitle(active() ?? '');

describe('PersonLookup', () => {
  it('searches the register by the typed text and offers the first match as the active option', async () => {
    const fake = createFakeApi({ 'persons.list': () => ok({ items: [GULI], total: 1 }) });
    const onChange = vi.fn();
    renderWithApp(<PersonLookup id="who" onChange={onChange} />, { api: fake.api, settings: SETTINGS });
    const box = screen.getByRole('combobox');
    await userEvent.click(box);
    await userEvent.type(box, '0243');
    await screen.findByText('古丽米拉 653121********0243 乌帕尔镇阿亚格曼干村');
    expect(fake.callsTo('persons.list')).toEqual([{ q: '0243', pageSize: 20 }]);
    // The first match is the active option, which Enter takes (Enter itself is exercised in the browser tests:
    // rc-select's key handling is unreliable under happy-dom).
    await waitFor(() => expect(active()).toContain('古丽米拉'));
    await userEvent.click(shownActive());
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith('p1', expect.objectContaining({ id: 'p1', name: '古丽米拉' })),
    );
  });

  it('says when nobody matches, and where to register them', async () => {
    const fake = createFakeApi({ 'persons.list': () => ok({ items: [], total: 0 }) });
    renderWithApp(<PersonLookup id="who" />, { api: fake.api, settings: SETTINGS });
    await userEvent.type(screen.getByRole('combobox'), '艾买提');
    await waitFor(() => expect(screen.getByText('未找到该人员，请先在“人员信息”中登记')).toBeInTheDocument());
  });

  it('offers only the matches while typing, so the first (active) option is never the previous choice', async () => {
    const ALI = listItem({ id: 'p2', name: '艾力', idNumberMasked: '653121********0514' });
    const fake = createFakeApi({ 'persons.list': () => ok({ items: [ALI], total: 1 }) });
    const onChange = vi.fn();
    renderWithApp(<PersonLookup id="who" value="p1" initial={GULI} onChange={onChange} />, {
      api: fake.api,
      settings: SETTINGS,
    });
    const box = screen.getByRole('combobox');
    await userEvent.click(box);
    await userEvent.type(box, '艾力');
    await screen.findByText(/^艾力 653121\*+0514/);
    expect(options()).toEqual([expect.stringMatching(/^艾力 653121\*+0514/)]);
    await waitFor(() => expect(active()).toContain('艾力'));
    await userEvent.click(shownActive());
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('p2', expect.objectContaining({ name: '艾力' })));
  });

  it('shows the person already chosen before any search', () => {
    const fake = createFakeApi({});
    renderWithApp(<PersonLookup id="who" value="p1" initial={GULI} />, { api: fake.api, settings: SETTINGS });
    expect(selectShown(screen.getByRole('combobox'))).toHaveTextContent('古丽米拉');
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('after a choice, never offers or takes the previous matches while the next text is searched (Enter waits)', async () => {
    const ALI = listItem({ id: 'p2', name: '艾力', idNumberMasked: '653121********0514' });
    type Answer = Result<{ items: PersonListItem[]; total: number }>;
    let answerAli: (r: Answer) => void = () => {};
    const fake = createFakeApi({
      'persons.list': ({ q }) =>
        q === '0243' ? ok({ items: [GULI], total: 1 }) : new Promise<Answer>((resolve) => (answerAli = resolve)),
    });
    const onChange = vi.fn();
    renderWithApp(<PersonLookup id="who" onChange={onChange} />, { api: fake.api, settings: SETTINGS });
    const box = screen.getByRole('combobox');
    await userEvent.click(box);
    await userEvent.type(box, '0243');
    await waitFor(() => expect(active()).toContain('古丽米拉'));
    enter(box);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('p1', expect.objectContaining({ name: '古丽米拉' })));

    // The next person's digits and Enter at once: nothing is offered and Enter takes nothing, before the search
    // starts and while it runs.
    await userEvent.type(box, '0514');
    expect(options()).toEqual([]);
    enter(box);
    await waitFor(() => expect(fake.callsTo('persons.list')).toContainEqual({ q: '0514', pageSize: 20 }));
    expect(options()).toEqual([]);
    expect(screen.getByText('正在查找…')).toBeInTheDocument();
    enter(box);
    expect(onChange).toHaveBeenCalledTimes(1);

    answerAli(ok({ items: [ALI], total: 1 }));
    await waitFor(() => expect(active()).toContain('艾力'));
    expect(options()).toEqual([expect.stringMatching(/^艾力 653121\*+0514/)]);
    enter(box);
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('p2', expect.objectContaining({ name: '艾力' })));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
