import type { ComponentType } from 'react';

/**
 * 记录联系 on one registration, from another module's list whose row knows only the registration and the phone: the
 * registrations feature provides it (RegistrationContactEntry), app/modules.tsx hands it to the modules that offer it.
 */
export interface ContactEntryProps {
  registrationId: string;
  phone: string | null;
  onClose: () => void;
  /** After each saved contact. */
  onSaved?: () => void;
}

export type ContactEntry = ComponentType<ContactEntryProps>;
