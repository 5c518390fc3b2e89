import { App } from 'antd';
import { FormProvider } from 'react-hook-form';
import { contactUpdateInput, type ContactDetail } from '../../../../shared/contract/contacts';
import { useWrite } from '../../api';
import { FormDrawer } from '../../components/FormDrawer';
import { inputResolver } from '../../components/input-resolver';
import { ContactFields, CONTACT_FORM_ID } from './ContactFields';
import { CONTACT_FIELDS, toContactUpdate, valuesOfContact, type ContactFormValues } from './contact-values';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { useInputForm } from '../../components/useInputForm';

interface ContactEditDrawerProps {
  contact: ContactDetail;
  onClose: () => void;
  onSaved: () => void;
}

/** 修改联系记录: the same fields as 记录联系, checked by the same rules (§3.4, VR-06); the change is audited. */
export function ContactEditDrawer({ contact, onClose, onSaved }: ContactEditDrawerProps) {
  const update = useWrite('contacts.update', REGISTRATION_WRITE);
  const { message } = App.useApp();
  const form = useInputForm<ContactFormValues>(CONTACT_FORM_ID, CONTACT_FIELDS, {
    resolver: inputResolver(contactUpdateInput, (v: ContactFormValues) => toContactUpdate(contact, v)),
    defaultValues: valuesOfContact(contact),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, run, frame } = form;

  const save = handleSubmit(async (values) => {
    const r = await run(() => update.write(toContactUpdate(contact, values)));
    if (!r.ok) return;
    message.success(`已修改 ${r.data.contact.contactDate} 的联系记录`);
    onSaved();
  });

  return (
    <FormDrawer title={`修改联系记录：${contact.contactDate}`} width={760} {...frame(save, onClose)}>
      <FormProvider {...form}>
        <ContactFields />
      </FormProvider>
    </FormDrawer>
  );
}
