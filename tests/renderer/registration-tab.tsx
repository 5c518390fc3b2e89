// The person page's 失业登记 tab over one registration (ABDU's, registered 2025-03-03), with the contacts given (none
// unless given) and no enrolments: the card it shows, found by its label. `person` is ABDU unless given (e.g. with
// another E09).
import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import { PersonRegistrationsTab } from '../../renderer/src/features/registrations/PersonRegistrationsTab';
import type { ContactDetail } from '../../shared/contract/contacts';
import type { PersonDetail } from '../../shared/contract/persons';
import type { RegistrationDetail } from '../../shared/contract/registrations';
import { ok, type FakeHandlers } from './fake-api';
import { ABDU } from './person-fixtures';
import { SOON } from './queries';
import { renderWithFakeApi } from './render';

/**
 * The tab rendered over a fake api listing `reg` with `contacts` and no enrolments; `over` adds the channels a test
 * needs (删除, 已删除, …) or replaces these. The fake's calls and the render's utilities.
 */
export function renderRegistrationTab(
  reg: RegistrationDetail,
  {
    person = ABDU,
    contacts = [],
    over = {},
  }: { person?: PersonDetail; contacts?: ContactDetail[]; over?: FakeHandlers } = {},
) {
  return renderWithFakeApi(<PersonRegistrationsTab personId={person.id} person={person} onChanged={vi.fn()} />, {
    'registrations.listByPerson': () => ok({ items: [reg] }),
    'contacts.listByRegistration': () => ok({ items: contacts }),
    'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
    ...over,
  });
}

/** The card a registration shows on the tab, found by its label. */
export const registrationCard = (reg: Pick<RegistrationDetail, 'regDate'>): Promise<HTMLElement> =>
  // By its label: the card is an antd Card with an aria-label, which has no landmark role, so a find by role
  // 'region' never matched and only ran out its whole wait before this.
  screen.findByLabelText(`失业登记 ${reg.regDate}`, {}, SOON);

export function showRegistrationTab(
  reg: RegistrationDetail,
  person: PersonDetail = ABDU,
  contacts: ContactDetail[] = [],
): Promise<HTMLElement> {
  renderRegistrationTab(reg, { person, contacts });
  return registrationCard(reg);
}
