import { App } from 'antd';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { contactUpdateInput, type ContactDetail } from '../../../../shared/contract/contacts';
import { useServerError, useWrite } from '../../api';
import { FormDrawer } from '../../components/FormDrawer';
import { inputResolver } from '../../components/input-resolver';
import { ContactFields, CONTACT_FORM_ID } from './ContactFields';
import { CONTACT_FIELDS, toContactUpdate, valuesOfContact, type ContactFormValues } from './contact-values';
import { REGISTRATION_WRITE } from './writes';

interface ContactEditDrawerProps {
  contact: ContactDetail;
  onClose: () => void;
  onSaved: () => void;
}

/** 修改联系记录: the same fields as 记录联系, checked by the same rules (§3.4, VR-06); the change is audited. */
export function ContactEditDrawer({ contact, onClose, onSaved }: ContactEditDrawerProps) {
  const update = useWrite('contacts.update', REGISTRATION_WRITE);
  const { message } = App.useApp();
  const form = useForm<ContactFormValues>({
    resolver: inputResolver(contactUpdateInput, (v: ContactFormValues) => toContactUpdate(contact, v)),
    defaultValues: valuesOfContact(contact),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setError, formState } = form;
  const { formError, showError, clearError } = useServerError(setError, CONTACT_FIELDS);
  const [saving, setSaving] = useState(false);

  const save = handleSubmit(async (values) => {
    setSaving(true);
    clearError();
    const r = await update.write(toContactUpdate(contact, values));
    setSaving(false);
    if (!r.ok) return showError(r.error);
    message.success(`已修改 ${r.data.contact.contactDate} 的联系记录`);
    onSaved();
  });

  return (
    <FormDrawer
      title={`修改联系记录：${contact.contactDate}`}
      formId={CONTACT_FORM_ID}
      width={760}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <ContactFields />
      </FormProvider>
    </FormDrawer>
  );
}
