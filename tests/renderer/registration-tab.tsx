// The person page's 失业登记 tab over one registration (ABDU's, registered 2025-03-03), with the contacts given (none
// unless given) and no enrolments: the card it shows, found by its label. `person` is ABDU unless given (e.g. with
// another E09).
import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import { PersonRegistrationsTab } from '../../renderer/src/features/registrations/PersonRegistrationsTab';
import type { ContactDetail } from '../../shared/contract/contacts';
import type { PersonDetail } from '../../shared/contract/persons';
import type { RegistrationDetail } from '../../shared/contract/registrations';
import { SETTINGS, createFakeApi, ok } from './fake-api';
import { ABDU } from './person-fixtures';
import { renderWithApp } from './render';

export function showRegistrationTab(
  reg: RegistrationDetail,
  person: PersonDetail = ABDU,
  contacts: ContactDetail[] = [],
): Promise<HTMLElement> {
  const fake = createFakeApi({
    'registrations.listByPerson': () => ok({ items: [reg] }),
    'contacts.listByRegistration': () => ok({ items: contacts }),
    'contacts.enrolmentsByRegistration': () => ok({ items: [] }),
  });
  renderWithApp(<PersonRegistrationsTab personId={person.id} person={person} onChanged={vi.fn()} />, {
    api: fake.api,
    settings: SETTINGS,
  });
  // By its label: the card is an antd Card with an aria-label, which has no landmark role, so a find by role
  // 'region' never matched and only ran out its whole wait before this.
  return screen.findByLabelText(`失业登记 ${reg.regDate}`);
}
