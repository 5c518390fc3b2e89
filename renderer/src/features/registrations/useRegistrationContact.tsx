import { App } from 'antd';
import { useState } from 'react';
import { useFetch } from '../../api';
import { useCan } from '../../components/useCan';
import { ContactEntryDrawer } from './ContactEntryDrawer';
import { targetOfRegistration, type ContactTarget } from './contact-values';

/**
 * 记录联系 from another module's list, whose row knows only the registration and the phone: `open` reads the
 * registration, then `drawer` is the quick contact drawer on it (the same one the contact work lists open).
 * `canWrite`: whether the signed-in role may record contacts at all.
 */
export function useRegistrationContact(onSaved?: () => void) {
  const fetchRead = useFetch();
  const { message } = App.useApp();
  const [target, setTarget] = useState<ContactTarget | null>(null);
  const open = async (registrationId: string, phone: string | null) => {
    const r = await fetchRead('registrations.get', { id: registrationId });
    if (r.ok) setTarget(targetOfRegistration(r.data, phone));
    else void message.error(r.error.message);
  };
  const drawer = target && <ContactEntryDrawer target={target} onClose={() => setTarget(null)} onSaved={onSaved} />;
  return { open, drawer, canWrite: useCan('contacts.create') };
}
