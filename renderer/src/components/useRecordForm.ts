import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import type { Renames } from './input-resolver';
import { useContractForm } from './useInputForm';

/** What a 新增 / 编辑 drawer of one record gets: the record (null: 新增), its close, and the record as saved. */
export interface RecordDrawerProps<D> {
  detail: D | null;
  onClose: () => void;
  onSaved: (saved: D) => void;
}

interface RecordFormOptions<V extends FieldValues, D> {
  /** The record being edited; null: a new one. */
  detail: D | null;
  /** The contract's inputs: `update` checks an edit, `create` a new record. */
  create: z.ZodType;
  update: z.ZodType;
  /** What the form sends for its values (read with `detail`: the resolver is made again only when it changes). */
  toInput: (values: V) => unknown;
  /** The form's values of the record being edited. */
  valuesOf: (detail: D) => V;
  /** The values a new record starts with. */
  fresh: () => V;
  renames?: Renames;
}

/**
 * The form of a drawer that adds or edits one record (新增 / 编辑): checked by the contract's update input when
 * editing and its create input otherwise, starting from the record's values or a new record's (useContractForm).
 */
export function useRecordForm<V extends FieldValues, D>(
  formId: string,
  fieldNames: readonly Path<V>[],
  { detail, create, update, toInput, valuesOf, fresh, renames }: RecordFormOptions<V, D>,
) {
  return useContractForm<V>(formId, fieldNames, {
    schema: detail ? update : create,
    toInput,
    key: detail,
    renames,
    defaultValues: (detail ? valuesOf(detail) : fresh()) as DefaultValues<V>,
  });
}
