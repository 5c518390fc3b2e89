import { Alert, Button, Form } from 'antd';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { useFetch, useWrite } from '../../api';
import { useSession } from '../../components/session';
import { submitOnEnter } from '../../components/submit-on-enter';
import { useCtrlEnter, useCtrlS } from '../../components/useCtrlS';
import { AddressSection } from './AddressSection';
import { BasicSection } from './BasicSection';
import { FORM_ID } from './form-bindings';
import { HouseholdSection } from './HouseholdSection';
import {
  FORM_FIELD_PATHS,
  NEW_PERSON,
  toCreateInput,
  toUpdateInput,
  valuesFromDetail,
  type PersonFormValues,
} from './person-form-values';
import { personResolver } from './person-resolver';
import { SupportSection } from './SupportSection';
import { DuplicateIdNotice } from './DuplicateIdNotice';
import type { ExistingPerson } from './useDuplicateCheck';
import type { Places } from '../../components/usePlaces';
import { useFormSave } from '../../components/useFormSave';

interface PersonFormProps {
  /** The stored person when editing; null for 新增. */
  detail: PersonDetail | null;
  places: Places;
  onDirtyChange: (dirty: boolean) => void;
  onSavingChange: (saving: boolean) => void;
  /** `again`: 保存并新增 (Ctrl+Enter or the drawer's button) — the clerk goes on with the next new person. */
  onSaved: (person: PersonDetail, warnings: Record<string, string>, again: boolean) => void;
  /** Set to the form's 保存并新增 action (新增 only), for the drawer's button. */
  saveAndNewRef?: RefObject<(() => void) | null>;
  /** VR-03: the ID is registered already; open that person instead of making a duplicate. */
  onOpenExisting: (person: ExistingPerson) => void;
}

export const RELOAD_KEEPING = '重新载入并保留我的修改';
export const keptMessage = (n: number) =>
  n > 0 ? `已载入最新信息，并保留了您修改的 ${n} 项，请核对后保存` : '已载入最新信息，请核对后保存';

const FIELD_NAMES: ReadonlySet<string> = new Set(FORM_FIELD_PATHS);
const quotedName = (message: string) => /“(.+?)”/.exec(message)?.[1] ?? null;

/** The person form (新增 / 编辑): the core's schema via zodResolver, server messages under their fields. */
export function PersonForm({
  detail,
  places,
  onDirtyChange,
  onSavingChange,
  onSaved,
  onOpenExisting,
  saveAndNewRef,
}: PersonFormProps) {
  const fetchRead = useFetch();
  const update = useWrite('persons.update', { invalidates: ['audit'] });
  const create = useWrite('persons.create');
  const { today } = useSession().info;
  // The stored copy the form edits: replaced when the clerk reloads after someone else saved (audit8 gap 10).
  const [base, setBase] = useState(detail);
  const [stale, setStale] = useState(false);
  const [kept, setKept] = useState<string | null>(null);
  const resolver = useMemo(() => personResolver(today, base), [today, base]);
  const form = useForm<PersonFormValues>({
    resolver,
    defaultValues: base ? valuesFromDetail(base) : NEW_PERSON,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setError, getValues, formState, trigger, getFieldState } = form;
  const { saving, setSaving, formError, showError, clearError } = useFormSave(setError, FORM_FIELD_PATHS);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);
  useEffect(() => onSavingChange(saving), [saving, onSavingChange]);
  useEffect(() => {
    if (formError) alertRef.current?.scrollIntoView({ block: 'nearest' });
  }, [formError]);

  const save = (again: boolean) =>
    handleSubmit(async () => {
      const values = getValues();
      setSaving(true);
      clearError();
      setStale(false);
      setKept(null);
      const r = base ? await update.write(toUpdateInput(values, base)) : await create.write(toCreateInput(values));
      if (r.ok) {
        setSaving(false);
        onSaved(r.data.person, r.data.warnings, again);
        return;
      }
      const existingId = r.error.details?.existingId;
      if (!detail && r.error.code === 'CONFLICT' && typeof existingId === 'string') {
        let name = quotedName(r.error.message);
        if (!name) {
          const got = await fetchRead('persons.get', { id: existingId });
          name = got.ok ? got.data.name : '';
        }
        setSaving(false);
        onOpenExisting({ id: existingId, name, deleted: r.error.details?.deleted === true });
        return;
      }
      setSaving(false);
      if (base && r.error.code === 'CONFLICT') setStale(true);
      showError(r.error);
    })();

  /** 重新载入并保留我的修改: the stored person as it is now, with the fields the clerk changed laid over it. */
  const reloadKeeping = async () => {
    if (!base) return;
    const got = await fetchRead('persons.get', { id: base.id });
    if (!got.ok) {
      showError(got.error);
      return;
    }
    const values = getValues();
    const loaded = valuesFromDetail(base);
    const mine = (Object.keys(values) as (keyof PersonFormValues)[]).filter(
      (k) => JSON.stringify(values[k]) !== JSON.stringify(loaded[k]),
    );
    form.reset(valuesFromDetail(got.data));
    for (const k of mine) form.setValue(k, values[k] as never, { shouldDirty: true });
    setBase(got.data);
    setStale(false);
    clearError();
    setKept(keptMessage(mine.length));
  };
  const submit = () => {
    if (!saving) void save(false);
  };
  const saveAndNew = () => {
    if (!saving) void save(true);
  };
  useCtrlS(submit);
  useCtrlEnter(saveAndNew, !detail);
  useEffect(() => {
    if (!saveAndNewRef || detail) return;
    saveAndNewRef.current = saveAndNew;
    return () => {
      saveAndNewRef.current = null;
    };
  });

  // A field is checked when the clerk leaves it with something typed (an empty one only on saving, so passing
  // through a field does not raise 请填写…), and re-checked while a field with a message is being corrected.
  const fieldOf = (e: SyntheticEvent) => {
    const { name, value } = e.target as HTMLInputElement;
    return FIELD_NAMES.has(name) ? { name: name as Path<PersonFormValues>, value: String(value ?? '') } : null;
  };
  const onBlur = (e: FocusEvent<HTMLFormElement>) => {
    const f = fieldOf(e);
    if (f && f.value.trim()) void trigger(f.name);
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const f = fieldOf(e);
    if (f && getFieldState(f.name).error) void trigger(f.name);
  };

  const idNotice = detail ? undefined : <DuplicateIdNotice today={today} onOpenExisting={onOpenExisting} />;

  return (
    <FormProvider {...form}>
      <div ref={alertRef}>
        {formError && (
          <Alert
            type="error"
            showIcon
            title={formError}
            style={{ marginBottom: 16 }}
            action={
              stale && (
                <Button size="small" onClick={() => void reloadKeeping()}>
                  {RELOAD_KEEPING}
                </Button>
              )
            }
          />
        )}
        {kept && <Alert type="info" showIcon title={kept} style={{ marginBottom: 16 }} />}
      </div>
      <Form
        name={FORM_ID}
        layout="vertical"
        onFinish={submit}
        onKeyDown={submitOnEnter(submit)}
        onBlur={onBlur}
        onChange={onChange}
        autoComplete="off"
      >
        <BasicSection detail={base} today={today} idNotice={idNotice} />
        <AddressSection places={places} detail={base} today={today} />
        <SupportSection detail={base} />
        <HouseholdSection />
      </Form>
    </FormProvider>
  );
}
