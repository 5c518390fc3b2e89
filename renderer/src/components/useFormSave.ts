import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorBody, Result } from '../../../shared/contract/result';
import { useServerError } from '../api';

/**
 * The save of a form: `saving` while the write runs, the previous answer's message cleared first, a refused write's
 * messages put under their fields or at the top (useServerError). `run` resolves with the write's Result, so the
 * caller goes on only when it is ok. `mapError` renames the core's field paths to the form's where they differ.
 */
export function useFormSave<T extends FieldValues>(setError: UseFormSetError<T>, fieldNames: readonly Path<T>[]) {
  const { formError, showError, clearError } = useServerError(setError, fieldNames);
  const [saving, setSaving] = useState(false);
  const run = useCallback(
    async <D>(write: () => Promise<Result<D>>, mapError?: (e: AppErrorBody) => AppErrorBody): Promise<Result<D>> => {
      setSaving(true);
      clearError();
      const r = await write();
      setSaving(false);
      if (!r.ok) showError(mapError ? mapError(r.error) : r.error);
      return r;
    },
    [clearError, showError],
  );
  return { saving, setSaving, formError, showError, clearError, run };
}

/**
 * The frame of a form (FormModal, FormDrawer) from what the form knows: its id, whether the clerk changed something
 * (closing then asks first) and its save's state. `frame(save, onClose)` are the frame's props: the footer and Enter
 * run `save`, closing runs `onClose`. Read while rendering, so the dirty flag is watched (react-hook-form formState).
 */
export const formFrame =
  (formId: string, formState: { isDirty: boolean }, save: { saving: boolean; formError: string | null }) =>
  (submit: () => unknown, onClose: () => void) => ({
    formId,
    dirty: formState.isDirty,
    saving: save.saving,
    formError: save.formError,
    onSubmit: () => void submit(),
    onClose,
  });
