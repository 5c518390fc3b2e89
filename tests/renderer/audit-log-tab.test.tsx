import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AuditLogTab } from '../../renderer/src/features/settings/audit/AuditLogTab';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { selectShown, typeAndPick } from './queries';
import { renderWithApp } from './render';

// 设置 → 操作记录's filters are the lists' shared FilterSelect: each finds its option by typing the label (记录类型 and
// 操作员 as well as 操作), Delete clears one, and the choice is kept in the address and sent to audit.search.

const FACETS = {
  operators: ['古丽', '阿依古丽'],
  actions: [
    { channel: 'contacts.create', entity: 'contact' },
    { channel: 'persons.create', entity: 'person' },
  ],
  entities: ['contact', 'person'],
};

async function open(route = '/settings/audit') {
  const fake = createFakeApi({
    'audit.facets': () => ok(FACETS),
    'audit.search': () => ok({ items: [], total: 0 }),
  });
  const { router } = renderWithApp(<AuditLogTab />, { api: fake.api, settings: SETTINGS, route });
  await waitFor(() => expect(fake.callsTo('audit.facets')).toHaveLength(1));
  return { fake, address: () => new URLSearchParams(router.state.location.search) };
}

// (Under test every select's options share one element id, so each test types into one select only.)
describe('操作记录 filters', { timeout: 60_000 }, () => {
  it('finds a 记录类型 by typing its label and keeps it in the address', async () => {
    const { fake, address } = await open();
    const entity = screen.getByRole('combobox', { name: '记录类型' });
    await typeAndPick(entity, '联系记录');
    await waitFor(() => expect(fake.callsTo('audit.search').at(-1)).toMatchObject({ entity: 'contact' }));
    expect(address().get('entity')).toBe('contact');
  });

  it('finds an 操作员 by typing and clears it with Delete, keeping the other filters', async () => {
    const { fake, address } = await open('/settings/audit?entity=contact');
    const operator = screen.getByRole('combobox', { name: '操作员' });
    await typeAndPick(operator, '阿依');
    await waitFor(() => expect(fake.callsTo('audit.search').at(-1)).toMatchObject({ operator: '阿依古丽' }));
    expect(selectShown(operator)).toHaveTextContent('阿依古丽');

    operator.focus();
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(address().get('operator')).toBeNull());
    expect(fake.callsTo('audit.search').at(-1)).toMatchObject({ entity: 'contact', operator: undefined });
  });

  it('applies typed dates and a 记录编号 like every list, with the page in the address, and 重置 clears them', async () => {
    const { fake, address } = await open('/settings/audit?page=2&size=50');
    await waitFor(() => expect(fake.callsTo('audit.search').at(-1)).toMatchObject({ page: 2, pageSize: 50 }));

    const from = screen.getByRole('textbox', { name: '操作日期起' });
    await userEvent.type(from, '2026-11{Enter}');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(address().get('from')).toBeNull();
    await userEvent.clear(from);
    await userEvent.type(from, '2026年11月1日{Enter}');
    await waitFor(() => expect(address().get('from')).toBe('2026-11-01'));
    expect(address().get('page')).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: '操作日期止' }), '2026-11-30');
    await userEvent.tab();
    await waitFor(() =>
      expect(fake.callsTo('audit.search').at(-1)).toMatchObject({
        from: '2026-11-01',
        to: '2026-11-30',
        page: 1,
        pageSize: 50,
      }),
    );

    await userEvent.type(screen.getByRole('searchbox', { name: '记录编号' }), 'R-17{Enter}');
    await waitFor(() =>
      expect(fake.callsTo('audit.search').at(-1)).toMatchObject({ entityId: 'R-17', to: '2026-11-30' }),
    );

    await userEvent.click(screen.getByRole('button', { name: '重置' }));
    await waitFor(() => expect(fake.callsTo('audit.search').at(-1)).toEqual({ page: 1, pageSize: 20 }));
    expect(screen.getByRole('textbox', { name: '操作日期起' })).toHaveValue('');
  });
});
