import type { ComponentType } from 'react';

/**
 * 记录联系 on one registration, from another module's list whose row knows only the registration and the masked phone: the
 * registrations feature provides it (RegistrationContactEntry), app/modules.tsx hands it to the modules that offer it.
 */
export interface ContactEntryProps {
  registrationId: string;
  /** VR-09 masked, as the list has it; the drawer's 查看 shows it in full (audited). */
  phoneMasked: string | null;
  onClose: () => void;
  /** After each saved contact. */
  onSaved?: () => void;
}

export type ContactEntry = ComponentType<ContactEntryProps>;
