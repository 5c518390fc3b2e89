import { App } from 'antd';
import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import {
  registrationCreateInput,
  registrationUpdateInput,
  type RegistrationDetail,
} from '../../../../shared/contract/registrations';
import { DEFAULT_SERVICE_LEVEL_RULES } from '../../../../shared/domain/service-level';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { useRead, useWrite } from '../../api';
import { useSession } from '../../components/session';
import { FormDrawer } from '../../components/FormDrawer';
import { usePlaces } from '../../components/usePlaces';
import { PlacesWarning } from '../../components/PlacesWarning';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { inputResolver } from '../../components/input-resolver';
import { REGISTRATION_FORM_ID, RegistrationFields } from './RegistrationFields';
import {
  REGISTRATION_FIELDS,
  newRegistration,
  toCreateInput,
  toUpdateInput,
  valuesOfRegistration,
  type RegistrationFormValues,
} from './registration-values';
import { useFormSave } from '../../components/useFormSave';

interface RegistrationDrawerProps {
  person: PersonDetail;
  /** Edit this registration; none: 新增失业登记. */
  registration?: RegistrationDetail;
  onClose: () => void;
  onSaved: (registration: RegistrationDetail) => void;
}

/**
 * 新增 / 编辑 失业登记 in a drawer. Working age (BR-03) and one active registration per person are the core's
 * rules: their messages show at the top of the form and under the field they concern.
 */
export function RegistrationDrawer({ person, registration, onClose, onSaved }: RegistrationDrawerProps) {
  const update = useWrite('registrations.update', REGISTRATION_WRITE);
  const create = useWrite('registrations.create', REGISTRATION_WRITE);
  const { message } = App.useApp();
  const { info, account } = useSession();
  const places = usePlaces();
  const longTermMonths =
    useRead('registrations.rules', { date: null }).data?.longTermMonths ?? DEFAULT_SERVICE_LEVEL_RULES.longTermMonths;
  const resolver = useMemo(
    () =>
      registration
        ? inputResolver<RegistrationFormValues>(registrationUpdateInput, (v) => toUpdateInput(registration, v))
        : inputResolver<RegistrationFormValues>(registrationCreateInput, (v) => toCreateInput(person.id, v)),
    [registration, person.id],
  );
  const form = useForm<RegistrationFormValues>({
    resolver,
    defaultValues: registration
      ? valuesOfRegistration(registration)
      : newRegistration(person, info.today, account.displayName),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setError, formState } = form;
  const { saving, setSaving, formError, showError, clearError } = useFormSave(setError, REGISTRATION_FIELDS);

  const save = handleSubmit(async (values) => {
    setSaving(true);
    clearError();
    if (registration) {
      const r = await update.write(toUpdateInput(registration, values));
      setSaving(false);
      if (!r.ok) return showError(r.error);
      message.success(`已保存“${person.name}”的失业登记`);
      return onSaved(r.data);
    }
    const r = await create.write(toCreateInput(person.id, values));
    setSaving(false);
    if (!r.ok) return showError(r.error);
    const level = r.data.registration.serviceLevel;
    message.success(`已办理“${person.name}”的失业登记，服务等级 ${level} ${serviceLevelLabel(level)}`);
    const notes = Object.values(r.data.warnings);
    if (notes.length) message.warning(`请注意：${notes.join('；')}`);
    onSaved(r.data.registration);
  });
  return (
    <FormDrawer
      title={`${registration ? '编辑失业登记' : '新增失业登记'}：${person.name}`}
      formId={REGISTRATION_FORM_ID}
      dirty={formState.isDirty}
      saving={saving}
      formError={formError}
      notices={<PlacesWarning places={places} gap={16} />}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <FormProvider {...form}>
        <RegistrationFields person={person} places={places} withLevel={!registration} longTermMonths={longTermMonths} />
      </FormProvider>
    </FormDrawer>
  );
}
