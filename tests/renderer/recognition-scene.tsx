import { vi } from 'vitest';
import { PersonRecognitionsTab } from '../../renderer/src/features/recognitions/PersonRecognitionsTab';
import type { Account } from '../../shared/contract/accounts';
import type { FakeHandlers } from './fake-api';
import { ABDU } from './person-fixtures';
import { renderWithFakeApi } from './render';

/**
 * The person page's 认定 tab (PersonRecognitionsTab) of ABDU over a fake api answering `handlers`, signed in as
 * `account` (an administrator by default); `onChanged` records what the tab tells the person page.
 */
export function renderPersonRecognitions(handlers: FakeHandlers, account?: Account) {
  const onChanged = vi.fn();
  const tab = <PersonRecognitionsTab personId={ABDU.id} person={ABDU} onChanged={onChanged} />;
  return { ...renderWithFakeApi(tab, handlers, { account }), onChanged };
}
