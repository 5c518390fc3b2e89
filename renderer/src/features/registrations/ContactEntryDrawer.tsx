import { App, type RefSelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { contactCreateInput } from '../../../../shared/contract/contacts';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { useWrite } from '../../api';
import { useSession } from '../../components/session';
import { FormField } from '../../components/FormField';
import { FormDrawer } from '../../components/FormDrawer';
import { ContactFields, CONTACT_FORM_ID, contactFieldId } from './ContactFields';
import { ContactLookup } from './ContactLookup';
import {
  CONTACT_FIELDS,
  newContact,
  toContactInput,
  type ContactFormValues,
  type ContactTarget,
} from './contact-values';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { inputResolver } from '../../components/input-resolver';
import { TargetFacts } from './TargetFacts';
import { HomeVisitHint } from './HomeVisitNote';
import { fieldsOf } from '../../components/fields';
import { useFormSave } from '../../components/useFormSave';

interface ContactEntryDrawerProps {
  /** Pre-filled from a work-list row or the person page; none: start with the lookup. */
  target?: ContactTarget | null;
  onClose: () => void;
  /** After each saved contact (the drawer stays open for the next call). */
  onSaved?: () => void;
}

/**
 * 记录联系, made for a morning of phone calls: find the person (name or last ID digits), fill the call by
 * keyboard, Enter saves; then the form empties (keeping date, method and 联系人) and the focus is back in the
 * lookup for the next call.
 */
export function ContactEntryDrawer({ target: initial = null, onClose, onSaved }: ContactEntryDrawerProps) {
  const create = useWrite('contacts.create', REGISTRATION_WRITE);
  const { message } = App.useApp();
  const { info, account } = useSession();
  const blank = useMemo(() => newContact(info.today, account.displayName), [info.today, account.displayName]);
  const form = useForm<ContactFormValues>({
    resolver: inputResolver(contactCreateInput, toContactInput),
    defaultValues: { ...blank, registrationId: initial?.registrationId ?? null },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { control, handleSubmit, setError, reset, setFocus, formState } = form;
  const { saving, formError, clearError, run } = useFormSave(setError, CONTACT_FIELDS);
  const bind = fieldsOf(control, contactFieldId);
  const [target, setTarget] = useState<ContactTarget | null>(initial);
  const [done, setDone] = useState(0);
  const lookupRef = useRef<RefSelectProps>(null);

  // A pre-filled person: straight to 联系结果. Otherwise (and after each save): the lookup.
  useEffect(() => {
    const t = setTimeout(() => (target ? setFocus('result') : lookupRef.current?.focus()), 0);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on opening and after a save
  }, [done]);

  const save = handleSubmit(async (values) => {
    const r = await run(() => create.write(toContactInput(values)));
    if (!r.ok) return;
    const name = r.data.registration.personName;
    message.success(`已记录“${name}”的联系`);
    const raised = r.data.levelRaised;
    if (raised)
      message.info(
        `“${name}”的服务等级已由 ${raised.from} ${serviceLevelLabel(raised.from)} 调为 ${raised.to} ${serviceLevelLabel(raised.to)}`,
      );
    const notes = Object.values(r.data.warnings);
    if (notes.length) message.warning(`请注意：${notes.join('；')}`);
    onSaved?.();
    reset({ ...blank, contactDate: values.contactDate, method: values.method, staff: values.staff });
    setTarget(null);
    setDone((n) => n + 1);
  });
  return (
    <FormDrawer
      title="记录联系"
      formId={CONTACT_FORM_ID}
      width={760}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      hint="在输入框中按 Enter 或 Ctrl+S 保存，保存后接着查找下一位；Esc 关闭"
      closeText="关闭"
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <FormField
          {...bind('registrationId')}
          label="登记失业人员"
          required
          render={(field) => (
            <ContactLookup
              id={field.id}
              ref={(r) => {
                lookupRef.current = r;
                field.ref(r);
              }}
              value={field.value}
              target={target}
              invalid={field['aria-invalid']}
              onBlur={field.onBlur}
              onChange={(t) => {
                setTarget(t);
                field.onChange(t?.registrationId ?? null);
                clearError();
                if (t) setTimeout(() => setFocus('result'), 0);
              }}
            />
          )}
        />
        {target && <TargetFacts target={target} />}
        {target && <HomeVisitHint target={target} />}
        <ContactFields />
      </FormProvider>
    </FormDrawer>
  );
}
