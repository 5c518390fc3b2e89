import { App } from 'antd';
import { useEffect } from 'react';
import { useRead } from '../../api';
import type { ContactEntryProps } from '../../components/contact-entry';
import { ContactEntryDrawer } from './ContactEntryDrawer';
import { targetOfRegistration } from './contact-values';

/**
 * The quick contact drawer on one registration, read first (the same drawer the contact work lists open); a
 * registration that cannot be read says why and closes.
 */
export function RegistrationContactEntry({ registrationId, phoneMasked, onClose, onSaved }: ContactEntryProps) {
  const { data, error } = useRead('registrations.get', { id: registrationId }, { keepPrevious: false });
  const { message } = App.useApp();
  useEffect(() => {
    if (!error) return;
    void message.error(error);
    onClose();
  }, [error, message, onClose]);
  return (
    data && <ContactEntryDrawer target={targetOfRegistration(data, phoneMasked)} onClose={onClose} onSaved={onSaved} />
  );
}
